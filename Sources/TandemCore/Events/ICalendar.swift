import Foundation

/// An event as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Apple
/// Calendar import: times in `TZID=Europe/London` with the zone's own `VTIMEZONE`,
/// so the event stays at its UK time across the change between GMT and BST.
public struct ICalendarEvent: Sendable, Equatable {
    public var uid: String
    public var start: Date
    public var end: Date
    public var summary: String
    public var description: String?
    public var location: String?
    public var url: String?
    public var isCancelled = false
    /// Raised each time the event changes, so calendars replace the copy they hold.
    public var sequence = 0

    public init(uid: String, start: Date, end: Date, summary: String) {
        self.uid = uid
        self.start = start
        self.end = end
        self.summary = summary
    }
}

public enum ICalendar {
    public static let contentType = "text/calendar; charset=utf-8"

    /// The whole file, lines folded at 75 octets and ended with CRLF.
    public static func document(_ event: ICalendarEvent, stamp: Date = Date(), organiser: String = "Tandem") -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tandem//Events//EN", "CALSCALE:GREGORIAN",
            event.isCancelled ? "METHOD:CANCEL" : "METHOD:PUBLISH",
        ]
        lines += londonTimeZone
        lines += [
            "BEGIN:VEVENT",
            "UID:\(event.uid)",
            "DTSTAMP:\(utc(stamp))",
            "DTSTART;TZID=\(UKTime.zoneID):\(local(event.start))",
            "DTEND;TZID=\(UKTime.zoneID):\(local(event.end))",
            "SUMMARY:\(escape(event.summary))",
            "SEQUENCE:\(event.sequence)",
            "STATUS:\(event.isCancelled ? "CANCELLED" : "CONFIRMED")",
        ]
        if let description = event.description { lines.append("DESCRIPTION:\(escape(description))") }
        if let location = event.location { lines.append("LOCATION:\(escape(location))") }
        if let url = event.url { lines.append("URL:\(url)") }
        lines += ["END:VEVENT", "END:VCALENDAR"]
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// Europe/London since 1996: BST from 1am UTC on the last Sunday of March, GMT from
    /// 1am UTC (2am BST) on the last Sunday of October.
    static let londonTimeZone = [
        "BEGIN:VTIMEZONE", "TZID:\(UKTime.zoneID)",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19810329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19961027T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    /// TEXT values escape backslash, semicolon and comma, and write line breaks as \n.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\r\n", with: "\\n")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a character.
    static func fold(_ line: String) -> String {
        var folded = ""
        var count = 0
        for character in line {
            let size = String(character).utf8.count
            if count + size > 75 {
                folded += "\r\n "
                count = 1
            }
            folded.append(character)
            count += size
        }
        return folded
    }

    static func utc(_ date: Date) -> String { format(date, zone: TimeZone(identifier: "UTC")!) + "Z" }
    static func local(_ date: Date) -> String { format(date, zone: UKTime.zone) }

    private static func format(_ date: Date, zone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "yyyyMMdd'T'HHmmss"
        return formatter.string(from: date)
    }
}
