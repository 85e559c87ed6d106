import Foundation
import TandemCore
import Testing

@Suite struct PaymentCalculationTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> Date {
        Calendar.utc.date(from: DateComponents(year: y, month: m, day: d))!
    }

    private let card = RateCard.examples

    private func pay(
        _ hours: Double, _ preparation: Double = 0, _ level: ActivityLevel = .standard, on: Date? = nil,
        choice: PaymentChoice = .paid
    ) -> Pence? {
        try? PaymentCalculation.time(
            hours: hours, preparation: preparation, level: level, on: on ?? day(2025, 6, 1), card: card, choice: choice
        ).get()
    }

    @Test func moneyIsWrittenAndReadInPoundsAndPence() {
        #expect(Pence(1_150).text == "£11.50" && Pence(123_405).text == "£1,234.05" && Pence(5).text == "£0.05")
        #expect(
            Pence.parse("11.50") == Pence(1_150) && Pence.parse("£1,234.5") == Pence(123_450) && Pence.parse("11") == Pence(1_100)
        )
        #expect(Pence.parse("abc") == nil && Pence.parse("1.234") == nil && Pence.parse("-1") == nil && Pence.parse("") == nil)
        #expect(Pence(1_150).times(2.5) == Pence(2_875) && Pence(45).times(0.5) == Pence(23))
    }

    @Test func timeIsPaidByTheHourUpToTheSessionRates() {
        #expect(pay(2) == Pence(2_300))  // 2 hours at £11.50
        #expect(pay(2, 1) == Pence(3_450))  // preparation is paid as time
        #expect(pay(3.5) == Pence(4_000))  // £40.25 by the hour, capped at the half day's £40
        #expect(pay(6) == Pence(6_900))  // over 4 hours: £69 by the hour, under the day's £75
        #expect(pay(7) == Pence(7_500))  // £80.50 by the hour, capped at the day rate
        #expect(pay(2, 0, .enhanced) == Pence(3_000))
    }

    @Test func aRiseAppliesFromItsDayAndNotBefore() {
        #expect(pay(2, 0, .enhanced, on: day(2025, 12, 15)) == Pence(3_000))
        #expect(pay(2, 0, .enhanced, on: day(2025, 12, 16)) == Pence(3_300))
        #expect(pay(2, 0, .standard, on: day(2026, 3, 1)) == Pence(2_530))
        #expect(
            (try? PaymentCalculation.time(hours: 1, preparation: 0, level: .standard, on: day(2024, 3, 31), card: card).get())
                == nil)
    }

    @Test func peopleChooseToBePaidLessOrNothing() {
        #expect(pay(2, choice: .lowerRate(Pence(1_000))) == Pence(2_000))
        #expect(pay(2, choice: .lowerRate(Pence(2_000))) == Pence(2_300))  // never more than the rate
        #expect(pay(2, choice: .volunteer) == .zero && pay(2, choice: .donate) == .zero)
    }

    @Test func mileageUsesHMRCRatesAndTheTaxYearThreshold() {
        func miles(_ miles: Double, _ vehicle: Vehicle, already: Double = 0) -> Pence? {
            try? PaymentCalculation.mileage(
                miles: miles, vehicle: vehicle, alreadyThisTaxYear: already, on: day(2026, 5, 1), card: card
            )
            .get()
        }
        #expect(miles(30, .car) == Pence(1_350))
        #expect(miles(100, .car, already: 9_950) == Pence(3_500))  // 50 at 45p, 50 at 25p
        #expect(miles(40, .car, already: 12_000) == Pence(1_000))
        #expect(miles(10, .motorcycle) == Pence(240) && miles(3.5, .bicycle) == Pence(70))
        #expect(
            PaymentCalculation.taxYear(of: day(2026, 4, 5)) == 2025 && PaymentCalculation.taxYear(of: day(2026, 4, 6)) == 2026)
    }

    @Test func aLimitSomeoneSetWarnsBeforeApprovalTakesThemOverIt() {
        #expect(
            PaymentCalculation.limitWarning(limit: Pence(10_000), alreadyPaid: Pence(8_000), claim: Pence(3_000))
                == "Approving this claim would take them to £110.00, over the £100.00 they set for this period. Ask them before approving."
        )
        #expect(PaymentCalculation.limitWarning(limit: Pence(10_000), alreadyPaid: Pence(8_000), claim: Pence(2_000)) == nil)
    }
}

