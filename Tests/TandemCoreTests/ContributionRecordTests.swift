import Foundation
import TandemCore
import Testing

@Suite struct ContributionRecordTests {
    let day = { (y: Int, m: Int, d: Int) in CalendarDate.date(year: y, month: m, day: d)! }

    @Test func aCertificateIsForAPeriodAlreadyOverWithHoursInQuarters() throws {
        let today = day(2026, 11, 29)
        #expect(ContributionCertificateRules.periodProblem(from: day(2026, 1, 1), to: today, today: today) == nil)
        #expect(
            ContributionCertificateRules.periodProblem(from: day(2026, 5, 1), to: day(2026, 4, 30), today: today)
                == .endsBeforeItStarts)
        #expect(
            ContributionCertificateRules.periodProblem(from: day(2026, 1, 1), to: day(2026, 11, 30), today: today)
                == .endsInTheFuture)
        #expect(try ContributionCertificateRules.hours("").get() == nil)
        #expect(try ContributionCertificateRules.hours(" 40.75 ").get() == 40.75)
        #expect(try ContributionCertificateRules.hours("1,200").get() == 1_200)
        for bad in ["0", "-3", "40.1", "5000.25", "lots", "nan", "inf"] {
            #expect(throws: (any Error).self, "\(bad)") { try ContributionCertificateRules.hours(bad).get() }
        }
        #expect(ContributionCertificateRules.Problem.hours.message.contains("quarter hours"))
        #expect(ContributionCertificateRules.number(year: 2026, sequence: 7) == "CC-2026-0007")
    }

    @Test func theRecordGroupsByYearNewestFirstWithEachYearsHours() {
        let entries: [InvolvementRecord.Entry] = [
            .init(kind: .event, title: "Listening event", role: "Attended", from: day(2025, 3, 4), to: nil),
            .init(kind: .group, title: "Check and Challenge", role: "Chair", from: day(2026, 1, 10), to: nil, ongoing: true),
            .init(
                kind: .project, title: "Faster medicines", role: "Patient partner", from: day(2026, 6, 1), to: day(2026, 10, 1),
                changed: ["Medicines now ready before discharge"]),
            .init(kind: .event, title: "Workshop", role: "Attended", from: day(2026, 6, 1), to: nil),
        ]
        let time: [InvolvementRecord.Time] = [
            .init(day: day(2026, 2, 1), hours: 2.5), .init(day: day(2026, 7, 1), hours: 3), .init(day: day(2024, 5, 5), hours: 1),
        ]
        let record = InvolvementRecord(entries: entries, time: time)
        #expect(record.years.map(\.year) == [2026, 2025, 2024])
        #expect(record.years[0].entries.map(\.title) == ["Faster medicines", "Workshop", "Check and Challenge"])
        #expect(record.years[0].hours == 5.5)
        #expect(record.years[1].hours == 0)
        #expect(record.years[2].entries.isEmpty && record.years[2].hours == 1)
        #expect(record.totalHours == 6.5)
        #expect(record.counts.map(\.kind) == [.group, .project, .event])
        #expect(record.counts.map(\.count) == [1, 1, 2])
        #expect(InvolvementRecord.countText(2, .event) == "2 events")
        #expect(InvolvementRecord.countText(1, .group) == "1 governance group")
        #expect(InvolvementRecord(entries: [], time: []).isEmpty)
    }

    @Test func onlyApprovedMinutesArePublished() {
        #expect(GovernanceRules.publishProblem(minutes: .approved) == nil)
        for status in [MinutesStatus.none, .draft, .shared] {
            #expect(GovernanceRules.publishProblem(minutes: status)?.contains("Only approved minutes") == true)
        }
    }
}
