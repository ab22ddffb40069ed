import Foundation
import ServiceKit

/// face-auth's face and attendance settings, from the environment.
/// Invariant: without `FACE_MODELS_DIR` (or with its weights missing) the face routes answer
/// 503 `not_ready` and everything else keeps working.
public struct FaceSettings: Sendable {
    public var modelsDirectory: URL?
    public var workers: Int
    public var thresholds: FaceThresholds
    public var quality: FaceQualityPolicy
    public var decoding: FaceImageDecoding
    /// Kept enrollment photos live this long; nil (the default) keeps none.
    public var imageRetention: Duration?
    public var attendance: AttendanceRules
    /// How long check-in photo digests are remembered to refuse replays.
    public var replayMemory: Duration
    public var kioskTokenLifetime: Duration
    public var faceLoginFailuresAllowed: Int

    public init(modelsDirectory: URL? = nil, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                thresholds: FaceThresholds = FaceThresholds(), quality: FaceQualityPolicy = FaceQualityPolicy(),
                decoding: FaceImageDecoding = FaceImageDecoding(), imageRetention: Duration? = nil,
                attendance: AttendanceRules = AttendanceRules(), replayMemory: Duration = .seconds(90 * 86_400),
                kioskTokenLifetime: Duration = .seconds(900), faceLoginFailuresAllowed: Int = 5) {
        self.modelsDirectory = modelsDirectory
        self.workers = workers
        self.thresholds = thresholds
        self.quality = quality
        self.decoding = decoding
        self.imageRetention = imageRetention
        self.attendance = attendance
        self.replayMemory = replayMemory
        self.kioskTokenLifetime = kioskTokenLifetime
        self.faceLoginFailuresAllowed = faceLoginFailuresAllowed
    }

    public init(environment: ServiceEnvironment) throws(ConfigurationError) {
        let keep = try environment.bool("FACE_KEEP_IMAGES", default: false)
        let zone = environment.string("ATTENDANCE_TIMEZONE", default: "Asia/Jakarta")
        guard let timeZone = TimeZone(identifier: zone) else { throw ConfigurationError(variable: "ATTENDANCE_TIMEZONE", reason: "is not a known time zone") }
        self.init(
            modelsDirectory: environment.string("FACE_MODELS_DIR").map { URL(fileURLWithPath: $0) },
            workers: try environment.int("FACE_WORKERS", default: ProcessInfo.processInfo.activeProcessorCount),
            thresholds: FaceThresholds(
                verify: try environment.double("FACE_VERIFY_THRESHOLD", default: FaceThresholds().verify),
                identify: try environment.double("FACE_IDENTIFY_THRESHOLD", default: FaceThresholds().identify)),
            quality: FaceQualityPolicy(
                minFaceSide: try environment.int("FACE_MIN_SIZE", default: FaceQualityPolicy().minFaceSide),
                minBrightness: try environment.double("FACE_MIN_BRIGHTNESS", default: FaceQualityPolicy().minBrightness),
                minSharpness: try environment.double("FACE_MIN_SHARPNESS", default: FaceQualityPolicy().minSharpness)),
            imageRetention: keep ? .seconds(86_400 * (try environment.int("FACE_IMAGE_RETENTION_DAYS", default: 30))) : nil,
            attendance: AttendanceRules(
                repeatWindow: .seconds(try environment.int("ATTENDANCE_REPEAT_WINDOW_SECONDS", default: 120)), timeZone: timeZone),
            replayMemory: .seconds(86_400 * (try environment.int("ATTENDANCE_REPLAY_MEMORY_DAYS", default: 90))),
            kioskTokenLifetime: .seconds(try environment.int("KIOSK_TOKEN_TTL_SECONDS", default: 900)),
            faceLoginFailuresAllowed: try environment.int("FACE_LOGIN_FAILURES_ALLOWED", default: 5)
        )
    }
}
