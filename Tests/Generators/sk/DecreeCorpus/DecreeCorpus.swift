import DecreeEntities

/// The three splits of the decree corpus. `train` and `test` share issuers and wordings;
/// `other` uses only issuers, names and wordings that `train` never contains.
public enum CorpusSplit: String, CaseIterable, Sendable {
    case train, test, other
}

/// Deterministic generator of labelled SK kenaikan pangkat texts: the same split, count and
/// seed always give the same texts and spans.
public enum DecreeCorpus {
    public static let defaultSeed: UInt64 = 20_241_122

    public static func make(_ split: CorpusSplit, count: Int, seed: UInt64 = defaultSeed) -> [LabelledDecree] {
        let splitSalt: UInt64 = split == .train ? 1 : split == .test ? 2 : 3
        var rng = SeededGenerator(seed: seed &* 0x2545_F491_4F6C_DD1D &+ splitSalt)
        let unseen = split == .other
        let issuers = Issuer.all(unseen: unseen)
        let templates = unseen ? OtherTemplates.all : TrainingTemplates.all
        return (0..<count).map { index in
            let issuer = issuers[index % issuers.count]
            let template = templates[(index / issuers.count + index) % templates.count]
            let form = rng.chance(0.5) ? "PETIKAN" : "SALINAN"
            let facts = DecreeFacts.make(issuer: issuer, unseen: unseen, rng: &rng)
            var writer = DecreeWriter()
            template.write(&writer, facts, form, &rng)
            let level = rng.chance(0.25) ? 0 : rng.pick([0.3, 0.6, 1.0, 1.5])
            var decree = writer.finish(noise: OCRNoise(level: level), rng: &rng)
            decree.issuer = issuer.title
            decree.template = template.name
            decree.form = form
            return decree
        }
    }
}
