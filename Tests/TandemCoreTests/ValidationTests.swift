import Foundation
import TandemCore
import Testing

@Suite("Field rules")
struct ValidationTests {
    @Test(arguments: [("rx1", "RX1"), (" Y01234 ", "Y01234"), ("QM7", "QM7"), ("ZZ0001", "ZZ0001")])
    func odsCodesAreAcceptedAndCapitalised(input: String, expected: String) throws {
        #expect(try ODSCode.check(input).get() == expected)
    }

    @Test(arguments: ["R1", "ABCDEFG", "RX-1", "R X1", "RÖ1", ""])
    func malformedODSCodesAreRefused(input: String) {
        #expect(throws: FieldProblem.self) { try ODSCode.check(input).get() }
    }

    @Test(arguments: [("Name@Example.org", "name@example.org"), ("a.b+c@nhs.net", "a.b+c@nhs.net")])
    func emailsAreNormalised(input: String, expected: String) throws {
        #expect(try EmailAddress.check(input).get() == expected)
    }

    @Test(arguments: ["name", "name@", "@example.org", "name@example", "na me@example.org", "a@b@c.org", "name@-x.org"])
    func malformedEmailsAreRefused(input: String) {
        #expect(throws: FieldProblem.self) { try EmailAddress.check(input).get() }
    }

    @Test(arguments: [
        ("01632 960 001", "01632 960001"), ("+44 (0)7700 900123", "07700 900123"), ("020-7946-0000", "020 7946 0000"),
        ("0044 7700 900982", "07700 900982"),
    ])
    func ukPhoneNumbersAreAcceptedAndFormatted(input: String, expected: String) throws {
        #expect(try UKPhoneNumber.check(input).get() == expected)
    }

    @Test(arguments: ["12345", "07700 90012", "+1 212 555 0100", "0800 CALL NOW", "06123 456789"])
    func nonUKPhoneNumbersAreRefused(input: String) {
        #expect(throws: FieldProblem.self) { try UKPhoneNumber.check(input).get() }
    }

    @Test(arguments: [("sg1", "SG1"), ("SW1A", "SW1A"), ("M1", "M1"), ("B33", "B33"), ("EC1A", "EC1A"), ("cr2", "CR2")])
    func postcodeDistrictsAreAccepted(input: String, expected: String) throws {
        #expect(try PostcodeDistrict.check(input).get() == expected)
    }

    @Test(arguments: ["SG1 2AB", "1SG", "S", "SGG1", "SG", "SW1AA"])
    func fullPostcodesAndNonsenseAreRefused(input: String) {
        #expect(throws: FieldProblem.self) { try PostcodeDistrict.check(input).get() }
    }

    @Test func passwordsNeedTwelveCharactersAndAllowPassphrases() {
        #expect(PasswordRule.problem(with: "short") != nil)
        #expect(PasswordRule.problem(with: "twelve chars") == nil)
        #expect(PasswordRule.problem(with: String(repeating: "a", count: 128)) == nil)
        #expect(PasswordRule.problem(with: String(repeating: "a", count: 129)) != nil)
    }

    @Test func datesSayWhichPartIsMissingOrWhetherTheDateIsReal() {
        #expect(CalendarDate.parse(day: "", month: "", year: "", fieldName: "Start date").failure?.message == "Enter start date")
        #expect(
            CalendarDate.parse(day: "1", month: "", year: "2026", fieldName: "Start date").failure?.message
                == "Start date must include a month")
        #expect(
            CalendarDate.parse(day: "31", month: "2", year: "2026", fieldName: "Start date").failure?.message
                == "Start date must be a real date")
        #expect(
            CalendarDate.parse(day: "1", month: "2", year: "26", fieldName: "Start date").failure?.message
                == "Year must include 4 numbers")
        let date = try? CalendarDate.parse(day: "29", month: "2", year: "2028", fieldName: "Start date").get()
        #expect(date.map(CalendarDate.long) == "29 February 2028")
    }

    @Test func commaSeparatedListsDropBlanksAndRepeats() {
        #expect(" stroke, , Stroke,carer ,".commaSeparatedList == ["stroke", "carer"])
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

@Suite("Calendar arithmetic")
struct CalendarArithmeticTests {
    @Test func daysMatchFoundationsCalendarOverFourCenturies() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var day = calendar.date(from: DateComponents(year: 1850, month: 1, day: 1))!
        let end = calendar.date(from: DateComponents(year: 2250, month: 12, day: 31))!
        while day <= end {
            let expected = calendar.dateComponents([.year, .month, .day], from: day)
            let (year, month, dayOfMonth) = CalendarDate.civil(day.addingTimeInterval(43_200))
            #expect(year == expected.year && month == expected.month && dayOfMonth == expected.day)
            #expect(CalendarDate.date(year: year, month: month, day: dayOfMonth) == day)
            day = day.addingTimeInterval(86_400 * 7)
        }
    }

    @Test func impossibleDaysAreRefusedAndDatesReadInTheNHSStyle() {
        #expect(CalendarDate.date(year: 2027, month: 2, day: 29) == nil)
        #expect(CalendarDate.date(year: 2028, month: 2, day: 29) != nil)
        #expect(CalendarDate.date(year: 2026, month: 4, day: 31) == nil)
        #expect(CalendarDate.date(year: 2026, month: 13, day: 1) == nil)
        #expect(CalendarDate.long(CalendarDate.date(year: 2026, month: 11, day: 21)!) == "21 November 2026")
        #expect(
            CalendarDate.startOfDay(CalendarDate.date(year: 2026, month: 1, day: 5)!.addingTimeInterval(86_399))
                == CalendarDate.date(year: 2026, month: 1, day: 5))
    }
}

@Suite("Web addresses")
struct WebAddressTests {
    @Test(arguments: ["https://www.example.nhs.uk/leaflet.pdf", "http://intranet.example.org/a?b=1", "  https://example.org  "])
    func linksPeopleCanFollowAreKept(_ raw: String) throws {
        #expect(try WebAddress.check(raw).get() == raw.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: [
        "www.example.org", "javascript:alert(1)", "ftp://example.org/x", "https://", "mailto:a@example.org",
        "https://example.org/" + String(repeating: "a", count: 2_000),
    ])
    func anythingElseIsRefused(_ raw: String) {
        #expect((try? WebAddress.check(raw).get()) == nil)
    }
}
