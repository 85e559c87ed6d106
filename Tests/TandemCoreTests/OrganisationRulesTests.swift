import Foundation
import TandemCore
import Testing

@Suite("Organisation hierarchy and membership")
struct OrganisationRulesTests {
    let icb = OrganisationHierarchy.Node(id: UUID(), kind: .icb, parentID: nil)

    @Test func practicesSitUnderPCNsAndPCNsUnderICBs() {
        let pcn = OrganisationHierarchy.Node(id: UUID(), kind: .pcn, parentID: icb.id)
        let lookup = [icb.id: icb, pcn.id: pcn]
        #expect(OrganisationHierarchy.problem(childID: nil, kind: .gpPractice, parent: pcn, parentOf: { lookup[$0] }) == nil)
        #expect(OrganisationHierarchy.problem(childID: nil, kind: .pcn, parent: icb, parentOf: { lookup[$0] }) == nil)
        #expect(
            OrganisationHierarchy.problem(childID: nil, kind: .gpPractice, parent: icb, parentOf: { lookup[$0] })?.message
                == "A GP practice can only sit under a PCN")
        #expect(OrganisationHierarchy.problem(childID: nil, kind: .icb, parent: pcn, parentOf: { lookup[$0] }) != nil)
    }

    @Test func cyclesAreRefused() {
        // A charity under a voluntary group under the charity itself.
        let charityID = UUID()
        let group = OrganisationHierarchy.Node(id: UUID(), kind: .voluntaryGroup, parentID: charityID)
        let charity = OrganisationHierarchy.Node(id: charityID, kind: .charity, parentID: nil)
        let lookup = [group.id: group, charityID: charity]
        #expect(OrganisationHierarchy.problem(childID: charityID, kind: .charity, parent: group, parentOf: { lookup[$0] }) != nil)
        #expect(
            OrganisationHierarchy.problem(childID: charityID, kind: .charity, parent: charity, parentOf: { lookup[$0] }) != nil)
    }

    @Test func membershipStatusComesFromTheDates() {
        let day: TimeInterval = 86_400
        let today = Date(timeIntervalSince1970: 1_790_000_000)
        let started = today.addingTimeInterval(-100 * day)
        #expect(MembershipStatus.on(today, starts: started, renews: today.addingTimeInterval(61 * day)) == .active)
        #expect(MembershipStatus.on(today, starts: started, renews: today.addingTimeInterval(60 * day)) == .dueForRenewal)
        #expect(MembershipStatus.on(today, starts: started, renews: today) == .dueForRenewal)
        #expect(MembershipStatus.on(today, starts: started, renews: today.addingTimeInterval(-1 * day)) == .lapsed)
        #expect(
            MembershipStatus.on(today, starts: today.addingTimeInterval(3 * day), renews: today.addingTimeInterval(400 * day))
                == .notStarted)
    }
}
