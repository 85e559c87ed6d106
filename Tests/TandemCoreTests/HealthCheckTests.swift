import Foundation
import TandemCore
import Testing

/// The four success criteria, worked out from a PPG's records, on the edges of "the last 12 months".
@Suite struct HealthCheckTests {
    let today = CalendarDate.date(year: 2026, month: 11, day: 29)!
    func day(_ year: Int, _ month: Int, _ day: Int) -> Date { CalendarDate.date(year: year, month: month, day: day)! }

    func meeting(
        _ date: Date, core: Int = 6, staff: Bool = true, pcn: Bool = false, kind: PPGMeetingKind = .ppgMeeting
    )
        -> PPGRecords.Meeting
    {
        .init(date: date, kind: kind, corePresent: core, practiceStaffPresent: staff, pcnRepresentativePresent: pcn)
    }

    func outcome(_ records: PPGRecords, _ criterion: HealthCriterion) -> CriterionOutcome {
        HealthCheck.evaluate(records, today: today).first { $0.criterion == criterion }!.outcome
    }

    var representative: PPGRecords.Likeness { .init(index: 12, whyUnknown: nil, underRepresented: []) }

    @Test func theWindowStartsOnTheSameDateAYearBeforeAndEndsToday() {
        var records = PPGRecords()
        records.likeness = representative
        // Four meetings, the oldest exactly a year ago: active.
        records.meetings = [day(2025, 11, 29), day(2026, 3, 1), day(2026, 6, 1), day(2026, 11, 29)].map { meeting($0) }
        #expect(outcome(records, .activeAndRepresentative) == .met)
        // The oldest one day earlier drops out: three meetings, not active; still representative.
        records.meetings[0] = meeting(day(2025, 11, 28))
        #expect(outcome(records, .activeAndRepresentative) == .partlyMet)
        // A meeting planned for tomorrow does not count either.
        records.meetings[0] = meeting(day(2026, 11, 30))
        #expect(outcome(records, .activeAndRepresentative) == .partlyMet)
    }

    @Test func activeNeedsFiveCoreMembersOnAverageAndRepresentativeNeedsALowIndex() {
        var records = PPGRecords()
        records.meetings = [4, 5, 5, 6].map { meeting(day(2026, $0, 1), core: 5) }
        records.likeness = .init(
            index: 40, whyUnknown: nil, underRepresented: ["Patients aged 25 to 34: 18% of the practice; 0 of 11 members"])
        let result = HealthCheck.evaluate(records, today: today)[0]
        #expect(result.outcome == .partlyMet)
        #expect(result.evidence.contains { $0.contains("5.0 core members present on average") })
        #expect(result.evidence.contains("Under-represented: Patients aged 25 to 34: 18% of the practice; 0 of 11 members"))
        records.meetings = [4, 5, 5, 6].map { meeting(day(2026, $0, 1), core: $0 == 4 ? 4 : 5) }  // 4.75 on average
        #expect(outcome(records, .activeAndRepresentative) == .notMet)
        records.likeness = .init(index: nil, whyUnknown: "Fewer than 5 members answered.", underRepresented: [])
        #expect(
            HealthCheck.evaluate(records, today: today)[0].evidence.last
                == "Representativeness cannot be worked out: Fewer than 5 members answered.")
    }

    @Test func partnershipNeedsStaffAtMostMeetingsAndAnswersToActions() {
        var records = PPGRecords()
        #expect(outcome(records, .partnership) == .notMet)
        records.meetings = [meeting(day(2026, 2, 1)), meeting(day(2026, 5, 1)), meeting(day(2026, 8, 1), staff: false)]
        #expect(outcome(records, .partnership) == .met)  // 2 of 3, no actions
        records.actions = [
            .init(raisedOn: day(2026, 2, 1), status: .open, answered: false),
            .init(raisedOn: day(2026, 5, 1), status: .open, answered: false),
            .init(raisedOn: day(2026, 5, 1), status: .done, answered: true),
        ]
        #expect(outcome(records, .partnership) == .partlyMet)  // staff came, but one of three actions answered
        records.meetings = [meeting(day(2026, 2, 1)), meeting(day(2026, 8, 1), staff: false)]
        records.actions[0] = .init(raisedOn: day(2026, 2, 1), status: .done, answered: true)
        #expect(outcome(records, .partnership) == .partlyMet)  // staff at 1 of 2 is not most; actions answered
    }

    @Test func thePCNCountsARepresentativeAtAMeetingOrThePPGAtAPCNMeetingWithinTheYear() {
        var records = PPGRecords()
        records.meetings = [meeting(day(2025, 11, 28), pcn: true)]
        #expect(outcome(records, .primaryCareNetwork) == .notMet)
        records.meetings = [meeting(day(2025, 11, 29), pcn: true)]
        #expect(outcome(records, .primaryCareNetwork) == .met)
        records.meetings = [meeting(day(2026, 11, 29), kind: .pcnMeeting)]
        let result = HealthCheck.evaluate(records, today: today)[2]
        #expect(result.outcome == .met)
        #expect(result.evidence == ["The PPG was represented at 1 PCN meeting, the last on 29 November 2026"])
    }

    @Test func improvementsAreChangesMadeInTheYearOrPartlyMetWhenOnlyUnderWay() {
        var records = PPGRecords()
        #expect(outcome(records, .improvements) == .notMet)
        records.changesUnderWay = 2
        #expect(outcome(records, .improvements) == .partlyMet)
        records.improvements = [.init(title: "Online booking opens at 7am", implementedOn: day(2025, 11, 28))]
        #expect(outcome(records, .improvements) == .partlyMet)
        records.improvements.append(.init(title: "A hearing loop at reception", implementedOn: day(2025, 11, 29)))
        let result = HealthCheck.evaluate(records, today: today)[3]
        #expect(result.outcome == .met)
        #expect(result.evidence.first == "A hearing loop at reception (made 29 November 2025)")
    }

    @Test func quartersAreCalendarQuarters() {
        #expect(HealthCheck.quarter(of: day(2026, 3, 31)) == "2026-1")
        #expect(HealthCheck.quarter(of: day(2026, 10, 1)) == "2026-4")
        #expect(HealthCheck.quarterLabel("2026-4") == "October to December 2026")
    }
}
