import Foundation

/// nginx from Debian as the reference reverse proxy: same upstream, keep-alive connections.
struct NginxProxy {
    let directory: String
    let port: Int
    let upstreamPort: Int

    func start() throws -> Process {
        try FileManager.default.createDirectory(atPath: directory + "/logs", withIntermediateDirectories: true)
        let config = """
            worker_processes 1;
            daemon off;
            pid \(directory)/nginx.pid;
            error_log \(directory)/logs/error.log warn;
            events { worker_connections 1024; }
            http {
              access_log off;
              upstream bench { server 127.0.0.1:\(upstreamPort); keepalive 64; }
              server {
                listen 127.0.0.1:\(port);
                location / {
                  proxy_pass http://bench;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                }
              }
            }
            """
        try config.write(toFile: directory + "/nginx.conf", atomically: true, encoding: .utf8)
        return try Subprocess.start("/usr/sbin/nginx", arguments: ["-p", directory, "-c", directory + "/nginx.conf"], log: directory + "/logs/stdout.log")
    }
}
