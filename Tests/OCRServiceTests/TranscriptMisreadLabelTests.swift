import Contracts
import Testing
@testable import OCRService

/// A carbon-copy KHS form's two-level header (dev theta 10022 #3, Tesseract's words): "Nilai" over
/// "Huruf" above and below the line "No Kode MK … Smt SKS pobot", whose one misread word is the
/// label of the points ("Bobot"). The letters under "Huruf" are the grade, not the points.
/// And a national-database print's (dev chi 10017 #11, a scanned PDF page): "Nilai" over "Indeks",
/// the points, beside the line whose one misread word ("Kiai,") is the letters' label.
@Suite struct TranscriptMisreadLabelTests {
    let dump = [
        "Nilai@1075,527+51x17 SKS@1265,528+44x16 x@1317,533+10x11",
        "No@155,540+29x15 Kode@230,539+55x17 MK@294,540+36x16 Nama@535,540+62x16 Mata@606,540+54x16 Kuliah@669,539+72x17 Smt@925,540+44x16 SKS@994,540+45x16 pobot@1162,539+65x17",
        "Huruf@1068,551+66x17 Bobot@1264,551+64x17",
        "1@160,607+9x14 4661612@206,606+89x15 Sejarah@370,605+89x20 Arsitektur@475,605+127x15 1@938,606+10x15 2@1007,607+10x14 ALB@1083,602+25x28 3.56@1166,606+48x14 7.00@1268,606+48x15",
        "2@159,657+11x14 4001024@206,656+89x15 Studio@370,655+77x16 Perancangan@462,657+142x18 Arsitektur@619,655+127x16 I@765,656+8x15 1@938,657+9x14 4@1007,657+11x13 c@1090,657+10x14 2.00@1165,656+49x15 8.60@1266,657+50x14",
        "3@160,708+10x14 5961632@207,708+88x15 Bahasa@370,706+76x16 Inggris@463,708+88x18 1@938,708+9x15 2@1007,708+11x14 E@1090,707+11x16 9.60@1164,708+51x14 9.00@1266,708+50x14",
        "4@159,759+11x13 5901042@207,758+88x14 Pendidikan@370,756+129x16 Pancasila@514,756+127x27 1@938,758+9x15 2@1007,758+11x15 A@1089,758+12x14 4.00@1164,758+51x14 8.99@1266,758+50x14",
        "5@160,808+10x14 4602013@206,808+90x15 Struktur@370,807+101x16 dan@488,806+37x17 Konstruksi@540,806+129x17 I@686,808+9x15 2@937,808+11x15 3@1008,808+10x15 BC@1079,803+28x29 2.56@1165,808+50x15 7.50@1266,808+50x15",
        "6@160,860+10x14 40026024@206,860+90x14 Studio@370,858+77x16 Perancangan@462,860+142x18 Arsitektur@619,858+128x16 II@764,860+22x14 2@937,860+10x14 4@1006,860+12x14 ec@1079,854+28x28 2.50@1164,860+50x14 16.60@1261,860+62x14",
        "7@161,910+8x13 5902632@207,910+88x15 Bahasa@370,909+76x15 Indonesia@463,908+114x16 2@938,910+10x15 2@1007,910+11x15 ec@1079,906+28x27 2.50@1165,910+50x15 5.60@1266,910+50x14",
        "B@159,961+11x15 5902042@207,961+88x14 Kewarganegaraan@370,962+194x18 2@937,961+11x15 2@1007,961+11x15 c@1089,961+12x14 2.00@1164,961+51x15 4.60@1266,962+50x13"
    ]

    @Test func aMisreadWordIsNoGradeLabelWhereTheLineBesideHasOne() {
        let words = WordDump.words(dump)
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.count >= 5)
        #expect(!table.rows.contains { $0.grade.first?.isNumber == true }, "\(table.rows.map(\.grade))")
        #expect(table.rows.first { $0.name == "Pendidikan Pancasila" }?.grade == "A")
        #expect(table.rows.first { $0.name == "Struktur dan Konstruksi I" }?.grade == "BC")
    }

    let overPoints = [
        "Nilai@1357,719+60x19",
        "No@115,735+35x19 Semester@222,731+133x33 Kode@448,735+67x19 MK@528,735+43x19 Nama@732,735+77x19 Mata@823,735+67x19 Kuliah@902,735+85x19 SKS@1128,735+53x19 Kiai,@1217,719+78x50",
        "Indeks@1342,750+91x19",
        "1@126,803+11x19 2020/2021@175,803+139x21 Ganjil@326,802+72x25 HKM101@426,803+105x19 Ilmu@615,802+52x20 Negara@680,803+92x24 2@1147,803+13x19 AB@1238,803+33x19 3.50@1359,803+55x19",
        "2@125,851+12x19 2020/2021@175,851+139x21 Ganjil@326,849+72x26 HKM102@426,851+105x19 Pengantar@615,851+133x24 Ilmu@758,849+53x21 Hukum@824,849+88x21 4@1147,851+14x19 A@1246,851+18x19 4.00@1359,851+55x19",
        "3@125,898+13x19 2020/2021@175,898+139x22 Ganjil@326,897+72x25 MKU103@426,898+105x19 Bahasa@615,897+92x20 Indonesia@720,897+123x20 2@1147,898+13x19 A@1246,898+18x19 4.00@1359,898+55x19",
        "4@124,946+14x19 2020/2021@175,946+139x21 Ganjil@326,945+72x25 MKU104@426,946+105x19 Pendidikan@615,945+139x20 Agama@764,946+91x24 2@1147,946+13x19 AB@1237,946+34x19 3.50@1360,946+54x19",
        "5@124,994+13x19 2020/2021@175,994+139x21 Ganjil@326,992+72x26 MKU105@426,994+104x19 Pendidikan@615,992+139x21 Pancasila@766,992+119x21 2@1147,994+13x19 A@1246,994+18x19 4.00@1359,994+55x19",
        "6@124,1041+14x19 2020/2021@175,1041+139x22 Genap@326,1041+83x24 HKM201@426,1041+105x19 Hukum@615,1040+89x20 Perdata@716,1040+97x20 4@1147,1041+14x19 BC@1240,1041+32x19 2.50@1359,1041+55x19",
    ]

    @Test func aMisreadWordIsTheGradeLabelWhereTheLineBesideLabelsThePoints() {
        let words = WordDump.words(overPoints)
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.map(\.grade) == ["AB", "A", "A", "AB", "A", "BC"])
    }
}
