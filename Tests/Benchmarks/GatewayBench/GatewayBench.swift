/// Placeholder until the gateway benchmark lands in this same change.
@main
struct GatewayBench {
    static func main() {}
}
