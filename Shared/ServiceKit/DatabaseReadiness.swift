import Logging
import PostgresNIO

extension ReadinessCheck {
    /// Ready when `SELECT 1` answers within two seconds.
    public static func database(_ client: PostgresClient, logger: Logger) -> ReadinessCheck {
        ReadinessCheck(name: "database") {
            await withTaskGroup(of: Bool.self) { group in
                group.addTask { (try? await client.query("SELECT 1", logger: logger)) != nil }
                group.addTask {
                    try? await Task.sleep(for: .seconds(2))
                    return false
                }
                let first = await group.next() ?? false
                group.cancelAll()
                return first
            }
        }
    }
}
