import Contracts
import RegionRegistry

/// Decides a parcel's sorting region from what its receipt says: finds the recipient's
/// address (never the sender's), reads its places against the official registry, weighs them
/// (``DestinationVote``) and answers with the evidence. Built once per loaded registry; pure
/// and thread-safe. Invariant: with no usable evidence the answer is `UNKNOWN`, never a guess.
public struct RegionClassifier: Sendable {
    let registry: RegionRegistry
    let reading: PlaceReading
    let vote: DestinationVote

    public init(registry: RegionRegistry) {
        let names = PlaceNameIndex(registry: registry)
        self.registry = registry
        self.reading = PlaceReading(names: names)
        self.vote = DestinationVote(registry: registry, postcodes: PostcodeIndex(registry: registry), names: names)
    }

    /// A receipt's text (typed, pasted or from any OCR), lines in reading order.
    public func classify(text: String) -> RegionClassification {
        classify(ReceiptText(text: text))
    }

    /// A receipt read by the ocr service: lines with word boxes, so columns count.
    public func classify(ocr: OCRResult) -> RegionClassification {
        classify(ReceiptText(ocr: ocr))
    }

    /// A receipt image, read by `read(pass)`: when the first reading leaves the destination
    /// unreadable, slower readings (pass 2: contrast stretched, one block; pass 3: sparse text)
    /// are tried before answering UNKNOWN. Those readings are of a receipt already hard to
    /// read, so there every answer needs two pieces of evidence that agree.
    public func classifyImage(_ read: (Int) async throws -> OCRResult) async throws -> RegionClassification {
        let first = classify(ocr: try await read(1))
        guard first.region == .unknown else { return first }
        for pass in 2...3 {
            var again = classify(ReceiptText(ocr: try await read(pass)), corroborated: true)
            guard again.region != .unknown else { continue }
            let how = pass == 2 ? "with local contrast stretched, as one block" : "as sparse text"
            again.evidence.insert("the first reading found no destination; read again at higher resolution \(how)", at: 0)
            again.confidence = Self.round(again.confidence * 0.9)
            return again
        }
        return first
    }

    func classify(_ receipt: ReceiptText, corroborated: Bool = false) -> RegionClassification {
        let sections = AddressSections.split(receipt)
        let recipient = sections.filter { $0.role == .recipient }
        var notes: [String] = []
        var evidence = merged(recipient.map(reading.read))
        var weight = 1.0
        if !recipient.isEmpty {
            notes.append("destination read from the section labelled \(Set(recipient.map(\.label)).sorted().map { "'\($0)'" }.joined(separator: ", "))")
        }
        if sections.contains(where: { $0.role == .sender }) {
            notes.append("sender's section (\(Set(sections.filter { $0.role == .sender }.map(\.label)).sorted().map { "'\($0)'" }.joined(separator: ", "))) ignored")
        }
        if evidence.isEmpty, !recipient.isEmpty {
            notes.append("the recipient's section names no place or postal code that could be read")
        } else if evidence.isEmpty {
            let unlabelled = merged(sections.filter { $0.role == nil }.map(reading.read))
            let sender = sections.contains { $0.role == .sender }
            if !unlabelled.isEmpty, !sender, receipt.width != nil {
                // A photo whose party labels could not be read: the one address that could may
                // as well be the sender's (a label prints both), so it decides nothing.
                notes.append("an address was read but no label on the image says whose it is (the sender's and the recipient's look alike)")
            } else if !unlabelled.isEmpty {
                evidence = unlabelled
                notes.append(sender ? "no recipient label found: read the address outside the sender's section" : "no recipient or sender label found: read the unlabelled address")
                weight = sender ? 0.6 : 0.9
            }
        }
        return decide(evidence, notes: notes, weight: weight, corroborated: corroborated, photo: receipt.width != nil)
    }

    private func merged(_ readings: [SectionReading]) -> SectionReading {
        var all = SectionReading()
        for reading in readings {
            all.mentions += reading.mentions
            all.postcodes += reading.postcodes
            all.leftovers += reading.leftovers
        }
        return all
    }
}
