/// Indonesian personal names in two disjoint pools: `seen` for train/test, `unseen` for the
/// `other` split, so `other` measures names the model never met.
enum PersonNames {
    static let seenFirst = [
        "Budi", "Siti", "Agus", "Sri", "Dewi", "Ahmad", "Rina", "Eko", "Nur", "Wahyu", "Indah", "Joko", "Fitri", "Hendra",
        "Yuni", "Bambang", "Ratna", "Dedi", "Lestari", "Rudi", "Ani", "Heru", "Endang", "Teguh", "Nining", "Slamet",
        "Retno", "Iwan", "Yulia", "Arif", "Dian", "Bayu", "Rini", "Sugeng", "Tri", "Dwi", "Putu", "Made", "Ketut",
        "Nyoman", "Kadek", "Asep", "Ujang", "Neneng", "Cecep", "Dadang", "Ucok", "Rahmat", "Fajar", "Ilham", "Rizky",
        "Anisa", "Maya", "Wulan", "Galih", "Puji", "Sutrisno", "Sumarni", "Purwanto", "Haryanto", "Muhammad", "Abdul",
        "Ernawati", "Susilo", "Kurniawan", "Hidayat", "Syaiful", "Yusuf", "Zainal", "Marlina",
    ]
    static let seenLast = [
        "Santoso", "Wibowo", "Saputra", "Susanti", "Rahayu", "Setiawan", "Pratama", "Hidayah", "Kusuma", "Nugroho",
        "Purnomo", "Sulistyo", "Wahyudi", "Hartono", "Suryani", "Handayani", "Utomo", "Prasetyo", "Firmansyah",
        "Siregar", "Nasution", "Lubis", "Harahap", "Simanjuntak", "Sembiring", "Ginting", "Tarigan", "Sinaga",
        "Permana", "Sudrajat", "Kartika", "Wijaya", "Gunawan", "Suharto", "Mulyani", "Astuti", "Fauzi", "Ramadhan",
        "Syahputra", "Maulana", "Anggraini", "Puspitasari", "Wulandari", "Yulianti", "Sari", "Adnyana", "Wirawan",
        "Suparman", "Sutarno", "Haryadi",
    ]
    static let unseenFirst = [
        "Andi", "Muh.", "Abdullah", "Hasanuddin", "Syamsul", "Irawati", "Nurhayati", "Yohanes", "Maria", "Fransiskus",
        "Agustinus", "Elisabeth", "Petrus", "Theresia", "Markus", "Daeng", "Baso", "Tenri", "Cut", "Teuku", "Fadhil",
        "Zulkifli", "Mariani", "Hamzah", "Nasrullah", "Ismail", "Rosmini", "Yakob", "Welem", "Novita", "Rosalina",
        "Imanuel", "Stefanus", "Hartini", "Lusiana", "Safrudin",
    ]
    static let unseenLast = [
        "Pattiasina", "Tuhumury", "Manuputty", "Latuconsina", "Rumbiak", "Wenda", "Karubaba", "Mandacan", "Lamba",
        "Paembonan", "Tandilangi", "Rahman", "Mappanyukki", "Ilyas", "Hasibuan", "Daulay", "Mukhtar", "Nurdin",
        "Muis", "Djamaluddin", "Fernandez", "Da Costa", "Lewerissa", "Bire", "Ndoen", "Tefa", "Nenobais", "Laoh",
        "Wowor", "Rompas", "Sumual", "Mokodompit", "Gobel", "Hulopi",
    ]
    static let prefixTitles = ["Drs.", "Dra.", "Dr.", "Ir.", "H.", "Hj.", "dr.", "drg.", "Ns."]
    static let suffixTitles = ["S.Pd.", "S.Kom.", "M.Si.", "S.E.", "S.H.", "M.M.", "S.Sos.", "A.Md.", "S.T.", "M.T.",
                               "S.Kep.", "S.IP.", "M.Pd.", "S.Ag.", "S.Farm.", "M.Kes.", "S.Si.", "M.AP.", "S.Pd.I.", "S.KM."]

    /// A name as a decree prints it (case, titles) and the bare name.
    static func make(unseen: Bool, rng: inout SeededGenerator) -> (printed: String, bare: String) {
        let firsts = unseen ? unseenFirst : seenFirst, lasts = unseen ? unseenLast : seenLast
        var parts = [rng.pick(firsts)]
        if rng.chance(0.35) { parts.append(rng.pick(firsts)) }
        if rng.chance(0.8) { parts.append(rng.pick(lasts)) }
        var bare = parts.joined(separator: " ")
        if parts.count == 1 { bare += " " + rng.pick(lasts) }
        let upper = rng.chance(0.65)
        var printed = upper ? bare.uppercased() : bare
        if rng.chance(0.2) { printed = rng.pick(prefixTitles) + " " + printed }
        if rng.chance(0.45) {
            printed += ", " + rng.pick(suffixTitles)
            if rng.chance(0.2) { printed += ", " + rng.pick(suffixTitles) }
        }
        return (printed, bare)
    }
}
