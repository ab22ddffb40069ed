import Foundation
import Testing
import Yams

/// One executable as the deploy files must know it: binary name, default port, needs.
struct DeployedService: Sendable, CustomStringConvertible {
    let name: String
    let port: Int
    let usesDatabase: Bool
    let autoscaled: Bool
    var description: String { name }

    static let all: [DeployedService] = [
        DeployedService(name: "gateway", port: 8080, usesDatabase: false, autoscaled: false),
        DeployedService(name: "ingest", port: 8081, usesDatabase: true, autoscaled: false),
        DeployedService(name: "ocr", port: 8082, usesDatabase: true, autoscaled: true),
        DeployedService(name: "ner", port: 8083, usesDatabase: true, autoscaled: true),
        DeployedService(name: "face-auth", port: 8084, usesDatabase: true, autoscaled: true),
        DeployedService(name: "region", port: 8085, usesDatabase: true, autoscaled: true),
    ]
}

/// A parsed YAML value with forgiving key/index access, so checks read like the files.
/// A missing key gives a node whose `raw` is nil rather than a crash.
struct YAMLNode {
    let raw: Any?

    subscript(key: String) -> YAMLNode { YAMLNode(raw: (raw as? [AnyHashable: Any])?[AnyHashable(key)]) }
    var exists: Bool { raw != nil && !(raw is NSNull) }
    var string: String? {
        switch raw {
        case let value as String: value
        case let value as Int: String(value)
        default: nil
        }
    }
    var int: Int? { raw as? Int ?? string.flatMap { Int($0) } }
    var array: [YAMLNode] { ((raw as? [Any]) ?? []).map { YAMLNode(raw: $0) } }
    var keys: Set<String> { Set(((raw as? [AnyHashable: Any]) ?? [:]).keys.compactMap { $0.base as? String }) }
    /// Strings of a scalar or of every element of a list, e.g. a compose `command`.
    var strings: [String] { string.map { [$0] } ?? array.compactMap(\.string) }
}

/// Reads files relative to the repository root, found from this source file's path.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // DeployTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every document of a (multi-document) YAML file; a parse error is thrown, not swallowed.
    static func yamlDocuments(_ path: String) throws -> [YAMLNode] {
        var documents = try Yams.load_all(yaml: try text(path))
        var nodes: [YAMLNode] = []
        while let document = documents.next() { nodes.append(YAMLNode(raw: document)) }
        if let error = documents.error { throw error }
        return nodes
    }

    /// All documents with a `kind` under `deploy/k8s/`.
    static func kubernetesObjects() throws -> [YAMLNode] {
        let folder = root.appendingPathComponent("deploy/k8s")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        return try files.flatMap { try yamlDocuments("deploy/k8s/" + $0) }.filter { $0["kind"].exists }
    }
}

/// Environment variable names of a compose service (mapping or `KEY=value` list form).
func composeEnvironmentKeys(_ service: YAMLNode) -> Set<String> {
    let environment = service["environment"]
    if !environment.keys.isEmpty { return environment.keys }
    return Set(environment.strings.map { String($0.prefix { $0 != "=" }) })
}

@Suite("docker-compose.yml")
struct ComposeTests {
    let services: YAMLNode

    init() throws {
        let compose = try Repository.yamlDocuments("docker-compose.yml")
        try #require(compose.count == 1)
        services = compose[0]["services"]
    }

    @Test func postgresIsHealthCheckedWithAVolume() throws {
        let postgres = services["postgres"]
        #expect(postgres["image"].string?.hasPrefix("postgres:15") == true)
        #expect(postgres["healthcheck"]["test"].strings.joined(separator: " ").contains("pg_isready"))
        #expect(postgres["volumes"].strings.contains { $0.hasSuffix(":/var/lib/postgresql/data") })
    }

    @Test(arguments: DeployedService.all)
    func serviceRunsItsBinaryAndIsScalable(_ spec: DeployedService) throws {
        let service = services[spec.name]
        try #require(service.exists, "compose has no service \(spec.name)")
        #expect(service["build"]["dockerfile"].string == "deploy/Dockerfile")
        #expect(service["command"].strings.first == "/app/bin/\(spec.name)")
        #expect(service["healthcheck"]["test"].strings.joined(separator: " ").contains("/healthz"))
        #expect(!service["container_name"].exists, "a fixed container name prevents --scale")
        #expect(service["environment"]["PORT"].int == spec.port)
        #expect(service["environment"]["HOST"].string == "0.0.0.0")
        if spec.name == "gateway" {
            #expect(service["ports"].strings == ["8080:8080"])
        } else {
            #expect(!service["ports"].exists, "only the gateway publishes a port")
        }
    }

    @Test func servicesGetTheEnvironmentTheyRequire() {
        let gateway = composeEnvironmentKeys(services["gateway"])
        let upstreams = ["INGEST", "OCR", "NER", "FACE_AUTH", "REGION"].map { "UPSTREAM_" + $0 }
        #expect(gateway.isSuperset(of: upstreams + ["JWKS_URL"]))
        #expect(composeEnvironmentKeys(services["ingest"]).isSuperset(of: [
            "DATABASE_URL", "JWKS_URL", "PERIKSA_SERVICE_SECRET", "PEER_OCR_URL", "PEER_NER_URL", "PEER_REGION_URL",
        ]))
        #expect(composeEnvironmentKeys(services["face-auth"]).isSuperset(of: ["DATABASE_URL", "PERIKSA_ADMIN_PASSWORD", "PERIKSA_SERVICE_SECRET"]))
        #expect(composeEnvironmentKeys(services["ner"]).isSuperset(of: ["DATABASE_URL", "JWKS_URL", "PERIKSA_SERVICE_SECRET", "PEER_OCR_URL"]))
        #expect(composeEnvironmentKeys(services["region"]).isSuperset(of: ["DATABASE_URL", "JWKS_URL", "PERIKSA_SERVICE_SECRET", "PEER_OCR_URL"]))
        #expect(composeEnvironmentKeys(services["ocr"]).isSuperset(of: ["DATABASE_URL", "JWKS_URL"]))
        for spec in DeployedService.all where spec.usesDatabase {
            #expect(services[spec.name]["depends_on"]["postgres"]["condition"].string == "service_healthy")
        }
    }
}

