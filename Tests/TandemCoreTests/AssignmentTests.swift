import Foundation
import Testing

@testable import TandemCore

@Suite struct AssignmentTests {
    /// Every way of giving each left at most one right within the capacities: the best total.
    static func bruteForce(_ score: [[Double?]], _ capacity: [Int]) -> Double {
        func search(_ left: Int, _ remaining: [Int]) -> Double {
            guard left < score.count else { return 0 }
            var best = search(left + 1, remaining)
            for right in remaining.indices where remaining[right] > 0 {
                guard let value = score[left][right] else { continue }
                var next = remaining
                next[right] -= 1
                best = max(best, value + search(left + 1, next))
            }
            return best
        }
        return search(0, capacity)
    }

    @Test func theAssignmentEqualsBruteForceOn200RandomSmallCases() {
        var random = SeededGenerator(seed: 2_026)
        for _ in 0..<200 {
            let lefts = Int.random(in: 1...5, using: &random), rights = Int.random(in: 1...4, using: &random)
            let capacity = (0..<rights).map { _ in Int.random(in: 0...2, using: &random) }
            let score: [[Double?]] = (0..<lefts).map { _ in
                (0..<rights).map { _ in
                    Double.random(in: 0...1, using: &random) < 0.25 ? nil : Double(Int.random(in: 0...100, using: &random))
                }
            }
            let chosen = Assignment.best(score: score, capacity: capacity)
            let total = chosen.enumerated().reduce(0.0) { sum, pair in
                sum + (pair.element.flatMap { score[pair.offset][$0] } ?? 0)
            }
            #expect(total == Self.bruteForce(score, capacity), "\(score) \(capacity)")
            for right in 0..<rights {
                #expect(chosen.filter { $0 == right }.count <= capacity[right], "capacity kept")
            }
            for (left, right) in chosen.enumerated() {
                if let right { #expect(score[left][right] != nil, "an excluded pair is never made") }
            }
        }
    }

    @Test func nobodyIsPairedWhenEveryPairIsExcluded() {
        #expect(Assignment.best(score: [[nil, nil], [nil, nil]], capacity: [2, 2]) == [nil, nil])
        #expect(Assignment.best(score: [], capacity: [1]).isEmpty)
    }
}

@Suite struct BuddyMatchingTests {
    let pcn = UUID()

    func ppg(
        _ strengths: [String: Double] = [:], needs: [String: Double] = [:], pcn: UUID? = nil, district: String? = nil
    ) -> PPGProfile {
        PPGProfile(id: UUID(), pcn: pcn, postcodeDistrict: district, strengths: strengths, needs: needs)
    }

    @Test func aBuddyStrongWhereTheOtherNeedsHelpIsProposedWithItsReasons() {
        let strongOnRecruiting = ppg(["recruiting": 1, "pcn": 0.2], pcn: pcn, district: "NV3")
        let strongOnMeetings = ppg(["meetings": 1])
        let needing = ppg(needs: ["recruiting": 1, "pcn": 0.5], pcn: pcn, district: "NV3")
        let proposals = BuddyMatching.propose(
            buddies: [strongOnMeetings, strongOnRecruiting], needing: [needing],
            areaNames: ["recruiting": "recruiting younger members", "pcn": "working with the PCN"])
        #expect(proposals.count == 1 && proposals[0].buddy == strongOnRecruiting.id)
        #expect(
            proposals[0].reasons == [
                "Strong where the other needs help: recruiting younger members and working with the PCN",
                "In the same Primary Care Network", "Nearby (both in NV3)",
            ])
    }

    @Test func capacityAndPairsThatEndedBadlyAreRespected() {
        let buddy = ppg(["recruiting": 1])
        let needing = (0..<3).map { _ in ppg(needs: ["recruiting": 1]) }
        #expect(BuddyMatching.propose(buddies: [buddy], needing: needing).count == BuddyMatching.defaultCapacity)
        let ended: Set<BuddyMatching.Pair> = [.init(buddy: buddy.id, supported: needing[0].id)]
        let proposals = BuddyMatching.propose(buddies: [buddy], needing: [needing[0]], endedBadly: ended)
        #expect(proposals.isEmpty, "a pair that ended badly is never proposed again")
        #expect(BuddyMatching.score(buddy: buddy, supported: ppg(needs: ["meetings": 1])) == nil, "nothing to offer")
    }
}
