/// A failure to bring the test cluster up, with what went wrong.
struct ClusterError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
