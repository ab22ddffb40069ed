/// A failure to bring the test cluster up, with what went wrong.
struct ClusterError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A service could not bind the port it was given: someone took it between asking and binding.
struct PortTaken: Error {
    let service: String
}
