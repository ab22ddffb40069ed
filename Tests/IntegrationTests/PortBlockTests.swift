import Testing

/// Clusters started side by side get ports no other cluster holds, below the ephemeral range, and a released block
/// can be had again.
struct PortBlockTests {
    @Test func blocksHeldAtOnceNeverShareAPort() throws {
        let blocks = try (0..<40).map { _ in try PortBlock.reserve(6) }
        let ports = blocks.flatMap(\.ports)
        #expect(Set(ports).count == 40 * 6)
        #expect(ports.allSatisfy { $0 >= 20_000 && $0 < 32_768 })
        for block in blocks { block.release() }
    }

    @Test func aHeldBlockIsPassedOverAndAReleasedOneIsFreeAgain() throws {
        let first = Int.random(in: 0..<PortBlock.blocks)
        let block = try PortBlock.reserve(6, from: first)
        let next = try PortBlock.reserve(6, from: first)
        #expect(Set(next.ports).isDisjoint(with: block.ports))
        block.release()
        block.release()
        let again = try PortBlock.reserve(6, from: first)
        #expect(again.ports == block.ports)
        next.release()
        again.release()
    }
}
