import Foundation
import Testing

@testable import TandemCore

/// The `.ics` files are read back here by a small reader that works out UTC from the file's
/// own VTIMEZONE rules (not from the system's zone data), so a wrong rule in the file fails.
@Suite struct ClockTimeTests {
    @Test func readsTimesAsPeopleTypeThem() {
        let read = ["10", "10:30", "10.30", "2pm", "2:30pm", "14:30", "12 noon", "12am", "12pm", " 9:05 AM "].map {
            UKTime.clockTime($0).map { "\($0.hour):\($0.minute)" } ?? "-"
        }
        #expect(read == ["10:0", "10:30", "10:30", "14:0", "14:30", "14:30", "12:0", "0:0", "12:0", "9:5"])
        for bad in ["25:00", "10:75", "13pm", "ten", "10:5", ""] { #expect(UKTime.clockTime(bad) == nil, "\(bad)") }
    }
}

@Suite struct ICalendarTests {
    func uk(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) throws -> Date {
        try UKTime.instant(year: year, month: month, day: day, hour: hour, minute: minute).get()
    }

    func iso(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func eventsEitherSideOfTheClockChangesParseBackToTheRightInstant() throws {
        let cases: [(Date, String)] = [
            (try uk(2027, 3, 27, 10), "2027-03-27T10:00:00Z"),  // Saturday before the change: GMT
            (try uk(2027, 3, 28, 10), "2027-03-28T09:00:00Z"),  // last Sunday of March: BST from 1am
            (try uk(2027, 10, 30, 10), "2027-10-30T09:00:00Z"),  // Saturday before the change back: BST
            (try uk(2027, 10, 31, 10), "2027-10-31T10:00:00Z"),  // last Sunday of October: GMT from 2am
        ]
        for (start, expected) in cases {
            #expect(start == iso(expected))
            let event = ICalendarEvent(uid: "e@tandem", start: start, end: start.addingTimeInterval(7_200), summary: "Workshop")
            let file = ICalendar.document(event, stamp: iso("2026-11-29T08:00:00Z"))
            let read = try ICalendarReader(file)
            #expect(read.start == iso(expected), "start read back from \(file)")
            #expect(read.end == iso(expected).addingTimeInterval(7_200))
        }
    }

    @Test func theFileIsWellFormed() throws {
        var event = ICalendarEvent(
            uid: "4f1c@tandem", start: try uk(2027, 3, 28, 10), end: try uk(2027, 3, 28, 12, 30),
            summary:
                "PPG workshop; tea, cake and a long title that needs folding because it goes on and on past seventy-five octets")
        event.description = "Bring your questions.\nStep-free access."
        event.location = "Riverside Surgery, Church Lane"
        let file = ICalendar.document(event, stamp: iso("2026-11-29T08:00:00Z"))
        #expect(file.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && file.hasSuffix("END:VCALENDAR\r\n"))
        for line in file.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "\(line)") }
        #expect(file.contains("DTSTART;TZID=Europe/London:20270328T100000"))
        #expect(file.contains("DTEND;TZID=Europe/London:20270328T123000"))
        #expect(file.contains("DTSTAMP:20261129T080000Z") && file.contains("BEGIN:VTIMEZONE"))
        let read = try ICalendarReader(file)
        #expect(
            read.properties["SUMMARY"]
                == "PPG workshop\\; tea\\, cake and a long title that needs folding because it goes on and on past seventy-five octets"
        )
        #expect(read.properties["DESCRIPTION"] == "Bring your questions.\\nStep-free access.")
        #expect(read.properties["LOCATION"] == "Riverside Surgery\\, Church Lane")
    }

    @Test func ukTimesThatDoNotExistAreRefusedAndRepeatedOnesAreTakenInSummerTime() throws {
        #expect(UKTime.instant(year: 2027, month: 3, day: 28, hour: 1, minute: 30) == .failure(.skipped))
        #expect(try uk(2027, 10, 31, 1, 30) == iso("2027-10-31T00:30:00Z"))
        #expect(UKTime.instant(year: 2027, month: 2, day: 30, hour: 10, minute: 0) == .failure(.invalid))
        let (afternoon, noon, ten) = (try uk(2027, 3, 28, 14, 30), try uk(2027, 3, 28, 12), try uk(2027, 3, 28, 10))
        #expect(UKTime.clock(afternoon) == "2:30pm" && UKTime.clock(noon) == "12 noon")
        #expect(UKTime.span(from: ten, to: noon) == "Sunday 28 March 2027, 10am to 12 noon")
    }
}

