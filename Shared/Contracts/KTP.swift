/// The printed fields of an e-KTP, upper case as printed; nil when a field could not be read.
/// Invariant: encodes every key, with `null` for unread fields, so clients see a fixed shape.
public struct KTPFields: Codable, Sendable, Equatable {
    public var provinsi: String?
    public var kotaKabupaten: String?
    public var nik: String?
    public var nama: String?
    public var tempatLahir: String?
    public var tanggalLahir: String?
    public var jenisKelamin: String?
    public var golonganDarah: String?
    public var alamat: String?
    public var rtRw: String?
    public var kelurahanDesa: String?
    public var kecamatan: String?
    public var agama: String?
    public var statusPerkawinan: String?
    public var pekerjaan: String?
    public var kewarganegaraan: String?
    public var berlakuHingga: String?

    public init() {}

    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case provinsi
        case kotaKabupaten = "kota_kabupaten"
        case nik, nama
        case tempatLahir = "tempat_lahir"
        case tanggalLahir = "tanggal_lahir"
        case jenisKelamin = "jenis_kelamin"
        case golonganDarah = "golongan_darah"
        case alamat
        case rtRw = "rt_rw"
        case kelurahanDesa = "kelurahan_desa"
        case kecamatan, agama
        case statusPerkawinan = "status_perkawinan"
        case pekerjaan, kewarganegaraan
        case berlakuHingga = "berlaku_hingga"
    }

    /// Field access by its public JSON name, for parsers and scorers that iterate over fields.
    public subscript(key: CodingKeys) -> String? {
        get { self[keyPath: Self.path(key)] }
        set { self[keyPath: Self.path(key)] = newValue }
    }

    private static func path(_ key: CodingKeys) -> WritableKeyPath<KTPFields, String?> {
        switch key {
        case .provinsi: \.provinsi
        case .kotaKabupaten: \.kotaKabupaten
        case .nik: \.nik
        case .nama: \.nama
        case .tempatLahir: \.tempatLahir
        case .tanggalLahir: \.tanggalLahir
        case .jenisKelamin: \.jenisKelamin
        case .golonganDarah: \.golonganDarah
        case .alamat: \.alamat
        case .rtRw: \.rtRw
        case .kelurahanDesa: \.kelurahanDesa
        case .kecamatan: \.kecamatan
        case .agama: \.agama
        case .statusPerkawinan: \.statusPerkawinan
        case .pekerjaan: \.pekerjaan
        case .kewarganegaraan: \.kewarganegaraan
        case .berlakuHingga: \.berlakuHingga
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        for key in CodingKeys.allCases { try c.encode(self[key], forKey: key) }
    }
}

/// The NIK checked against its own structure and the region registry.
/// Invariant: `valid` is true only when `problems` is empty.
public struct NIKCheck: Codable, Sendable, Equatable {
    public var valid: Bool
    public var provinceCode: String?
    public var regencyCode: String?
    public var districtCode: String?
    public var birthDate: String?
    public var sex: String?
    public var problems: [String]
    /// Characters of the printed NIK that were repaired because the card's other fields
    /// agreed on them (each says what changed and why). Not a problem: the card is consistent.
    public var corrections: [String] = []

    public init(
        provinceCode: String?, regencyCode: String?, districtCode: String?, birthDate: String?, sex: String?,
        problems: [String]
    ) {
        self.valid = problems.isEmpty
        self.provinceCode = provinceCode
        self.regencyCode = regencyCode
        self.districtCode = districtCode
        self.birthDate = birthDate
        self.sex = sex
        self.problems = problems
    }

    enum CodingKeys: String, CodingKey {
        case valid, sex, problems, corrections
        case provinceCode = "province_code"
        case regencyCode = "regency_code"
        case districtCode = "district_code"
        case birthDate = "birth_date"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(valid, forKey: .valid)
        try c.encode(provinceCode, forKey: .provinceCode)
        try c.encode(regencyCode, forKey: .regencyCode)
        try c.encode(districtCode, forKey: .districtCode)
        try c.encode(birthDate, forKey: .birthDate)
        try c.encode(sex, forKey: .sex)
        try c.encode(problems, forKey: .problems)
        try c.encode(corrections, forKey: .corrections)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        valid = try c.decode(Bool.self, forKey: .valid)
        provinceCode = try c.decodeIfPresent(String.self, forKey: .provinceCode)
        regencyCode = try c.decodeIfPresent(String.self, forKey: .regencyCode)
        districtCode = try c.decodeIfPresent(String.self, forKey: .districtCode)
        birthDate = try c.decodeIfPresent(String.self, forKey: .birthDate)
        sex = try c.decodeIfPresent(String.self, forKey: .sex)
        problems = try c.decode([String].self, forKey: .problems)
        corrections = try c.decodeIfPresent([String].self, forKey: .corrections) ?? []
    }
}

/// `POST /v1/ktp/extract` answer. `document_type` is always `ktp`.
public struct KTPExtraction: Codable, Sendable, Equatable {
    public var documentType: String
    public var fields: KTPFields
    public var confidence: [String: Double]
    public var nikCheck: NIKCheck

    public init(fields: KTPFields, confidence: [String: Double], nikCheck: NIKCheck) {
        self.documentType = "ktp"
        self.fields = fields
        self.confidence = confidence
        self.nikCheck = nikCheck
    }

    enum CodingKeys: String, CodingKey {
        case fields, confidence
        case documentType = "document_type"
        case nikCheck = "nik_check"
    }
}
