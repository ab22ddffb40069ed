extension RegionRegistry {
    /// A province as KTPs print it: upper case, with DKI / DI abbreviations.
    public func printedProvince(_ code: String) -> String? {
        name(code).map(Self.printedProvince)
    }

    /// A regency or city as the KTP header prints it: KABUPATEN X, KOTA X; Jakarta's
    /// administrative cities and regency without their prefix (JAKARTA SELATAN).
    public func printedRegency(_ code: String) -> String? {
        name(code).map(Self.printedRegency)
    }

    public static func printedProvince(_ name: String) -> String {
        switch name {
        case "Daerah Khusus Ibukota Jakarta", "Daerah Khusus Jakarta": "DKI JAKARTA"
        case "Daerah Istimewa Yogyakarta": "DI YOGYAKARTA"
        default: name.uppercased()
        }
    }

    public static func printedRegency(_ name: String) -> String {
        let upper = name.uppercased()
        for prefix in ["KOTA ADMINISTRASI ", "KABUPATEN ADMINISTRASI "] where upper.hasPrefix(prefix) {
            return String(upper.dropFirst(prefix.count))
        }
        return upper
    }

    /// A regency or city without KABUPATEN / KOTA, as birthplaces are printed.
    public static func bareName(_ name: String) -> String {
        let printed = printedRegency(name)
        for prefix in ["KABUPATEN ", "KOTA "] where printed.hasPrefix(prefix) {
            return String(printed.dropFirst(prefix.count))
        }
        return printed
    }
}
