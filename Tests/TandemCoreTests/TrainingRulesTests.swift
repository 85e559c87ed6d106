import Foundation
import TandemCore
import Testing

@Suite struct WorkingDaysTests {
    private func day(_ text: String) -> Date {
        let parts = text.split(separator: "-").map { Int($0)! }
        return Calendar.utc.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))!
    }

    private func holidays(_ year: Int) -> [String] {
        BankHolidays.england(year).map {
            let c = Calendar.utc.dateComponents([.year, .month, .day], from: $0)
            return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
        }
    }

    @Test func easterSundayMatchesThePublishedDates() {
        let published = [
            2019: "2019-04-21", 2024: "2024-03-31", 2025: "2025-04-20", 2026: "2026-04-05", 2027: "2027-03-28",
            2038: "2038-04-25", 2285: "2285-03-22", 1818: "1818-03-22",
        ]
        for (year, date) in published { #expect(BankHolidays.easterSunday(year) == day(date), "\(year)") }
    }

    @Test func aYearWithEveryHolidayOnAWeekday() {
        #expect(
            holidays(2025) == [
                "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25",
                "2025-12-26",
            ])
    }

    @Test func christmasAndBoxingDayAtTheWeekendMoveToMondayAndTuesday() {
        // 2021 and 2027: Christmas on a Saturday, Boxing Day on a Sunday.
        #expect(holidays(2021).suffix(2) == ["2021-12-27", "2021-12-28"])
        #expect(holidays(2027).suffix(2) == ["2027-12-27", "2027-12-28"])
        // 2022: Christmas on a Sunday, Boxing Day on the Monday, so Christmas moves to Tuesday.
        #expect(holidays(2022).suffix(2) == ["2022-12-26", "2022-12-27"])
        // 2026: Boxing Day on a Saturday moves to Monday 28.
        #expect(holidays(2026).suffix(2) == ["2026-12-25", "2026-12-28"])
    }

    @Test func newYearAtTheWeekendMovesToMonday() {
        #expect(holidays(2022).first == "2022-01-03")  // a Saturday
        #expect(holidays(2023).first == "2023-01-02")  // a Sunday
        #expect(holidays(2028).first == "2028-01-03")  // a Saturday
    }

    @Test func proclaimedChangesForParticularYears() {
        #expect(
            holidays(2022) == [
                "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29",
                "2022-09-19", "2022-12-26", "2022-12-27",
            ])
        #expect(holidays(2020).contains("2020-05-08") && !holidays(2020).contains("2020-05-04"))
        #expect(holidays(2023).contains("2023-05-08") && holidays(2023).count == 9)
    }

    @Test func countingWorkingDaysSkipsWeekendsAndBankHolidays() {
        // Ten working days from Friday 6 November 2026: Friday 20 November.
        #expect(WorkingDays.adding(10, to: day("2026-11-06")) == day("2026-11-20"))
        // From Wednesday 23 December 2026 over Christmas (25 and 28 are holidays): 5 working days is 4 January 2027
        // (24, 29, 30, 31 December; New Year's Day is a holiday; then Monday 4 January).
        #expect(WorkingDays.adding(5, to: day("2026-12-23")) == day("2027-01-04"))
        // Over Christmas 2021 (27 and 28 are the substitute days) and New Year 2022 (3 January).
        #expect(WorkingDays.adding(3, to: day("2021-12-23")) == day("2021-12-30"))
        #expect(WorkingDays.adding(2, to: day("2021-12-30")) == day("2022-01-04"))
        #expect(WorkingDays.between(day("2026-11-06"), day("2026-11-20")) == 10)
        #expect(WorkingDays.between(day("2026-11-20"), day("2026-11-06")) == 0)
        #expect(!WorkingDays.isWorkingDay(day("2027-03-26")))  // Good Friday
        #expect(WorkingDays.isWorkingDay(day("2027-03-25")))
    }
}