/// Reads one VEVENT's start and end, turning `TZID` times into UTC by the VTIMEZONE's rules.
struct ICalendarReader {
    var properties: [String: String] = [:]
    var start: Date
    var end: Date

    struct Rule {
        var from = 0, to = 0, month = 0, localStart = (hour: 0, minute: 0)
    }

    init(_ text: String) throws {
        let lines = text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        var section: [String] = []
        var rules: [String: Rule] = [:]
        var current = Rule()
        var raw: [String: String] = [:]
        for line in lines {
            let (name, value) = Self.split(line)
            if name == "BEGIN" { section.append(value); current = Rule() }
            if name == "END" {
                if value == "DAYLIGHT" || value == "STANDARD" { rules[value] = current }
                section.removeLast()
                continue
            }
            switch section.last {
            case "DAYLIGHT", "STANDARD":
                if name == "TZOFFSETFROM" { current.from = Self.offset(value) }
                if name == "TZOFFSETTO" { current.to = Self.offset(value) }
                if name == "DTSTART" {
                    let time = value.split(separator: "T")[1]
                    current.localStart = (Int(time.prefix(2))!, Int(time.dropFirst(2).prefix(2))!)
                }
                if name == "RRULE" {
                    #expect(value.contains("BYDAY=-1SU"))
                    let month = value.components(separatedBy: ";").first { $0.hasPrefix("BYMONTH=") }!
                    current.month = Int(month.dropFirst(8))!
                }
            case "VEVENT":
                let key = name.components(separatedBy: ";")[0]
                raw[key] = line
                properties[key] = value
            default: break
            }
        }
        guard let daylight = rules["DAYLIGHT"], let standard = rules["STANDARD"] else { throw ReadError.noZone }
        func instant(_ key: String) throws -> Date {
            guard let line = raw[key], line.contains("TZID=Europe/London") else { throw ReadError.noZone }
            let value = Self.split(line).1
            let (date, time) = (value.prefix(8), value.dropFirst(9))
            let local = Self.utcDate(
                Int(date.prefix(4))!, Int(date.dropFirst(4).prefix(2))!, Int(date.suffix(2))!, Int(time.prefix(2))!,
                Int(time.dropFirst(2).prefix(2))!)
            let year = Int(date.prefix(4))!
            func change(_ rule: Rule) -> Date {
                let lastSunday = Self.lastSunday(year: year, month: rule.month)
                return lastSunday.addingTimeInterval(
                    Double(rule.localStart.hour * 3_600 + rule.localStart.minute * 60 - rule.from))
            }
            let summer = local.addingTimeInterval(-Double(daylight.to))
            let inSummer = summer >= change(daylight) && summer < change(standard)
            return local.addingTimeInterval(-Double(inSummer ? daylight.to : standard.to))
        }
        start = try instant("DTSTART")
        end = try instant("DTEND")
    }

    enum ReadError: Error { case noZone }

    static func split(_ line: String) -> (String, String) {
        let index = line.firstIndex(of: ":")!
        return (String(line[..<index]), String(line[line.index(after: index)...]))
    }

    static func offset(_ text: String) -> Int {
        let sign = text.hasPrefix("-") ? -1 : 1
        let digits = text.dropFirst()
        return sign * (Int(digits.prefix(2))! * 3_600 + Int(digits.suffix(2))! * 60)
    }

    static func utcDate(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
    }

    /// Midnight (as UTC wall time) of the last Sunday of a month.
    static func lastSunday(year: Int, month: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var day = calendar.range(of: .day, in: .month, for: utcDate(year, month, 1, 0, 0))!.upperBound - 1
        while calendar.component(.weekday, from: utcDate(year, month, day, 0, 0)) != 1 { day -= 1 }
        return utcDate(year, month, day, 0, 0)
    }
}