@Suite struct OpportunityRankingTests {
    private let today = Date(timeIntervalSince1970: 1_800_000_000)
    private let needs = OpportunityRanking.Needs(
        experience: ["Caring for a parent", "Young carer"], skills: ["Facilitation"], accessMet: ["Hearing loop"],
        wantsToReach: ["young carers"])

    private func person(
        _ experience: Set<String> = [], skills: Set<String> = [], access: Set<String> = [],
        availability: OpportunityRanking.Availability = .unknown, last: Double? = 30, times: Int = 1,
        groups: Set<String>? = nil
    ) -> OpportunityRanking.Candidate {
        .init(
            id: UUID(), experience: experience, skills: skills, accessNeeds: access, availability: availability,
            lastInvolved: last.map { today.addingTimeInterval(-$0 * 86_400) }, timesThisYear: times, consentedGroups: groups)
    }

    @Test func aWorkedExampleScoresEachPartWithItsReason() {
        let ranked = OpportunityRanking.blind(
            [
                person(
                    ["Young carer"], skills: ["Facilitation"], access: ["Large print"], availability: .free, last: nil, times: 0)
            ],
            for: needs, today: today)[0]
        // 3 (experience) + 2 (skill) + 2 (free) - 2 (large print not offered) + 3 (a new voice) = 8.
        #expect(ranked.score == 8)
        #expect(
            ranked.reasons == [
                "Lived experience the opportunity wants: Young carer", "Skills it wants: Facilitation", "Free on the dates",
                "Needs Large print, not yet offered: arrange it or ask", "Not involved before: a new voice",
            ])
    }

    @Test func theBlindRankingNeverReadsEqualityAnswers() {
        let consented = person(["Young carer"], groups: ["young carers"])
        let other = person(["Young carer"])
        let blind = OpportunityRanking.blind([other, consented], for: needs, today: today)
        #expect(blind.map(\.score) == [3, 3] && blind.allSatisfy { !$0.reasons.contains { $0.contains("consent") } })
        // With reach, the consented person moves up with the reason; the other is unchanged.
        let reach = OpportunityRanking.withReach([other, consented], for: needs, today: today)
        #expect(reach[0].id == consented.id && reach[0].score == 6)
        #expect(reach[0].reasons.last == "From a group it wants to hear from (young carers), with their consent")
    }

    @Test func spreadingOpportunitiesBeyondTheSameFewPeople() {
        let busy = person(["Young carer"], last: 10, times: 6)
        let rested = person(["Young carer"], last: 200, times: 1)
        let ranked = OpportunityRanking.blind([busy, rested], for: needs, today: today)
        #expect(ranked.map(\.id) == [rested.id, busy.id])
        #expect(ranked[0].score == 5 && ranked[1].score == 1)
        #expect(ranked[1].reasons.contains("Already took part 6 times this year"))
        // On equal scores, whoever took part less this year comes first.
        let a = person(times: 3), b = person(times: 2)
        #expect(OpportunityRanking.blind([a, b], for: needs, today: today).map(\.id) == [b.id, a.id])
    }

    @Test func theRepresentationCheckCountsOnlyConsentedAnswers() {
        let shortlist = [person(groups: ["young carers"]), person(groups: []), person()]
        #expect(OpportunityRanking.representation(shortlist, needs: needs).map(\.reached) == [1])
        #expect(OpportunityRanking.representation([person()], needs: needs).map(\.reached) == [0])
    }

    /// Suggesting among many opportunities ranks exactly as scoring each one with its reasons does.
    @Test func suggestionsRankAsEachOpportunityScoresAlone() {
        var random = SeededGenerator(seed: 19)
        let tags = ["Young carer", "Diabetes", "Stroke", "Mental health", "Sight loss", "Chairing", "Data"]
        let person = person(
            ["Young carer", "Type 2 diabetes"], skills: ["Chairing meetings"], access: ["Hearing loop"], groups: ["young carers"])
        var options: [(id: UUID, needs: OpportunityRanking.Needs, closes: Date)] = []
        for index in 0..<300 {
            let experience = Set((0..<Int.random(in: 0...2, using: &random)).map { _ in tags.randomElement(using: &random)! })
            let skills = Set((0..<Int.random(in: 0...1, using: &random)).map { _ in tags.randomElement(using: &random)! })
            let needs = OpportunityRanking.Needs(
                experience: experience, skills: skills, accessMet: index % 2 == 0 ? ["Hearing loop"] : [],
                wantsToReach: index % 3 == 0 ? ["young carers"] : [])
            options.append((UUID(), needs, today.addingTimeInterval(Double(index % 17) * 86_400)))
        }
        let suggested = OpportunityRanking.suggest(for: person, among: options, today: today, limit: 10)
        let alone: [(closes: Date, ranked: OpportunityRanking.Ranked)] = options.map {
            ($0.closes, OpportunityRanking.withReach([person], for: $0.needs, today: today)[0])
        }
        let expected = alone.sorted { ($0.ranked.score, $1.closes) > ($1.ranked.score, $0.closes) }.prefix(10)
        #expect(suggested.map { $0.ranked.score } == expected.map { $0.ranked.score })
        #expect(suggested.map { $0.ranked.reasons } == expected.map { $0.ranked.reasons })
        // Those the person already answered are left out, and the next best take their places.
        let answered = Set(suggested.prefix(3).map(\.id))
        let without = OpportunityRanking.suggest(for: person, among: options, excluding: answered, today: today, limit: 10)
        #expect(
            without.map(\.id)
                == Array(
                    alone.indices.filter { !answered.contains(options[$0].id) }
                        .sorted {
                            (alone[$0].ranked.score, alone[$1].closes, $1) > (alone[$1].ranked.score, alone[$0].closes, $0)
                        }
                        .prefix(10).map { options[$0].id }))
        #expect(OpportunityRanking.suggest(for: person, among: options, today: today, limit: 0).isEmpty)
        #expect(OpportunityRanking.suggest(for: person, among: Array(options.prefix(4)), today: today, limit: 10).count == 4)
    }

    /// Writing reasons only for the page shown keeps the blind ranking's order and scores.
    @Test func theBlindRankingExplainsOnlyThePageShownAndRanksTheSame() {
        var random = SeededGenerator(seed: 23)
        let tags = ["Young carer", "Diabetes", "Stroke", "Mental health", "Sight loss"]
        let needs = OpportunityRanking.Needs(
            experience: ["Diabetes", "Young carers"], skills: ["Chairing"], accessMet: ["Hearing loop"],
            wantsToReach: ["young carers"])
        let availabilities: [OpportunityRanking.Availability] = [.free, .partly, .notFree, .unknown]
        var people: [OpportunityRanking.Candidate] = []
        for index in 0..<200 {
            let count = Int.random(in: 0...2, using: &random)
            var experience: Set<String> = []
            for _ in 0..<count { experience.insert(tags.randomElement(using: &random)!) }
            let last: Date? = index % 3 == 0 ? nil : today.addingTimeInterval(-Double(index) * 3 * 86_400)
            let groups: Set<String>? = index % 2 == 0 ? ["young carers"] : nil
            people.append(
                OpportunityRanking.Candidate(
                    id: UUID(), experience: experience, skills: index % 4 == 0 ? ["Chairing meetings"] : [],
                    accessNeeds: index % 5 == 0 ? ["Hearing loop", "Large print"] : [], availability: availabilities[index % 4],
                    lastInvolved: last, timesThisYear: index % 6, consentedGroups: groups))
        }
        let whole = OpportunityRanking.blind(people, for: needs, today: today)
        let paged = OpportunityRanking.blind(people, for: needs, today: today, explaining: 25..<50)
        #expect(paged.map(\.id) == whole.map(\.id) && paged.map(\.score) == whole.map(\.score))
        #expect(Array(paged[25..<50]) == Array(whole[25..<50]))
        #expect(paged[0..<25].allSatisfy(\.reasons.isEmpty) && paged[50...].allSatisfy(\.reasons.isEmpty))
        #expect(whole[0..<25].contains { !$0.reasons.isEmpty })
    }

    @Test func tagsMatchByTheirWordsWhateverTheCaseOrPlural() {
        #expect(
            OpportunityRanking.matched(["diabetes", "Young carers", "Stroke"], by: ["Type 2 Diabetes", "young carer"]) == [
                "Young carers", "diabetes",
            ])
        #expect(OpportunityRanking.matched(["Carer"], by: ["Carer for her husband"]) == ["Carer"])
        #expect(OpportunityRanking.matched(["Mental health"], by: ["Health visiting"]).isEmpty)
        #expect(OpportunityRanking.matched(["Kidney dialysis"], by: ["Dialysis"]).isEmpty)
        #expect(OpportunityRanking.matched([""], by: ["Anything"]).isEmpty)
    }

    @Test func notBeingFreeWeighsAgainstButDoesNotExclude() {
        let ranked = OpportunityRanking.blind(
            [person(["Young carer", "Caring for a parent"], availability: .notFree)], for: needs, today: today)
        #expect(ranked.count == 1 && ranked[0].score == 1)  // 6 for experience, -5 not free
    }
}

