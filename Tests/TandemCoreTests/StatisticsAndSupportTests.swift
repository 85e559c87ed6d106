import Foundation
import TandemCore
import Testing

@Suite("Disclosure control, pagination and the seeded generator")
struct StatisticsAndSupportTests {
    @Test func smallCountsAreHiddenAndAZeroBesideThemIsWithheld() {
        // The 7 is withheld so the 3 cannot be worked out from the total, and the 0 beside
        // them too: it would narrow down who they are. Neither is "fewer than 5".
        #expect(
            DisclosureControl.protect([12, 3, 20, 0, 7]).map(\.display)
                == ["12", "fewer than 5", "20", "withheld*", "withheld*"])
        #expect(DisclosureControl.protect([1_204, 3, 2]).first?.display == "1,204")
    }

    @Test func aSingleSmallCountIsProtectedByWithholdingTheNextSmallestNotCallingItSmall() {
        // Hiding only the 3 would let it be worked out from the total of 88; the 48 hidden
        // to protect it is not "fewer than 5", and says so.
        let cells = DisclosureControl.protect([48, 3, 36, 120])
        #expect(cells == [.count(48), .small, .withheld, .count(120)])
        #expect(cells.map(\.display) == ["48", "fewer than 5", "withheld*", "120"])
        #expect(DisclosureControl.needsWithheldNote(cells))
        #expect(!DisclosureControl.needsWithheldNote(DisclosureControl.protect([3, 2, 40])))
    }

    @Test func aTinyTotalHidesEverythingAsSmallWithNoZeroBesideIt() {
        #expect(DisclosureControl.protect([2, 1, 0]) == [.small, .small, .withheld])
        #expect(DisclosureControl.protectBreakdown([2, 1, 0]) == [.small, .small, .withheld])
    }

    @Test func aFewAnswersAllInOneGroupHideTheWholeBreakdown() {
        // Three people all answered "Asian or Asian British": "fewer than 5" there and 0
        // everywhere else would tell everyone what each of them answered.
        let cells = DisclosureControl.protectBreakdown([0, 3, 0, 0, 0])
        #expect(cells.allSatisfy { $0.isHidden })
        #expect(cells == [.withheld, .small, .withheld, .withheld, .withheld])
    }

    @Test func everyoneInOneGroupWithholdsTheWholeBreakdownEvenWhenMany() {
        // Twelve in one group is not "fewer than 5": it is withheld.
        #expect(DisclosureControl.protectBreakdown([0, 12, 0]) == [.withheld, .withheld, .withheld])
        #expect(DisclosureControl.hidesWholeBreakdown([0, 12, 0]))
    }

    @Test func aTotalUnderFiveHidesTheWholeBreakdown() {
        #expect(DisclosureControl.protectBreakdown([1, 1, 2, 0]) == [.small, .small, .small, .withheld])
    }

    @Test func aBreakdownWithTwoLargeGroupsIsShownAndNothingIsHiddenWithoutCause() {
        #expect(DisclosureControl.protectBreakdown([6, 0, 9]) == [.count(6), .count(0), .count(9)])
        #expect(DisclosureControl.protectBreakdown([0, 0, 0]) == [.count(0), .count(0), .count(0)])
    }

    @Test func noSuppressionWhenAllCountsAreLarge() {
        #expect(DisclosureControl.protect([5, 9, 12]) == [.count(5), .count(9), .count(12)])
    }

    @Test func paginationClampsAndCounts() {
        let page = Pagination(page: 3, perPage: 25, totalItems: 60)
        #expect(page.offset == 50 && page.pageCount == 3 && !page.hasNext && page.hasPrevious)
        #expect(page.firstItemNumber == 51 && page.lastItemNumber == 60)
        #expect(Pagination(page: 99, perPage: 25, totalItems: 60).page == 3)
        #expect(Pagination(page: -2, perPage: 25, totalItems: 0).page == 1)
        #expect(Pagination(page: Int.max, perPage: 25, totalItems: 60).offset == 50)
    }

    @Test func seededGeneratorRepeats() {
        var a = SeededGenerator(seed: 42), b = SeededGenerator(seed: 42)
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
    }
}

@Suite("Numbers and paths from requests")
struct RequestInputRulesTests {
    @Test(arguments: [
        ("9223372036854775807", Pagination.largestPage), ("99999999999999999999999", Pagination.largestPage),
        ("-1", 1), ("0", 1), ("3", 3), ("-9223372036854775808", 1),
    ])
    func pageNumbersAreClampedBeforeArithmetic(raw: String, expected: Int) {
        #expect(Pagination.requestedPage(raw) == expected)
    }