@Suite struct CompletionRuleTests {
    @Test func theRuleIsDecidedPerProgrammeWithinItsSessions() {
        #expect(CompletionRule.make(sessionsRequired: 5, of: 6) == .success(CompletionRule(sessionsRequired: 5)))
        #expect(CompletionRule.make(sessionsRequired: 0, of: 6) == .failure(.outOfRange(sessions: 6)))
        #expect(CompletionRule.make(sessionsRequired: 7, of: 6) == .failure(.outOfRange(sessions: 6)))
        #expect(CompletionRule.make(sessionsRequired: 1, of: 0) == .failure(.noSessions))
        #expect(CompletionRule(sessionsRequired: 5).description(of: 6) == "5 of 6 sessions")
    }

    @Test func completingNeedsEnoughSessionsAttended() {
        let rule = CompletionRule(sessionsRequired: 5)
        #expect(rule.isCompleted(attended: 5) && rule.isCompleted(attended: 6))
        #expect(!rule.isCompleted(attended: 4))
        #expect(rule.canStillComplete(attended: 3, sessionsLeft: 2))
        #expect(!rule.canStillComplete(attended: 2, sessionsLeft: 2))
        #expect(rule.checkCertificate(name: "Ann", attended: 5) == nil)
        #expect(
            rule.checkCertificate(name: "Ann", attended: 4)?.message
                == "Ann attended 4 of the 5 sessions needed, so has not completed and cannot have a certificate")
    }

    @Test func aSessionMustFallWithinTheCohortsDays() {
        let first = Calendar.utc.date(from: DateComponents(year: 2027, month: 3, day: 1))!
        let last = Calendar.utc.date(from: DateComponents(year: 2027, month: 3, day: 31))!
        let inside = try! UKTime.instant(year: 2027, month: 3, day: 31, hour: 23, minute: 30).get()
        let outside = try! UKTime.instant(year: 2027, month: 4, day: 1, hour: 0, minute: 30).get()
        // 00:30 on 1 April in BST is still 31 March in UTC, but the UK day is what counts.
        #expect(CohortRules.check(sessionStart: inside, first: first, last: last) == nil)
        #expect(CohortRules.check(sessionStart: outside, first: first, last: last) != nil)
        #expect(CohortRules.check(first: last, last: first) == .endsBeforeStart)
        #expect(CohortRules.followUps(after: last).map(\.months) == [3, 6])
    }

    @Test func teamsBringLivedExperience() {
        #expect(!TeamRules.meetsLivedExperienceRule([.staff, .staff]))
        #expect(TeamRules.meetsLivedExperienceRule([.staff, .communityMember]))
    }

    @Test func aProjectsPlaceOnTheLadderIsItsMiddleLevel() {
        #expect(InvolvementLadder.level(of: [:]) == nil)
        #expect(
            InvolvementLadder.level(of: [.designing: .coProduce, .gatheringEvidence: .consult, .reviewing: .involve])
                == .involve)
        #expect(InvolvementLadder.level(of: [.designing: .coProduce, .gatheringEvidence: .inform]) == .inform)
        #expect(InvolvementLadder.move(from: .consult, to: .involve) == .up)
        #expect(InvolvementLadder.move(from: .involve, to: .involve) == .same)
        #expect(InvolvementLadder.move(from: nil, to: .involve) == .unknown)
        let jan = Date(timeIntervalSince1970: 0), feb = Date(timeIntervalSince1970: 86_400 * 31)
        let history = [(on: jan, level: InvolvementLevel.consult), (on: feb, level: .coProduce)]
        #expect(InvolvementLadder.level(on: jan.addingTimeInterval(86_400), history: history) == .consult)
        #expect(InvolvementLadder.level(on: feb, history: history) == .coProduce)
        #expect(InvolvementLadder.level(on: jan.addingTimeInterval(-1), history: history) == nil)
    }

    @Test func ratingsAreAveragedOnlyFromFiveAnswers() {
        #expect(RatingSummary([5, 4, 4]).average == nil)
        #expect(RatingSummary([5, 4, 4]).text == "Fewer than 5 answers")
        #expect(RatingSummary([5, 4, 4, 3, 5]).text == "4.2 out of 5 (5 answers)")
        #expect(RatingSummary([]).text == "No answers yet")
    }
}

