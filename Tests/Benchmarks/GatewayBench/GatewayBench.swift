import AsyncHTTPClient
import Contracts
import Foundation
import JWTKit
import ServiceKit
import Tokens

/// Measures the gateway with wrk: a trivial upstream called directly, through nginx, and
/// through the real gateway executable with and without JWT verification, in one run.
/// Usage: gateway-bench [seconds per scenario = 10] [connections = 32]
@main
struct GatewayBench {
    static func main() async throws {
        let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
        let seconds = arguments.first ?? 10
        let connections = arguments.dropFirst().first ?? 32
        let work = NSTemporaryDirectory() + "periksa-gateway-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)

        let key = ES256PrivateKey()
        guard let parameters = key.parameters else { fatalError("generated key has no parameters") }
        let signer = JWTKeyCollection()
        await signer.add(ecdsa: key, kid: "bench")
        let identity = Identity(userID: UUID().uuidString, username: "bench", role: .admin)
        let token = try await signer.sign(AccessClaims(identity: identity, settings: TokenSettings(), issuedAt: Date()), kid: "bench")

        let upstreamPort = try LoopbackPort.free(), gatewayPort = try LoopbackPort.free(), nginxPort = try LoopbackPort.free()
        let upstream = BenchUpstream(jwks: JWKSDocument(keys: [PublicJWK(x: parameters.x, y: parameters.y, kid: "bench")]))
        let upstreamURL = "http://127.0.0.1:\(upstreamPort)"
        let binDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
        var environment = ["PORT": "\(gatewayPort)", "LOG_LEVEL": "error", "JWKS_URL": upstreamURL + "/.well-known/jwks.json"]
        for name in ["INGEST", "OCR", "NER", "FACE_AUTH", "REGION"] { environment["UPSTREAM_\(name)"] = upstreamURL }

        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await upstream.application(port: upstreamPort).run() }
            let gateway = try Subprocess.start(binDirectory + "/gateway", environment: environment, log: work + "/gateway.log")
            let nginx = try NginxProxy(directory: work + "/nginx", port: nginxPort, upstreamPort: upstreamPort).start()
            defer {
                gateway.terminate()
                nginx.terminate()
            }
            try await waitUntilReady("http://127.0.0.1:\(gatewayPort)/readyz")
            try await waitUntilReady("http://127.0.0.1:\(nginxPort)/readyz")

            let open = "/.well-known/jwks.json", protected = "/v1/documents/bench"
            let auth = "Authorization: Bearer \(token)"
            let scenarios: [(String, Int, String, String?)] = [
                ("direct upstream", upstreamPort, open, nil),
                ("nginx proxy", nginxPort, open, nil),
                ("gateway, public route", gatewayPort, open, nil),
                ("direct upstream + bearer header", upstreamPort, protected, auth),
                ("nginx proxy + bearer header", nginxPort, protected, auth),
                ("gateway, JWT verified", gatewayPort, protected, auth),
            ]
            var runs: [WrkRun] = []
            for (name, port, path, header) in scenarios {
                let run = try WrkRun.run(name: name, url: "http://127.0.0.1:\(port)\(path)", header: header, seconds: seconds, connections: connections)
                print("measured \(name): \(Int(run.requestsPerSecond)) req/s")
                runs.append(run)
            }
            report(runs, seconds: seconds, connections: connections)
            group.cancelAll()
        }
    }

    static func waitUntilReady(_ url: String) async throws {
        for _ in 0..<200 {
            var request = HTTPClientRequest(url: url)
            request.method = .GET
            if let response = try? await HTTPClient.shared.execute(request, timeout: .seconds(1)), response.status == .ok { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw LoopbackPortError()
    }

    static func report(_ runs: [WrkRun], seconds: Int, connections: Int) {
        print("\nGateway benchmark: wrk -t2 -c\(connections) -d\(seconds)s, release build, all on this machine")
        print("| scenario | requests/s | p50 | p99 | non-2xx | vs direct |")
        print("|---|---:|---:|---:|---:|---:|")
        for (index, run) in runs.enumerated() {
            let baseline = runs[index < 3 ? 0 : 3].requestsPerSecond
            let ratio = baseline > 0 ? String(format: "%.2f", run.requestsPerSecond / baseline) : "?"
            print("| \(run.name) | \(Int(run.requestsPerSecond)) | \(run.p50) | \(run.p99) | \(run.non2xx) | \(ratio) |")
        }
    }
}
