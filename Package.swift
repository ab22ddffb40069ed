// swift-tools-version:6.0
// Periksa: document and face verification services. See README.md and ../shared/DESIGN.md.
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

/// A service is a library with all its logic plus a thin executable that only wires it.
func service(_ name: String, executable: String, dir: String, deps: [Target.Dependency]) -> [Target] {
    [
        .target(name: "\(name)Service", dependencies: deps + nio, path: "Services/\(dir)/Library", swiftSettings: strict),
        .executableTarget(
            name: "\(name)Server",
            dependencies: [.target(name: "\(name)Service"), "ServiceKit"],
            path: "Services/\(dir)/Executable",
            swiftSettings: strict
        ),
    ]
}

let hb: Target.Dependency = .product(name: "Hummingbird", package: "hummingbird")
let pg: Target.Dependency = .product(name: "PostgresNIO", package: "postgres-nio")
let jwt: Target.Dependency = .product(name: "JWTKit", package: "jwt-kit")
let http: Target.Dependency = .product(name: "AsyncHTTPClient", package: "async-http-client")
let nio: [Target.Dependency] = [
    .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
    .product(name: "NIOHTTP1", package: "swift-nio"), .product(name: "HTTPTypes", package: "swift-http-types"),
    .product(name: "Logging", package: "swift-log"),
]

