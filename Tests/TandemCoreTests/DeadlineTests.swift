import Foundation
import Testing

@testable import TandemCore

@Suite struct DeadlineTests {
    let today = ISO8601DateFormatter().date(from: "2026-11-29T10:30:00Z")!
    func day(_ offset: Int) -> Date { today.addingTimeInterval(Double(offset) * 86_400) }

    @Test func sortsOverdueFirstThenDueSoonThenLater() {
        let deadlines = [nil, day(30), day(3), day(-1), day(-20), day(0)].map { Deadline.of(due: $0, today: today) }
        #expect(
            deadlines.sorted { $0.urgency < $1.urgency }
                == [.overdue(days: 20), .overdue(days: 1), .dueSoon(days: 0), .dueSoon(days: 3), .later, .noDate])
    }

    @Test func countsWholeDaysWhateverTheTime() {
        let lateYesterday = ISO8601DateFormatter().date(from: "2026-11-28T23:59:00Z")!
        #expect(Deadline.of(due: lateYesterday, today: today) == .overdue(days: 1))
        #expect(Deadline.of(due: day(Deadline.soonDays), today: today) == .dueSoon(days: 14))
        #expect(Deadline.of(due: day(Deadline.soonDays + 1), today: today) == .later)
    }

    @Test func saysItInWords() {
        #expect(Deadline.overdue(days: 1).label == "Overdue by 1 day")
        #expect(Deadline.overdue(days: 5).label == "Overdue by 5 days")
        #expect(Deadline.dueSoon(days: 0).label == "Due today")
        #expect(Deadline.dueSoon(days: 1).label == "Due tomorrow")
        #expect(Deadline.later.label == nil)
        #expect(Deadline.overdue(days: 2).isOverdue && !Deadline.dueSoon(days: 2).isOverdue)
    }
}

@Suite struct ReminderKindTests {
    @Test func remindsAWeekAheadAndOnceOverdue() {
        #expect(ReminderKind.forDeadline(.dueSoon(days: 7)) == .dueSoon)
        #expect(ReminderKind.forDeadline(.dueSoon(days: 0)) == .dueSoon)
        #expect(ReminderKind.forDeadline(.dueSoon(days: 8)) == nil)
        #expect(ReminderKind.forDeadline(.overdue(days: 30)) == .overdue)
        #expect(ReminderKind.forDeadline(.later) == nil && ReminderKind.forDeadline(.noDate) == nil)
    }
}
