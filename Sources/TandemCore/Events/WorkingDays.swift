import Foundation

/// Bank holidays in England and Wales, worked out for any year, and counting working days
/// (Monday to Friday, not a bank holiday) for deadlines such as "within 10 working days".
///
/// The regular holidays follow the Banking and Financial Dealings Act 1971 and the royal
/// proclamations made each year: New Year's Day, Good Friday, Easter Monday, the first
/// Monday in May, the last Monday in May, the last Monday in August, Christmas Day and
/// Boxing Day. When New Year's Day, Christmas Day or Boxing Day falls at a weekend, the
/// next weekday(s) not already a holiday are substitute days (so Christmas on a Saturday
/// gives Monday 27 and Tuesday 28 December). One-off changes proclaimed for particular
/// years (moved or extra holidays) are listed in `oneOffs`, as GOV.UK publishes them.
public enum BankHolidays {
    /// Proclaimed changes for particular years: days added, and regular days moved away.
    static let oneOffs: [Int: (added: [(Int, Int)], removed: [(Int, Int)])] = [
        2002: ([(6, 3), (6, 4)], [(5, 27)]),  // Golden Jubilee: spring holiday moved to 4 June, 3 June added
        2011: ([(4, 29)], []),  // royal wedding
        2012: ([(6, 4), (6, 5)], [(5, 28)]),  // Diamond Jubilee
        2020: ([(5, 8)], [(5, 4)]),  // VE Day: early May holiday moved to Friday 8 May
        2022: ([(6, 2), (6, 3), (9, 19)], [(5, 30)]),  // Platinum Jubilee, and the Queen's state funeral
        2023: ([(5, 8)], []),  // the King's coronation
    ]

    /// Every bank holiday of a year in England and Wales, in date order (days at midnight UTC).
    public static func england(_ year: Int) -> [Date] {
        var days = Set<Date>()
        days.insert(day(year, 1, 1))
        let easter = easterSunday(year)
        days.insert(easter.adding(days: -2))
        days.insert(easter.adding(days: 1))
        days.insert(firstMonday(year, 5))
        days.insert(lastMonday(year, 5))
        days.insert(lastMonday(year, 8))
        if let change = oneOffs[year] {
            for (month, dayOfMonth) in change.removed { days.remove(day(year, month, dayOfMonth)) }
            for (month, dayOfMonth) in change.added { days.insert(day(year, month, dayOfMonth)) }
        }
        // New Year's Day at a weekend: the next weekday.
        if day(year, 1, 1).isWeekend {
            days.remove(day(year, 1, 1)); days.insert(nextWeekday(after: day(year, 1, 1), avoiding: days))
        }
        // Christmas and Boxing Day: one on a weekday stays; one at a weekend moves, in order,
        // to the next weekday not already a holiday (Boxing Day on a Monday pushes Christmas to Tuesday).
        let christmas = [day(year, 12, 25), day(year, 12, 26)]
        days.formUnion(christmas.filter { !$0.isWeekend })
        for date in christmas where date.isWeekend { days.insert(nextWeekday(after: date, avoiding: days)) }
        return days.sorted()
    }

    public static func isBankHoliday(_ date: Date) -> Bool {
        england(Calendar.utc.component(.year, from: date)).contains(Calendar.utc.startOfDay(for: date))
    }

    /// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher").
    public static func easterSunday(_ year: Int) -> Date {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let dayOfMonth = (h + l - 7 * m + 114) % 31 + 1
        return day(year, month, dayOfMonth)
    }

    static func day(_ year: Int, _ month: Int, _ dayOfMonth: Int) -> Date {
        Calendar.utc.date(from: DateComponents(year: year, month: month, day: dayOfMonth))!
    }

    private static func firstMonday(_ year: Int, _ month: Int) -> Date {
        var date = day(year, month, 1)
        while date.weekday != 2 { date = date.adding(days: 1) }
        return date
    }

    private static func lastMonday(_ year: Int, _ month: Int) -> Date {
        var date = Calendar.utc.date(byAdding: DateComponents(month: 1, day: -1), to: day(year, month, 1))!
        while date.weekday != 2 { date = date.adding(days: -1) }
        return date
    }

    private static func nextWeekday(after date: Date, avoiding taken: Set<Date>) -> Date {
        var next = date.adding(days: 1)
        while next.isWeekend || taken.contains(next) { next = next.adding(days: 1) }
        return next
    }
}

/// Counting working days in England and Wales: Monday to Friday, bank holidays left out.
public enum WorkingDays {
    public static func isWorkingDay(_ date: Date) -> Bool {
        let day = Calendar.utc.startOfDay(for: date)
        return !day.isWeekend && !BankHolidays.isBankHoliday(day)
    }

    /// The day `count` working days after `date` (the day itself not counted): 10 working days
    /// after a Friday submission is the Friday a fortnight later, later still over a bank holiday.
    public static func adding(_ count: Int, to date: Date) -> Date {
        var day = Calendar.utc.startOfDay(for: date)
        var left = count
        while left > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { left -= 1 }
        }
        return day
    }

    /// Working days after `from` up to and including `to` (0 when `to` is not later).
    public static func between(_ from: Date, _ to: Date) -> Int {
        var day = Calendar.utc.startOfDay(for: from)
        let end = Calendar.utc.startOfDay(for: to)
        var count = 0
        while day < end {
            day = day.adding(days: 1)
            if isWorkingDay(day) { count += 1 }
        }
        return count
    }
}

extension Date {
    fileprivate var weekday: Int { Calendar.utc.component(.weekday, from: self) }
    fileprivate var isWeekend: Bool { weekday == 1 || weekday == 7 }
    fileprivate func adding(days: Int) -> Date { Calendar.utc.date(byAdding: .day, value: days, to: self)! }
}
