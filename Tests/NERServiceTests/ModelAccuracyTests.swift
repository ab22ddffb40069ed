import DecreeCorpus
import DecreeEntities
import NERService
import Testing

/// The committed model on decrees it was not trained on: the `test` split (issuers and wordings
/// seen in training, new decrees) and the `other` split (issuers, names and wordings never seen).
struct ModelAccuracyTests {
    static let extractor: DecreeEntityExtractor? = try? DecreeEntityExtractor(model: DecreeModelSource.bundled())

    func evaluate(_ split: CorpusSplit, count: Int) throws -> SpanEvaluation {
        let extractor = try #require(Self.extractor, "the bundled model loads")
        var evaluation = SpanEvaluation()
        for decree in DecreeCorpus.make(split, count: count) {
            evaluation.add(predicted: extractor.spans(decree.text), gold: decree.spans)
        }
        return evaluation
    }

    @Test func heldOutTestSplitMeetsTheFloor() throws {
        let evaluation = try evaluate(.test, count: 150)
        #expect(evaluation.scores().f1 >= 97.5, "\(evaluation.report(title: "test"))")
        for label in EntityLabel.allCases { #expect(evaluation.scores(label).f1 >= 93, "\(label.rawValue)") }
    }

    @Test func unseenIssuersAndWordingsMeetTheFloor() throws {
        let evaluation = try evaluate(.other, count: 150)
        #expect(evaluation.scores().f1 >= 95, "\(evaluation.report(title: "other"))")
        #expect(evaluation.scores(.nipPNS).recall >= 96)
    }

    @Test func trainingIsDeterministic() {
        let decrees = DecreeCorpus.make(.train, count: 12)
        let first = ModelTraining.train(decrees, epochs: 2).serialized()
        let second = ModelTraining.train(decrees, epochs: 2).serialized()
        #expect(first == second)
        #expect(first.count > 1000)
    }

    @Test func modelFileRoundTrips() throws {
        let model = ModelTraining.train(DecreeCorpus.make(.train, count: 6), epochs: 1)
        let bytes = model.serialized()
        let again = try LinearChainModel(serialized: bytes)
        #expect(again.serialized() == bytes)
        #expect(again.version == model.version)
        #expect(throws: LinearChainModel.FileError.self) { try LinearChainModel(serialized: Array(bytes.prefix(100))) }
        #expect(throws: LinearChainModel.FileError.self) { try LinearChainModel(serialized: Array("not a model".utf8)) }
    }

    @Test func corpusIsReproducibleAndSpansAreExact() {
        let a = DecreeCorpus.make(.other, count: 5), b = DecreeCorpus.make(.other, count: 5)
        #expect(a == b)
        for decree in a {
            let scalars = Array(decree.text.unicodeScalars)
            #expect(Set(decree.spans.map(\.label)).count == EntityLabel.allCases.count)
            for span in decree.spans {
                #expect(span.start < span.end && span.end <= scalars.count)
                #expect(!scalars[span.start].properties.isWhitespace && !scalars[span.end - 1].properties.isWhitespace)
            }
        }
    }
}