let package = Package(
    name: "periksa",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gateway", targets: ["GatewayServer"]),
        .executable(name: "ingest", targets: ["IngestServer"]),
        .executable(name: "ocr", targets: ["OCRServer"]),
        .executable(name: "ner", targets: ["NERServer"]),
        .executable(name: "face-auth", targets: ["FaceAuthServer"]),
        .executable(name: "region", targets: ["RegionServer"]),
        .executable(name: "gateway-bench", targets: ["GatewayBench"]),
        .executable(name: "ktp-bench", targets: ["KTPBench"]),
        .executable(name: "face-bench", targets: ["FaceBench"]),
        .executable(name: "ner-train", targets: ["NERTrain"]),
        .executable(name: "ner-bench", targets: ["NERBench"]),
        .executable(name: "region-bench", targets: ["RegionBench"]),
        .executable(name: "khs-bench", targets: ["KHSBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.7.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "5.0.1"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        .target(name: "Contracts", path: "Shared/Contracts", swiftSettings: strict),
        .target(
            name: "ServiceKit",
            dependencies: [
                "Contracts", hb, pg, http,
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ] + nio,
            path: "Shared/ServiceKit",
            swiftSettings: strict
        ),
        .target(name: "Tokens", dependencies: ["Contracts", "ServiceKit", hb, jwt, http] + nio, path: "Shared/Tokens", swiftSettings: strict),
        .systemLibrary(name: "CLeptonica", path: "Shared/CLeptonica", pkgConfig: "lept", providers: [.apt(["libleptonica-dev"])]),
        .systemLibrary(name: "CTesseract", path: "Shared/CTesseract", pkgConfig: "tesseract", providers: [.apt(["libtesseract-dev"])]),
        .target(name: "RegionRegistry", dependencies: ["ServiceKit", pg] + nio, path: "Shared/RegionRegistry", swiftSettings: strict),
        .target(name: "DocumentSniffing", dependencies: ["Contracts"], path: "Shared/DocumentSniffing", swiftSettings: strict),
        // dlib behind a plain C header; optimised even in debug (HOG at -O0 is ~70x slower).
        .target(
            name: "CFaceEmbedding", path: "Shared/CFaceEmbedding",
            cxxSettings: [.define("DLIB_DISABLE_ASSERTS"), .unsafeFlags(["-O2", "-std=c++17"])],
            linkerSettings: [.linkedLibrary("dlib"), .linkedLibrary("blas"), .linkedLibrary("lapack")]
        ),
        .target(name: "PDFPages", path: "Shared/PDFPages", swiftSettings: strict),
        .target(name: "DecreeEntities", dependencies: ["Contracts"], path: "Shared/DecreeEntities", swiftSettings: strict),
        .target(name: "DecreeCorpus", dependencies: ["DecreeEntities"], path: "Tests/Generators/sk/DecreeCorpus", swiftSettings: strict),
        .executableTarget(name: "NERTrain", dependencies: ["DecreeEntities", "DecreeCorpus"], path: "Services/NER/Train", swiftSettings: strict),
        .target(name: "NERModel", path: "Services/NER/Model", resources: [.copy("sk-model.bin")], swiftSettings: strict),
    ]
        + service("Gateway", executable: "gateway", dir: "Gateway", deps: ["Contracts", "ServiceKit", "Tokens", hb, http])
        + service("Ingest", executable: "ingest", dir: "Ingest", deps: [
            "Contracts", "ServiceKit", "Tokens", "DocumentSniffing", "PDFPages", hb, pg, http,
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ])
        + service("OCR", executable: "ocr", dir: "OCR", deps: ["Contracts", "ServiceKit", "Tokens", "DocumentSniffing", "RegionRegistry", "CTesseract", "CLeptonica", "PDFPages", hb, pg])
        + service("NER", executable: "ner", dir: "NER", deps: [
            "Contracts", "ServiceKit", "Tokens", "DecreeEntities", "NERModel", "PDFPages", "DocumentSniffing", hb, pg, http,
            .product(name: "Crypto", package: "swift-crypto"),
        ])
        + service("FaceAuth", executable: "face-auth", dir: "FaceAuth", deps: [
            "Contracts", "ServiceKit", "Tokens", hb, pg, jwt,
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            "CFaceEmbedding", "CLeptonica", "DocumentSniffing", .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ])
        + service("Region", executable: "region", dir: "Region", deps: ["Contracts", "ServiceKit", "Tokens", "RegionRegistry", "DocumentSniffing", hb, pg, http])
        + [
            .executableTarget(
                name: "GatewayBench",
                dependencies: ["Contracts", "ServiceKit", "Tokens", "GatewayService", hb, jwt, http],
                path: "Tests/Benchmarks/GatewayBench",
                swiftSettings: strict
            ),
            .executableTarget(
                name: "KTPBench", dependencies: ["OCRService", "RegionRegistry", "Contracts"], path: "Tests/Benchmarks/KTPBench",
                swiftSettings: strict),
            .executableTarget(
                name: "NERBench", dependencies: ["DecreeEntities", "DecreeCorpus", "Contracts"], path: "Tests/Benchmarks/NERBench",
                swiftSettings: strict),
            .testTarget(name: "NERServiceTests", dependencies: ["RouteTesting", "TestDocuments", "NERService", "DecreeEntities", "DecreeCorpus", "PDFPages", "DocumentSniffing", "ServiceKit", "Contracts", hb, pg, .product(name: "HummingbirdTesting", package: "hummingbird")], swiftSettings: strict),
            .executableTarget(
                name: "FaceBench", dependencies: ["FaceAuthService", "Contracts", "ServiceKit", "CLeptonica", http] + nio, path: "Tests/Benchmarks/FaceBench",
                swiftSettings: strict),
            .executableTarget(
                name: "KHSBench", dependencies: ["OCRService", "Contracts"], path: "Tests/Benchmarks/KHSBench",
                swiftSettings: strict),
            .testTarget(name: "ContractsTests", dependencies: ["Contracts"], resources: [.copy("Fixtures")], swiftSettings: strict),
            .target(name: "TestDocuments", path: "Tests/Support/TestDocuments", swiftSettings: strict),
            .target(name: "RouteTesting", dependencies: ["Contracts", "ServiceKit", hb], path: "Tests/Support/RouteTesting", swiftSettings: strict),
            .target(name: "DatabaseTesting", dependencies: ["ServiceKit", pg, .product(name: "Logging", package: "swift-log")], path: "Tests/Support/DatabaseTesting", swiftSettings: strict),
            .testTarget(name: "ServiceKitTests", dependencies: ["ServiceKit", "Contracts", "DatabaseTesting", hb, pg, http, .product(name: "HummingbirdTesting", package: "hummingbird"), .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"), .product(name: "Logging", package: "swift-log")], swiftSettings: strict),
            .testTarget(name: "DocumentSniffingTests", dependencies: ["DocumentSniffing"], swiftSettings: strict),
            .testTarget(name: "TokensTests", dependencies: ["RouteTesting", "Tokens", "Contracts", "ServiceKit", jwt, hb, http, .product(name: "HummingbirdTesting", package: "hummingbird"), .product(name: "Logging", package: "swift-log")], swiftSettings: strict),
            .testTarget(name: "GatewayServiceTests", dependencies: ["GatewayService", "ServiceKit", "Contracts", hb, .product(name: "HummingbirdTesting", package: "hummingbird")], swiftSettings: strict),
            .testTarget(name: "IngestServiceTests", dependencies: ["RouteTesting", "IngestService", "ServiceKit", "Contracts", "DatabaseTesting", "DocumentSniffing", hb, pg, http, .product(name: "HummingbirdTesting", package: "hummingbird"), .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"), .product(name: "Logging", package: "swift-log")], swiftSettings: strict),
            .testTarget(name: "FaceAuthServiceTests", dependencies: ["RouteTesting", "TestDocuments", "FaceAuthService", "Tokens", "ServiceKit", "Contracts", hb, pg, jwt, .product(name: "HummingbirdTesting", package: "hummingbird")], swiftSettings: strict),
            .executableTarget(
                name: "RegionBench", dependencies: ["RegionService", "OCRService", "RegionRegistry", "Contracts"], path: "Tests/Benchmarks/RegionBench",
                swiftSettings: strict),
            .testTarget(name: "RegionServiceTests", dependencies: ["RegionService", "RegionRegistry", "Contracts", "ServiceKit", hb, .product(name: "HummingbirdTesting", package: "hummingbird")], resources: [.copy("Fixtures")], swiftSettings: strict),
            .testTarget(name: "OCRServiceTests", dependencies: ["TestDocuments", "OCRService", "PDFPages", "RegionRegistry", "Contracts", "ServiceKit", hb, .product(name: "HummingbirdTesting", package: "hummingbird")], resources: [.copy("Fixtures")], swiftSettings: strict),
            .testTarget(name: "IntegrationTests", dependencies: ["TestDocuments", "Contracts", "ServiceKit", "Tokens", http, jwt] + nio, resources: [.copy("Fixtures")], swiftSettings: strict),
            .testTarget(name: "DeployTests", dependencies: [.product(name: "Yams", package: "Yams")], swiftSettings: strict),
        ]
)
