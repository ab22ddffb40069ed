import DecreeEntities
import Foundation
import NERModel

/// Where the service's entity model comes from: `NER_MODEL_PATH` when set, else the model file
/// bundled in the NERModel target (`Services/NER/Model/sk-model.bin`, committed; `ner-train train` regenerates it
/// byte-identically from the generated corpus).
public enum DecreeModelSource {
    public static func load(path: String?) throws -> LinearChainModel {
        guard let path else { return try bundled() }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try LinearChainModel(serialized: [UInt8](data))
    }

    /// The committed model.
    public static func bundled() throws -> LinearChainModel {
        guard let url = NERModelFile.url else {
            throw LinearChainModel.FileError(description: "the model bundle \(NERModelFile.bundleName) is not next to the executable; copy it there or set NER_MODEL_PATH to Services/NER/Model/sk-model.bin")
        }
        return try LinearChainModel(serialized: [UInt8](try Data(contentsOf: url)))
    }
}