@Suite struct ClaimRulesTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> Date {
        Calendar.utc.date(from: DateComponents(year: y, month: m, day: d))!
    }

    @Test func aTimeClaimIsForTheRecentPastAndAtMost24Hours() {
        let today = day(2026, 11, 29)
        #expect(
            ClaimRules.checkTime(day: day(2026, 11, 30), hours: 2, preparation: 0, today: today, maximumAgeDays: 90)
                == .futureDate)
        #expect(ClaimRules.checkTime(day: day(2026, 11, 29), hours: 2, preparation: 0, today: today, maximumAgeDays: 90) == nil)
        #expect(ClaimRules.checkTime(day: day(2026, 8, 31), hours: 2, preparation: 0, today: today, maximumAgeDays: 90) == nil)
        #expect(
            ClaimRules.checkTime(day: day(2026, 8, 30), hours: 2, preparation: 0, today: today, maximumAgeDays: 90)
                == .tooOld(days: 90))
        #expect(ClaimRules.checkTime(day: today, hours: 20, preparation: 5, today: today, maximumAgeDays: 90) == .tooManyHours)
    }

    @Test func expensesNeedTheirMilesOrAmountAndReceipt() {
        #expect(ClaimRules.checkExpense(kind: .mileage, miles: nil, amount: nil, receiptName: nil) == .milesNeeded)
        #expect(ClaimRules.checkExpense(kind: .mileage, miles: 12, amount: nil, receiptName: nil) == nil)
        #expect(ClaimRules.checkExpense(kind: .parking, miles: nil, amount: nil, receiptName: "a.jpg") == .amountNeeded)
        #expect(
            ClaimRules.checkExpense(kind: .parking, miles: nil, amount: Pence(450), receiptName: nil) == .receiptNeeded(.parking))
        #expect(ClaimRules.checkExpense(kind: .fare, miles: nil, amount: Pence(450), receiptName: "ticket.html") == .receiptType)
        #expect(ClaimRules.checkExpense(kind: .care, miles: nil, amount: Pence(2_000), receiptName: "Receipt.PDF") == nil)
    }

    @Test func approvalMovesTheClaimOnAndNeverByTheClaimant() {
        let person = UUID(), approver = UUID()
        func move(
            _ from: ClaimStatus, _ to: ClaimStatus, by: UUID, reason: String? = nil, staff: Bool = false, declared: Bool = false
        )
            -> ClaimRules.Problem?
        {
            ClaimRules.check(
                from: from, to: to, claimant: person, approver: by, reason: reason, isPublicBodyStaff: staff,
                declaredOutsideWork: declared)
        }
        #expect(move(.submitted, .approved, by: approver) == nil)
        #expect(move(.submitted, .approved, by: person) == .ownClaim)
        #expect(move(.approved, .approved, by: approver) == .notAllowed(from: .approved, to: .approved))
        #expect(move(.submitted, .queried, by: approver, reason: " ") == .reasonNeeded)
        #expect(move(.submitted, .queried, by: approver, reason: "Which meeting?") == nil)
        #expect(move(.queried, .submitted, by: person) == nil)
        #expect(move(.submitted, .approved, by: approver, staff: true) == .notOutsideWork)
        #expect(move(.submitted, .approved, by: approver, staff: true, declared: true) == nil)
        #expect(move(.paid, .approved, by: approver) == .notAllowed(from: .paid, to: .approved))
    }
}