@Suite struct TrainingAccessTests {
    let organisation = UUID(), trainer = UUID(), member = UUID()
    var programme: ProgrammeRef { ProgrammeRef(id: UUID(), organisationID: organisation, trainers: [trainer]) }
    var cohort: CohortRef { CohortRef(id: UUID(), programme: programme, teamMembers: [member]) }

    @Test func trainersRunTheirCohortsAndTeamMembersSeeOnlyTheirs() {
        let patientTrainer = Viewer(role: .partner, personID: trainer, organisationID: nil)
        let teamMember = Viewer(role: .partner, personID: member, organisationID: nil)
        let staffElsewhere = Viewer(role: .staff, personID: UUID(), organisationID: UUID())
        let staffHere = Viewer(role: .staff, personID: UUID(), organisationID: organisation)
        #expect(AccessPolicy.allows(patientTrainer, .viewProgramme(programme)))
        #expect(AccessPolicy.allows(patientTrainer, .runCohort(cohort)))
        #expect(AccessPolicy.allows(teamMember, .viewCohort(cohort)))
        #expect(!AccessPolicy.allows(teamMember, .runCohort(cohort)))
        #expect(!AccessPolicy.allows(teamMember, .viewProgramme(programme)))
        let otherCohort = CohortRef(id: UUID(), programme: programme, teamMembers: [UUID()])
        #expect(!AccessPolicy.allows(teamMember, .viewCohort(otherCohort)))
        #expect(!AccessPolicy.allows(staffElsewhere, .viewCohort(cohort)))
        #expect(AccessPolicy.allows(staffHere, .viewCohort(cohort)))
        #expect(!AccessPolicy.allows(staffHere, .runCohort(cohort)))
        #expect(!AccessPolicy.allows(staffHere, .manageProgrammes))
        #expect(AccessPolicy.allows(Viewer(role: .coordinator, personID: UUID(), organisationID: nil), .manageProgrammes))
    }
}

@Suite struct TrainingCodebookTests {
    @Test func answersAreCountedUnderEachThemeTheyTouch() {
        let counts = TrainingCodebook.count([
            "I will involve patients as equal partners from the start",
            "Use plain English and no jargon",
            "I feel more confident and will reach out to community groups",
            "Nothing",
        ])
        let byTheme = Dictionary(uniqueKeysWithValues: counts.map { ($0.theme, $0.answers) })
        #expect(byTheme["Involving patients as equal partners"] == 1)
        #expect(byTheme["Plain language and communication"] == 1)
        #expect(byTheme["Confidence and skills"] == 1)
        #expect(byTheme["Reaching people who are seldom heard"] == 1)
        #expect(byTheme["Time, support and resources"] == 0)
    }
}