@Suite("deploy/k8s")
struct KubernetesTests {
    let objects: [YAMLNode]

    init() throws { objects = try Repository.kubernetesObjects() }

    func objects(kind: String) -> [YAMLNode] { objects.filter { $0["kind"].string == kind } }
    func object(kind: String, name: String) -> YAMLNode? {
        objects(kind: kind).first { $0["metadata"]["name"].string == name }
    }

    @Test(arguments: DeployedService.all)
    func deploymentHasProbesResourcesAndEnvironment(_ spec: DeployedService) throws {
        let deployment = try #require(object(kind: "Deployment", name: spec.name), "no Deployment \(spec.name)")
        let container = try #require(deployment["spec"]["template"]["spec"]["containers"].array.first)
        #expect(container["command"].strings == ["/app/bin/\(spec.name)"])
        #expect(container["readinessProbe"]["httpGet"]["path"].string == "/readyz")
        #expect(container["livenessProbe"]["httpGet"]["path"].string == "/healthz")
        #expect(container["resources"]["requests"].keys.isSuperset(of: ["cpu", "memory"]))
        #expect(container["resources"]["limits"].keys.isSuperset(of: ["cpu", "memory"]))
        #expect(container["ports"].array.contains { $0["containerPort"].int == spec.port })
        #expect(!container["envFrom"].array.isEmpty)
        let env = Dictionary(container["env"].array.compactMap { e in e["name"].string.map { ($0, e) } }) { a, _ in a }
        #expect(env["PORT"]?["value"].int == spec.port)
        if spec.usesDatabase {
            #expect(env["DATABASE_URL"]?["valueFrom"]["secretKeyRef"]["name"].string == "periksa-secrets")
        }
        if spec.name == "gateway" {
            #expect(Set(env.keys).isSuperset(of: ["INGEST", "OCR", "NER", "FACE_AUTH", "REGION"].map { "UPSTREAM_" + $0 }))
        }
        if ["ingest", "ner", "region", "face-auth"].contains(spec.name) {
            #expect(env["PERIKSA_SERVICE_SECRET"]?["valueFrom"]["secretKeyRef"]["name"].string == "periksa-secrets")
        }
    }

    @Test(arguments: DeployedService.all)
    func serviceSelectsItsDeployment(_ spec: DeployedService) throws {
        let service = try #require(object(kind: "Service", name: spec.name), "no Service \(spec.name)")
        let deployment = try #require(object(kind: "Deployment", name: spec.name))
        let labels = deployment["spec"]["template"]["metadata"]["labels"]
        for key in service["spec"]["selector"].keys {
            #expect(labels[key].string == service["spec"]["selector"][key].string)
        }
        #expect(!service["spec"]["selector"].keys.isEmpty)
        #expect(service["spec"]["ports"].array.first?["port"].int == spec.port)
    }

    @Test func autoscalersCoverExactlyTheStatelessServices() {
        let autoscalers = objects(kind: "HorizontalPodAutoscaler")
        let targets = Set(autoscalers.compactMap { $0["spec"]["scaleTargetRef"]["name"].string })
        #expect(targets == Set(DeployedService.all.filter(\.autoscaled).map(\.name)))
        for autoscaler in autoscalers {
            #expect(autoscaler["apiVersion"].string == "autoscaling/v2")
            #expect(autoscaler["spec"]["metrics"].array.contains { $0["resource"]["name"].string == "cpu" })
        }
    }

    @Test func commonConfigAndKustomizationAreComplete() throws {
        #expect(object(kind: "Namespace", name: "periksa") != nil)
        #expect(object(kind: "ConfigMap", name: "periksa-common")?["data"]["HOST"].string == "0.0.0.0")
        let kustomization = try #require(objects(kind: "Kustomization").first)
        let listed = Set(kustomization["resources"].strings)
        #expect(listed.isSuperset(of: DeployedService.all.map { "\($0.name).yaml" } + ["namespace.yaml", "config.yaml"]))
    }
}

@Suite("deploy/Dockerfile")
struct DockerfileTests {
    @Test func buildsInStagesAndShipsEveryBinary() throws {
        // Join continuation lines, drop comments: one instruction per element.
        let instructions = try Repository.text("deploy/Dockerfile")
            .replacingOccurrences(of: "\\\n", with: " ")
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        let stages = instructions.indices.filter { instructions[$0].uppercased().hasPrefix("FROM ") }
        try #require(stages.count >= 2, "expected a build stage and a runtime stage")
        #expect(instructions.contains { $0.hasPrefix("RUN ") && $0.contains("--static-swift-stdlib") })

        let runtime = instructions[stages.last!...]
        let copied = runtime.filter { $0.hasPrefix("COPY --from=") && $0.contains("/app/bin") }
            .flatMap { $0.split(separator: " ").map { String($0.split(separator: "/").last ?? "") } }
        for spec in DeployedService.all {
            #expect(copied.contains(spec.name), "runtime stage does not copy \(spec.name) into /app/bin")
        }
        let user = runtime.last { $0.hasPrefix("USER ") }
        #expect(user != nil && user != "USER root" && user?.hasPrefix("USER 0") == false)
    }
}
