/// Distance limits for a match. 1:1 (verify, face login) compares with one person's templates;
/// 1:N (identify, check-in, the duplicate check) searches everyone, so it is stricter: the more
/// templates, the more chances of a close stranger. Defaults from FaceBench (README): 1:1 midway
/// between the farthest same-person pair (0.466) and the closest strangers (0.550); 1:N just
/// above the farthest same-person pair.
public struct FaceThresholds: Sendable, Equatable {
    public var verify: Double
    public var identify: Double

    public init(verify: Double = 0.50, identify: Double = 0.47) {
        self.verify = verify
        self.identify = identify
    }
}
