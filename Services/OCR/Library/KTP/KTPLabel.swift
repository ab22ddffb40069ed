import RegionRegistry
import Foundation
/// The printed labels of an e-KTP and how they read once OCR noise is stripped.
/// Invariant: `letters` is upper-case A–Z only, the form OCR'd label text is compared in.
enum KTPLabel: String, CaseIterable, Sendable {
    case nik, nama, tempatTglLahir, jenisKelamin, golonganDarah, alamat, rtRw, kelDesa, kecamatan, agama
    case statusPerkawinan, pekerjaan, kewarganegaraan, berlakuHingga

    var letters: [String] {
        switch self {
        case .nik: ["NIK", "NK"]
        case .nama: ["NAMA"]
        case .tempatTglLahir: ["TEMPATTGLLAHIR", "TEMPATTANGGALLAHIR"]
        case .jenisKelamin: ["JENISKELAMIN"]
        case .golonganDarah: ["GOLDARAH", "GOLONGANDARAH"]
        case .alamat: ["ALAMAT"]
        case .rtRw: ["RTRW"]
        case .kelDesa: ["KELDESA", "KELURAHANDESA", "DESAKEL"]
        case .kecamatan: ["KECAMATAN"]
        case .agama: ["AGAMA"]
        case .statusPerkawinan: ["STATUSPERKAWINAN"]
        case .pekerjaan: ["PEKERJAAN"]
        case .kewarganegaraan: ["KEWARGANEGARAAN"]
        case .berlakuHingga: ["BERLAKUHINGGA"]
        }
    }

    /// Upper-case letters of `text`, the form labels are compared in.
    static func letters(of text: String) -> String {
        String(text.uppercased().unicodeScalars.filter { $0.properties.isAlphabetic && $0.isASCII }.map(Character.init))
    }

    /// The label `text` most likely is, when the match is close enough to trust; labels in
    /// `taken` (already found on this card) are passed over, since each is printed once.
    /// With `cutShort`, a label's start also counts (the caller saw where the label ended).
    static func match(_ text: String, excluding taken: Set<KTPLabel> = [], cutShort: Bool = false) -> (label: KTPLabel, score: Double)? {
        let candidate = letters(of: text).replacingOccurrences(of: "RN", with: "M").replacingOccurrences(of: "VV", with: "W")
        guard candidate.count >= 2 else { return nil }
        var best: (KTPLabel, Double)?
        for label in allCases where !taken.contains(label) {
            for form in label.letters {
                var score = TextSimilarity.ratio(candidate, form)
                // A label cut short by glare or the photo's edge ("PEKE", "KEWARG"): its start.
                if cutShort, candidate.count >= 4, candidate.count < form.count {
                    score = max(score, 0.9 * TextSimilarity.ratio(candidate, String(form.prefix(candidate.count))))
                }
                if score > (best?.1 ?? 0) { best = (label, score) }
            }
        }
        guard let best else { return nil }
        let needed = candidate.count <= 4 ? 0.74 : 0.68
        return best.1 >= needed ? best : nil
    }
}
