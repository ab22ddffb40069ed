/// Abbreviations and spellings of place names as couriers, sellers and senders write them,
/// mapped to the registry's own names (folded). The registry stays the only source of codes:
/// an abbreviation only ever points at a name the registry spells.
enum PlaceAbbreviations {
    /// Province short forms → the registry's province name.
    static let provinces: [String: String] = [
        "JABAR": "JAWA BARAT", "JATENG": "JAWA TENGAH", "JATIM": "JAWA TIMUR",
        "DIY": "DAERAH ISTIMEWA YOGYAKARTA", "DI YOGYAKARTA": "DAERAH ISTIMEWA YOGYAKARTA",
        "D I YOGYAKARTA": "DAERAH ISTIMEWA YOGYAKARTA", "DI YOGYA": "DAERAH ISTIMEWA YOGYAKARTA",
        "DKI": "DAERAH KHUSUS IBUKOTA JAKARTA", "DKI JAKARTA": "DAERAH KHUSUS IBUKOTA JAKARTA", "JAKARTA": "DAERAH KHUSUS IBUKOTA JAKARTA",
        "DAERAH KHUSUS JAKARTA": "DAERAH KHUSUS IBUKOTA JAKARTA", "D K I JAKARTA": "DAERAH KHUSUS IBUKOTA JAKARTA",
        "SUMUT": "SUMATERA UTARA", "SUMBAR": "SUMATERA BARAT", "SUMSEL": "SUMATERA SELATAN",
        "KALTIM": "KALIMANTAN TIMUR", "KALBAR": "KALIMANTAN BARAT", "KALSEL": "KALIMANTAN SELATAN",
        "KALTENG": "KALIMANTAN TENGAH", "KALTARA": "KALIMANTAN UTARA",
        "SULSEL": "SULAWESI SELATAN", "SULUT": "SULAWESI UTARA", "SULTENG": "SULAWESI TENGAH",
        "SULTRA": "SULAWESI TENGGARA", "SULBAR": "SULAWESI BARAT",
        "NTB": "NUSA TENGGARA BARAT", "NTT": "NUSA TENGGARA TIMUR",
        "BABEL": "KEPULAUAN BANGKA BELITUNG", "BANGKA BELITUNG": "KEPULAUAN BANGKA BELITUNG",
        "KEPRI": "KEPULAUAN RIAU", "KEP RIAU": "KEPULAUAN RIAU",
        "NAD": "ACEH", "NANGGROE ACEH DARUSSALAM": "ACEH",
        "MALUT": "MALUKU UTARA", "PAPBAR": "PAPUA BARAT", "PABAR": "PAPUA BARAT", "PBD": "PAPUA BARAT DAYA",
    ]

    /// Word-level short forms and spellings → the words the registry uses.
    static let words: [String: [String]] = [
        "JKT": ["JAKARTA"], "JAKSEL": ["JAKARTA", "SELATAN"], "JAKBAR": ["JAKARTA", "BARAT"], "JAKTIM": ["JAKARTA", "TIMUR"],
        "JAKUT": ["JAKARTA", "UTARA"], "JAKPUS": ["JAKARTA", "PUSAT"], "TANGSEL": ["TANGERANG", "SELATAN"],
        "JOGJA": ["YOGYAKARTA"], "JOGJAKARTA": ["YOGYAKARTA"], "YOGYA": ["YOGYAKARTA"], "JOGYAKARTA": ["YOGYAKARTA"],
        "SUMATRA": ["SUMATERA"], "NUSATENGGARA": ["NUSA", "TENGGARA"], "SEL": ["SELATAN"], "UT": ["UTARA"],
        "TIM": ["TIMUR"], "BAR": ["BARAT"], "TENG": ["TENGAH"], "KEP": ["KEPULAUAN"], "KEPL": ["KEPULAUAN"],
    ]

    /// Words that say what kind of place follows.
    static let markers: [String: PlaceMarker] = [
        "KAB": .regency, "KABUPATEN": .regency, "KOTA": .city, "KOTAMADYA": .city, "KODYA": .city, "KOT": .city,
        "KEC": .district, "KECAMATAN": .district, "KEL": .village, "KELURAHAN": .village, "DESA": .village, "DS": .village,
        "PROV": .province, "PROVINSI": .province, "PROPINSI": .province, "PROP": .province,
    ]

    /// Words that open the street part of an address (the place names come after it).
    static let street: Set<String> = [
        "JL", "JLN", "JALAN", "GG", "GANG", "KOMP", "KOMPLEK", "KOMPLEKS", "PERUM", "PERUMAHAN", "PERUMNAS", "BLOK", "BLK",
        "RT", "RW", "NO", "NOMOR", "DUSUN", "DSN", "KP", "KAMPUNG", "LINGKUNGAN", "LINGK", "LK", "RUKO", "APARTEMEN", "APT",
        "TOWER", "LT", "LANTAI", "GEDUNG", "GD", "KM", "DUKUH", "DK", "JORONG", "BR", "LORONG", "LRG", "CLUSTER",
    ]
}

/// The kind of place a marker word announces.
enum PlaceMarker: Sendable {
    case province, regency, city, district, village
}