    @Test(arguments: ["1e99", "abc", "", "1.5", "٣", "+3", " 3", "0x10"])
    func pageNumbersThatAreNotWholeNumbersMeanTheFirstPage(raw: String) {
        #expect(Pagination.requestedPage(raw) == nil)
        #expect(Pagination(page: Pagination.requestedPage(raw), totalItems: 100).page == 1)
    }

    @Test func wholeNumbersAreReadWithinTheirRange() {
        #expect(NumberField.wholeNumber("1,250", in: 1...10_000) == 1250)
        #expect(NumberField.wholeNumber("9223372036854775807", in: 1...10_000) == nil)
        #expect(NumberField.wholeNumber("99999999999999999999", in: 1...10_000) == nil)
        #expect(NumberField.wholeNumber("-1", in: 0...10) == nil)
        #expect(NumberField.wholeNumber("1e3", in: 0...10_000) == nil)
    }

    @Test func measuredValuesAreFiniteAndBounded() {
        #expect(NumberField.measureValue("95%") == 95)
        #expect(NumberField.measureValue("-4.5") == -4.5)
        #expect(NumberField.measureValue("1e99") == nil)
        #expect(NumberField.measureValue("1e308") == nil)
        #expect(NumberField.measureValue("inf") == nil)
        #expect(NumberField.measureValue("nan") == nil)
        #expect(NumberField.measureValue("1e12") == 1e12)
    }

    @Test(arguments: [
        "/\t/evil.example", "/\n/evil.example", "//evil.example", "/\\evil.example", "https://evil.example",
        "/ /evil.example", "/\u{0B}/evil.example", "/\u{00A0}/evil.example", "\t/people", "people", "/people\\x",
        "javascript:alert(1)", "/\u{200B}/evil.example", "/\u{7F}x", "",
    ])
    func signInNeverSendsPeopleToAnotherSite(raw: String) {
        #expect(LocalPath.safe(raw) == nil)
    }

    @Test(arguments: ["/", "/people", "/projects/0b5e?page=2&q=waiting%20times", "/evidence#top"])
    func localPathsAreKept(raw: String) {
        #expect(LocalPath.safe(raw) == raw)
    }
}

@Suite("Shares of a whole")
struct ShareTests {
    @Test func aThemesShareIsOfTheCommentsCodedNotOfTheBars() {
        // 55 comments with "Waiting and delays" among 207 coded: 27%, whatever the other bars hold.
        #expect(Share.percent(55, of: 207) == "27%")
        #expect(Share.percent(0, of: 207) == "0%")
        #expect(Share.percent(1, of: 1_000) == "less than 1%")
        #expect(Share.percent(3, of: 0) == "-")
        #expect(Share.percent(207, of: 207) == "100%")
    }
}

@Suite("The Friends and Family Test score")
struct FriendsAndFamilyScoreTests {
    @Test func positiveAndNegativeAreSharesOfEveryAnswer() {
        let score = FriendsAndFamilyTest.score([
            "Very good": 120, "Good": 45, "Neither good nor poor": 15, "Poor": 10, "Very poor": 6, "Don't know": 4,
        ])
        #expect(score.answers == 200 && score.positive == 165 && score.negative == 16)
        #expect(score.positiveShare == "83%" && score.negativeShare == "8%")
        #expect(FriendsAndFamilyTest.score([:]).positiveShare == "-")
    }
}

@Suite("Survey rules")
struct SurveyRulesTests {
    @Test func aSurveySaysWhatStopsItOpeningBeforeAnyoneTries() {
        let today = CalendarDate.startOfDay(Date())
        #expect(
            SurveyRules.openingProblems(questions: 0, closesOn: nil, today: today) == [
                "Add at least one question", "Set a closing date (change the survey's details)",
            ])
        #expect(
            SurveyRules.openingProblems(questions: 3, closesOn: today.addingTimeInterval(-86_400), today: today) == [
                "The closing date has passed: set a later one"
            ])
        #expect(SurveyRules.openingProblems(questions: 3, closesOn: today, today: today).isEmpty)
    }

    @Test func questionsDoNotChangeWhilePeopleMayBeAnswering() {
        #expect(SurveyRules.questionsCanChange(isOpen: false, responses: 0))
        #expect(!SurveyRules.questionsCanChange(isOpen: true, responses: 0))
        #expect(!SurveyRules.questionsCanChange(isOpen: false, responses: 4))
        #expect(SurveyRules.whyQuestionsCannotChange(isOpen: true, responses: 0)?.contains("Close it first") == true)
    }
}