@Suite struct ReviewRulesTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> Date {
        Calendar.utc.date(from: DateComponents(year: y, month: m, day: d))!
    }

    @Test func aSubmissionAsksOneToThreeQuestions() {
        #expect(ReviewRules.questions(["", "  "]) == .failure(.noQuestions))
        #expect(ReviewRules.questions(["a", "b", "c", "d"]) == .failure(.tooManyQuestions))
        #expect(ReviewRules.questions([" Who is missing? ", ""]) == .success(["Who is missing?"]))
    }

    @Test func theChairsTriage() {
        #expect(ReviewRules.triage(from: .submitted, to: .accepted, reason: nil, hasMeeting: true) == nil)
        #expect(ReviewRules.triage(from: .submitted, to: .accepted, reason: nil, hasMeeting: false) == .meetingNeeded)
        #expect(ReviewRules.triage(from: .submitted, to: .declined, reason: " ", hasMeeting: false) == .reasonNeeded)
        #expect(
            ReviewRules.triage(
                from: .moreInformation, to: .declined, reason: "Not a patient experience project", hasMeeting: false) == nil)
        #expect(
            ReviewRules.triage(from: .feedbackAgreed, to: .accepted, reason: nil, hasMeeting: true)
                == .notAllowed(from: .feedbackAgreed, to: .accepted))
    }

    @Test func datesAreInWorkingDays() {
        // Submitted on Wednesday 23 December 2026: ten working days, over Christmas and New Year.
        #expect(ReviewRules.triageDue(submitted: day(2026, 12, 23)) == day(2027, 1, 11))
        // A meeting on Thursday 1 April 2027: the pack goes five working days before, skipping Easter Monday
        // (29 March) and Good Friday (26 March): Tuesday 23 March.
        #expect(ReviewRules.packDue(meeting: day(2027, 4, 1)) == day(2027, 3, 23))
        #expect(ReviewRules.followUps(after: day(2026, 11, 30)).map(\.due) == [day(2027, 2, 28), day(2027, 5, 30)])
    }

    @Test func influenceIsTheShareOfAnsweredPointsActedOn() {
        let influence = PanelInfluence(responses: [.acted, .willAct, .notActing, nil])
        #expect(influence.points == 4 && influence.answered == 3 && influence.actedOn == 2)
        #expect(influence.text == "2 of 3 answered points (67%)")
        #expect(PanelInfluence(responses: []).text == "No points agreed yet")
    }

    @Test func panelMembersSeeTheirPanelsReviewsAndNoOthers() {
        let chair = UUID(), member = UUID(), lead = UUID()
        let panel = PanelRef(id: UUID(), organisationID: UUID(), members: [member], chairs: [chair])
        let review = ReviewRef(id: UUID(), panel: panel, leadID: lead)
        let other = ReviewRef(
            id: UUID(), panel: PanelRef(id: UUID(), organisationID: UUID(), members: [UUID()], chairs: []), leadID: UUID())
        let asMember = Viewer(role: .partner, personID: member, organisationID: nil)
        let asChair = Viewer(role: .partner, personID: chair, organisationID: nil)
        let asLead = Viewer(role: .staff, personID: lead, organisationID: UUID())
        #expect(AccessPolicy.allows(asMember, .viewReview(review)) && !AccessPolicy.allows(asMember, .viewReview(other)))
        #expect(
            AccessPolicy.allows(asMember, .giveReviewFeedback(review)) && !AccessPolicy.allows(asMember, .chairReview(review)))
        #expect(AccessPolicy.allows(asChair, .chairReview(review)) && AccessPolicy.allows(asChair, .giveReviewFeedback(review)))
        #expect(AccessPolicy.allows(asLead, .answerReview(review)) && !AccessPolicy.allows(asLead, .giveReviewFeedback(review)))
        #expect(!AccessPolicy.allows(asLead, .viewReview(other)) && !AccessPolicy.allows(asLead, .workOnPanel(panel)))
        #expect(AccessPolicy.allows(asLead, .submitToPanel(panel)))
        #expect(!AccessPolicy.allows(asMember, .viewPanel(other.panel)))
    }
}

@Suite struct CoProductionProfileTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> Date {
        Calendar.utc.date(from: DateComponents(year: y, month: m, day: d))!
    }

    @Test func eachQuarterCountsProjectsAtTheLevelTheyHeldAtItsEnd() {
        let histories: [[(on: Date, level: InvolvementLevel)]] = [
            [(day(2026, 2, 1), .consult), (day(2026, 8, 15), .coProduce)],
            [(day(2026, 5, 1), .inform)],
            [(day(2026, 12, 1), .involve)],  // after today: not yet counted
        ]
        let quarters = CoProductionProfile.quarters(histories, count: 4, today: day(2026, 11, 29))
        #expect(quarters.map(\.key) == ["2026-1", "2026-2", "2026-3", "2026-4"])
        #expect(quarters[0].counts == [.consult: 1])
        #expect(quarters[1].counts == [.consult: 1, .inform: 1])
        #expect(quarters[2].counts == [.coProduce: 1, .inform: 1])
        #expect(quarters[3].counts == [.coProduce: 1, .inform: 1] && quarters[3].total == 2)
    }
}
