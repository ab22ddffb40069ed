/// `DELETE /v1/faces/{user_id}` answer (staff): the person's face templates and kept photos are
/// gone (consent to face attendance withdrawn); attendance already recorded stays. Erasing again
/// answers `templates_erased: 0`.
public struct FaceErasureResult: Codable, Sendable, Equatable {
    public var userID: String
    public var templatesErased: Int
    public init(userID: String, templatesErased: Int) {
        self.userID = userID
        self.templatesErased = templatesErased
    }
    enum CodingKeys: String, CodingKey {
        case userID = "user_id"
        case templatesErased = "templates_erased"
    }
}
