import Foundation

/// The committed entity model (`sk-model.bin`, written by `ner-train train`, which regenerates
/// it byte-identically from the generated corpus). Its own target so the resource bundle stays
/// out of the service's code.
public enum NERModelFile {
    public static var url: URL? { Bundle.module.url(forResource: "sk-model", withExtension: "bin") }
}
