/// `POST /v1/ner/extract` request.
public struct NERRequest: Codable, Sendable, Equatable {
    public var text: String
    public var documentType: String
    public init(text: String, documentType: String = "sk_kenaikan_pangkat") {
        self.text = text
        self.documentType = documentType
    }
    enum CodingKeys: String, CodingKey {
        case text
        case documentType = "document_type"
    }
}

/// One entity found in the text. Invariant: `text` equals the input's characters `start..<end`;
/// `value` is its normalised reading.
public struct Entity: Codable, Sendable, Equatable {
    public var label: String
    public var text: String
    public var value: String
    public var start: Int
    public var end: Int
    public var confidence: Double
    public init(label: String, text: String, value: String, start: Int, end: Int, confidence: Double) {
        self.label = label
        self.text = text
        self.value = value
        self.start = start
        self.end = end
        self.confidence = confidence
    }
}

/// `POST /v1/ner/extract` answer.
public struct NERResponse: Codable, Sendable, Equatable {
    public var entities: [Entity]
    public init(entities: [Entity]) { self.entities = entities }
}

/// The data an employee proposed, to be checked against the decree (SK kenaikan pangkat).
public struct SKProposal: Codable, Sendable, Equatable {
    public var nip: String?
    public var nama: String?
    public var nomorSK: String?
    public var nomorLGBKN: String?
    public var tanggalLGBKN: String?
    public var tmtKP: String?
    public var pangkatBaru: String?

    public init(
        nip: String? = nil, nama: String? = nil, nomorSK: String? = nil, nomorLGBKN: String? = nil,
        tanggalLGBKN: String? = nil, tmtKP: String? = nil, pangkatBaru: String? = nil
    ) {
        self.nip = nip
        self.nama = nama
        self.nomorSK = nomorSK
        self.nomorLGBKN = nomorLGBKN
        self.tanggalLGBKN = tanggalLGBKN
        self.tmtKP = tmtKP
        self.pangkatBaru = pangkatBaru
    }

    enum CodingKeys: String, CodingKey {
        case nip, nama
        case nomorSK = "nomor_sk"
        case nomorLGBKN = "nomor_lg_bkn"
        case tanggalLGBKN = "tanggal_lg_bkn"
        case tmtKP = "tmt_kp"
        case pangkatBaru = "pangkat_baru"
    }
}

/// `POST /v1/sk/validate` JSON request (the multipart form carries the same two parts).
public struct SKValidateRequest: Codable, Sendable, Equatable {
    public var text: String
    public var proposed: SKProposal
    public init(text: String, proposed: SKProposal) {
        self.text = text
        self.proposed = proposed
    }
}

/// One proposed field set against what the decree says.
public struct FieldComparison: Codable, Sendable, Equatable {
    public var field: String
    public var proposed: String?
    public var extracted: String?
    public var similarity: Double
    public init(field: String, proposed: String?, extracted: String?, similarity: Double) {
        self.field = field
        self.proposed = proposed
        self.extracted = extracted
        self.similarity = similarity
    }

    enum CodingKeys: String, CodingKey { case field, proposed, extracted, similarity }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(field, forKey: .field)
        try c.encode(proposed, forKey: .proposed)
        try c.encode(extracted, forKey: .extracted)
        try c.encode(similarity, forKey: .similarity)
    }
}

/// What a clerk should do with a proposed update.
public enum SKDecision: String, Codable, Sendable {
    case approve, review, reject
}

/// `POST /v1/sk/validate` answer. Beyond DESIGN.md's four fields it may carry the id of the
/// stored decision (the audit record), the model version and the entities the decision rests on.
public struct SKValidation: Codable, Sendable, Equatable {
    public var fields: [FieldComparison]
    public var similarity: Double
    public var decision: SKDecision
    public var reasons: [String]
    public var decisionID: String?
    public var modelVersion: String?
    public var entities: [Entity]?

    public init(
        fields: [FieldComparison], similarity: Double, decision: SKDecision, reasons: [String],
        decisionID: String? = nil, modelVersion: String? = nil, entities: [Entity]? = nil
    ) {
        self.fields = fields
        self.similarity = similarity
        self.decision = decision
        self.reasons = reasons
        self.decisionID = decisionID
        self.modelVersion = modelVersion
        self.entities = entities
    }

    enum CodingKeys: String, CodingKey {
        case fields, similarity, decision, reasons, entities
        case decisionID = "decision_id"
        case modelVersion = "model_version"
    }
}
