import Contracts
import Testing
@testable import OCRService

/// A table without a code column prints each course's code in its name's cell: before a dash or
/// in brackets after the name. The code is the row's, the name is the rest.
@Suite struct TranscriptCodeInNameTests {
    let dump = [
        "No@100,100+30x16 Mata@300,100+50x16 Kuliah@360,100+60x16 SKS@900,100+40x16 Nilai@1000,100+50x16",
        "1@105,150+10x16 MKU1101@300,150+90x16 -@400,150+8x16 Pendidikan@420,150+110x16 Pancasila@540,150+100x16 2@910,150+10x16 A@1010,150+12x16",
        "2@105,200+10x16 Kalkulus@300,200+90x16 Dasar@400,200+60x16 (MAT1201)@470,200+100x16 3@910,200+10x16 B@1010,200+12x16",
        "3@105,250+10x16 Fisika@300,250+70x16 Dasar@380,250+60x16 I@450,250+8x16 3@910,250+10x16 C@1010,250+12x16",
    ]

    @Test func aCodeInTheNamesCellIsTheRowsCode() {
        let words = WordDump.words(dump)
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.map(\.code) == ["MKU1101", "MAT1201", nil])
        #expect(table.rows.map(\.name) == ["Pendidikan Pancasila", "Kalkulus Dasar", "Fisika Dasar I"])
    }
}
