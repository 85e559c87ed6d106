import Foundation
import TandemCore
import Testing

@Suite struct GovernanceRulesTests {
    @Test func quorumCountsMembersPresentAndSaysSoInWords() {
        #expect(GovernanceRules.isQuorate(presentCounting: 4, quorum: 4))
        #expect(!GovernanceRules.isQuorate(presentCounting: 3, quorum: 4))
        #expect(GovernanceRules.quorumNote(presentCounting: 4, quorum: 4) == "Quorate: 4 of the 4 needed present")
        #expect(GovernanceRules.quorumNote(presentCounting: 2, quorum: 3).hasPrefix("Not quorate: 2 present, 3 needed"))
        #expect(!GroupRole.adviser.counts && GroupRole.viceChair.counts && GroupRole.viceChair.chairs && !GroupRole.member.chairs)
    }

    @Test func minutesAreWrittenSharedAndApprovedOnlyAtALaterMeeting() {
        for (from, to) in [
            (MinutesStatus.none, MinutesStatus.draft), (.none, .shared), (.draft, .draft), (.draft, .shared), (.shared, .shared),
        ] {
            #expect(GovernanceRules.minutesProblem(from: from, to: to, approvingAtLaterMeeting: false) == nil, "\(from) to \(to)")
        }
        #expect(GovernanceRules.minutesProblem(from: .shared, to: .approved, approvingAtLaterMeeting: true) == nil)
        #expect(
            GovernanceRules.minutesProblem(from: .shared, to: .approved, approvingAtLaterMeeting: false)?.contains(
                "later meeting")
                == true)
        #expect(
            GovernanceRules.minutesProblem(from: .draft, to: .approved, approvingAtLaterMeeting: true)?.contains(
                "Share the draft")
                == true)
        #expect(
            GovernanceRules.minutesProblem(from: .approved, to: .draft, approvingAtLaterMeeting: true)?.contains("approved")
                == true)
        #expect(GovernanceRules.minutesProblem(from: .none, to: .approved, approvingAtLaterMeeting: true) != nil)
    }

    @Test func actionsAreCarriedUntilDoneOrDropped() {
        #expect(GroupActionStatus.open.isCarried && GroupActionStatus.inProgress.isCarried)
        #expect(!GroupActionStatus.done.isCarried && !GroupActionStatus.dropped.isCarried)
    }

    @Test func theYearsPlanHasThreePhasesCoveringTheYear() {
        let months = GovernanceRules.defaultPhases.flatMap { Array($0.months) }
        #expect(months == Array(1...12))
    }

    @Test func reachGroupsComeFromEqualityAnswersAndNotFromPreferNotToSay() {
        #expect(
            ReachGroup.groups(
                ageBand: "16_24", ethnicGroup: "black_caribbean", disability: "no", carer: "yes_up_to_19", genderIdentity: "yes")
                == [.youngPeople, .carers, .youngCarers, .blackAfricanCaribbean])
        #expect(
            ReachGroup.groups(
                ageBand: "85_plus", ethnicGroup: "asian_indian", disability: "yes_a_lot", carer: "no", genderIdentity: "no")
                == [.olderPeople, .asianCommunities, .disabledPeople, .transPeople])
        #expect(
            ReachGroup.groups(
                ageBand: "prefer_not_to_say", ethnicGroup: "prefer_not_to_say", disability: "prefer_not_to_say",
                carer: "prefer_not_to_say", genderIdentity: nil
            ).isEmpty)
    }
}
