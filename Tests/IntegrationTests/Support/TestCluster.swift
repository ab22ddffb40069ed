import Foundation
import ServiceKit
import Synchronization

/// A fresh database plus all six real executables on loopback ports, for one test.
/// Invariant: `stop()` (called by ``withCluster``) leaves no process behind.
final class TestCluster: Sendable {
    static let services = ["face-auth", "ingest", "ocr", "ner", "region", "gateway"]

    let gatewayURL: String
    let adminPassword: String
    let serviceSecret: String
    let databaseURL: String
    let workDirectory: String
    private let ports: [String: Int]
    private let portBlock: PortBlock
    private let overrides: [String: [String: String]]
    private let processes = Mutex<[String: Process]>([:])

    private init(database: String, overrides: [String: [String: String]]) throws {
        guard let admin = TestEnvironment.databaseURL else { throw ClusterError("PERIKSA_TEST_DATABASE_URL is not set") }
        let block = try PortBlock.reserve(Self.services.count)
        self.portBlock = block
        self.ports = Dictionary(uniqueKeysWithValues: zip(Self.services, block.ports))
        self.overrides = overrides
        self.gatewayURL = "http://127.0.0.1:\(ports["gateway"] ?? 0)"
        self.adminPassword = "Admin-\(UUID().uuidString.prefix(12))"
        self.serviceSecret = "svc-" + UUID().uuidString + UUID().uuidString
        self.databaseURL = admin.replacingOccurrences(of: "/postgres", with: "/\(database)")
        self.workDirectory = NSTemporaryDirectory() + "periksa-it-\(database)"
        try FileManager.default.createDirectory(atPath: workDirectory, withIntermediateDirectories: true)
        _ = try Self.psql(admin, "CREATE DATABASE \(database)")
    }

    /// Starts a cluster with per-service environment `overrides` and waits until the gateway is ready.
    /// Its ports come from a locked ``PortBlock`` outside the ephemeral range. Should something else on the machine
    /// still hold one (a service then dies with "Address already in use"), the cluster is started again on another
    /// block, twice at most.
    static func start(_ name: String, overrides: [String: [String: String]] = [:]) async throws -> TestCluster {
        var attempt = 1
        while true {
            let database = "it_\(name)_\(UInt32.random(in: 0...UInt32.max))"
            let cluster = try TestCluster(database: database, overrides: overrides)
            do {
                for service in services { try cluster.launch(service) }
                try await cluster.waitUntilReady()
                return cluster
            } catch let lost as PortTaken where attempt < 3 {
                cluster.stop()
                print("cluster \(database): \(lost.service) found its port taken; starting again on fresh ports")
                attempt += 1
            } catch {
                cluster.stop()
                throw error
            }
        }
    }

    func url(_ service: String) -> String { "http://127.0.0.1:\(ports[service] ?? 0)" }

    func environment(for service: String) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["HOST"] = "127.0.0.1"
        env["PORT"] = "\(ports[service] ?? 0)"
        env["LOG_LEVEL"] = "info"
        env["DATABASE_URL"] = databaseURL
        env["JWKS_URL"] = url("face-auth") + "/.well-known/jwks.json"
        env["PERIKSA_ADMIN_PASSWORD"] = adminPassword
        env["PERIKSA_SERVICE_SECRET"] = serviceSecret
        env["BCRYPT_COST"] = "6"
        env["UPSTREAM_FACE_AUTH"] = url("face-auth")
        env["UPSTREAM_INGEST"] = url("ingest")
        env["UPSTREAM_OCR"] = url("ocr")
        env["UPSTREAM_NER"] = url("ner")
        env["UPSTREAM_REGION"] = url("region")
        env["PEER_OCR_URL"] = url("ocr")
        env["PEER_NER_URL"] = url("ner")
        env["PEER_REGION_URL"] = url("region")
        env["FACE_MODELS_DIR"] = env["PERIKSA_FACE_MODELS_DIR"]
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../var/models").standardized.path
        env.merge(overrides[service] ?? [:]) { $1 }
        return env
    }

    func launch(_ service: String) throws {
        guard let bin = TestEnvironment.binDirectory else { throw ClusterError("PERIKSA_BIN_DIR is not set") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: bin + "/" + service)
        process.environment = environment(for: service)
        let logPath = workDirectory + "/\(service).log"
        if !FileManager.default.fileExists(atPath: logPath) { _ = FileManager.default.createFile(atPath: logPath, contents: nil) }
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        try log.seekToEnd()
        process.standardOutput = log
        process.standardError = log
        try process.run()
        processes.withLock { $0[service] = process }
    }

    /// Kills a service with SIGKILL, as a crash would, and waits for it to be gone.
    func kill9(_ service: String) {
        guard let process = processes.withLock({ $0.removeValue(forKey: service) }) else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Generous: ocr and region each import the 83,762-village registry into every fresh test
    /// database (about 30 s each alone), and the suites start several clusters at once on two cores.
    /// A service that exits meanwhile ends the wait at once, with the last line of its log.
    func waitUntilReady(timeout: Duration = .seconds(300)) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            // exits first: a service that lost its port to another cluster's leaves that cluster's service answering
            // its /readyz (a transcript job then met a token "signed by an unknown key", CI 2026-11-25)
            try checkNoServiceExited()
            if let response = try? await HTTPTestClient(base: gatewayURL).get("/readyz"), response.status == 200 {
                try checkNoServiceExited()
                return
            }
            try await Task.sleep(for: .milliseconds(250))
        }
        throw ClusterError("the gateway did not become ready; logs in \(workDirectory)")
    }

    private func checkNoServiceExited() throws {
        let exited = processes.withLock { all in all.filter { !$0.value.isRunning }.keys.sorted() }
        guard let service = exited.first else { return }
        let log = (try? String(contentsOfFile: workDirectory + "/\(service).log", encoding: .utf8)) ?? ""
        if log.contains("Address already in use") { throw PortTaken(service: service) }
        let fatal = log.split(separator: "\n").last { $0.contains("Fatal error") || $0.contains("\"level\":\"error\"") }
        throw ClusterError("\(service) exited before the gateway was ready: \(fatal ?? "no error logged"); logs in \(workDirectory)")
    }

    func stop() {
        let running = processes.withLock { all in
            defer { all.removeAll() }
            return Array(all.values)
        }
        for process in running where process.isRunning { process.terminate() }
        for process in running { process.waitUntilExit() }
        portBlock.release()
    }

    /// Runs SQL against this cluster's database and returns psql's unaligned output.
    func sql(_ statement: String) throws -> String { try Self.psql(databaseURL, statement) }

    static func psql(_ url: String, _ statement: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", url, "-v", "ON_ERROR_STOP=1", "-tAc", statement]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ClusterError("psql failed: \(output)") }
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Starts a cluster, runs `body`, and always stops the cluster.
func withCluster<T>(_ name: String, overrides: [String: [String: String]] = [:], _ body: (TestCluster) async throws -> T) async throws -> T {
    let cluster = try await TestCluster.start(name, overrides: overrides)
    do {
        let result = try await body(cluster)
        cluster.stop()
        return result
    } catch {
        cluster.stop()
        throw error
    }
}
