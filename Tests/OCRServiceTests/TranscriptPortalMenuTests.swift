import Contracts
import Testing
@testable import OCRService

/// A campus portal's page as a desktop screenshot (dev theta 10022 #2, Tesseract's words): the
/// sidebar menu ("Presensi", "Ganti Password", "Logout") stands on some of the table's lines, left
/// of the row numbers. Read by the shape of the rows it passes for their names; the labelled
/// "Mata Kuliah" column names every row.
@Suite struct TranscriptPortalMenuTests {
    let dump = [
        "No@327,415+22x12 Kode@393,415+44x12 Mata@504,415+43x12 Kuliah@555,415+54x12 Smt@1549,415+34x12 *@1594,413+9x7 SKS@1627,415+33x12 Grade@1705,415+52x12 Mutu@1801,415+44x12",
        "=@23,461+15x11 Transkrip@54,460+72x15 Nilai@133,460+33x12 1@328,451+7x12 4001013@393,451+69x12 3@1627,451+8x12 A@1704,451+11x12 12.00@1802,451+43x12",
        "2@327,487+8x12 4001022@393,487+69x12 Pengantar@504,487+81x15 Arsitektur@590,487+79x12 2@1627,487+8x12 c@1705,487+9x12 4.00@1801,487+33x12",
        "O@23,505+15x15 Presensi@55,506+64x12",
        "3@327,523+8x12 4001034@393,523+69x12 Studio@504,523+49x12 Perancangan@560,523+102x15 Arsitektur@669,523+86x12 4@1627,523+8x12 A@1704,523+11x12 16.00@1802,523+43x12",
        "OI@23,551+15x15 Pembayaran@56,552+97x15 UKT@160,552+30x12 4@327,559+8x12 5901042@393,559+69x12 Bahasa@504,559+56x12 Inggris@568,559+53x15 2@1627,559+8x12 c@1705,559+9x12 4.00@1801,559+33x12",
        "ik@23,597+15x15 Dosen@141,598+46x12 5@327,595+8x12 5901052@393,595+69x12 Pendidikan@504,595+85x12 Agama@595,595+55x15 2@1627,595+8x12 B@1705,595+9x12 6.00@1801,595+33x12",
        "6@327,631+8x12 5901062@393,631+69x12 Pendidikan@504,631+85x12 Pancasila@596,631+72x12 2@1627,631+8x12 D+@1705,631+23x12 3.00@1801,631+33x12",
        "al@23,643+15x15 Ganti@55,644+41x12 Password@104,644+72x12",
        "7@327,667+8x12 4002012@393,667+69x12 Sejarah@504,667+59x15 Arsitektur@569,667+79x12 2@1627,667+8x12 B+@1705,667+22x12 7.00@1801,667+33x12",
        "&@23,689+15x15 Logout@56,690+53x15 8@327,703+8x12 4002023@393,703+69x12 Struktur@504,703+65x12 dan@575,703+27x12 Konstruksi@610,703+80x12 |@698,703+2x12 3@1627,703+8x12 c+@1705,703+22x12 7.50@1801,703+33x12",
        "9@327,739+8x12 4002034@393,739+69x12 Studio@504,739+49x12 Perancangan@560,739+102x15 Arsitektur@669,739+79x12 II@753,739+7x12 4@1627,739+8x12 Bt@1705,739+22x12 14.00@1802,739+43x12",
        "10@328,775+17x12 5902042@393,775+69x12 Bahasa@504,775+56x12 Indonesia@568,775+75x12 2@1627,775+8x12 c@1705,775+9x12 4.00@1801,775+33x12",
        "11@328,811+17x12 5902052@393,811+69x12 Kewarganegaraan@504,811+143x15 2@1627,811+8x12 c+@1705,811+22x12 5.00@1801,811+33x12",
    ]

    @Test func aMenuBesideTheTableIsNoNameColumn() {
        let words = WordDump.words(dump)
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.count == 11)
        #expect(Array(table.rows.map(\.name).dropFirst().prefix(5)) == ["Pengantar Arsitektur", "Studio Perancangan Arsitektur", "Bahasa Inggris", "Pendidikan Agama", "Pendidikan Pancasila"])
        #expect(!table.rows.contains { ["Presensi", "Logout", "Password", "Dosen"].contains(where: $0.name.contains) })
    }
}
