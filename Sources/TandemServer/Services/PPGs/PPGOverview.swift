import Fluent
import Foundation
import TandemCore

/// The ICB view's rows: every practice a viewer may see, grouped by PCN, with its PPG's status,
/// last meeting and this quarter's health check. Read in a handful of statements whatever the
/// number of practices (`bench/README.md`).
enum PPGOverview {
    struct Row: Sendable {
        let practiceID: UUID
        let practice: String
        let odsCode: String?
        let pcn: String
        let ppgID: UUID?
        let ppgName: String?
        let status: PPGStatus?
        let format: PPGMeetingFormat?
        let lastMeeting: Date?
        let outcomes: [HealthCriterion: CriterionOutcome]
        let met: Int?
        /// The latest self-assessment's score in each section.
        let scores: [AssessmentSection: Int]
        /// The PPG it is paired with in the buddy scheme, under way.
        let buddy: String?

        /// The section the latest self-assessment scores lowest.
        var topNeed: AssessmentSection? { scores.min { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }?.key }
    }

    struct Filters: Sendable, Equatable {
        var q: String?
        var pcn: UUID?
        /// A PPG status, or "none" for practices without a PPG.
        var status: String?
        /// "fewer-than-2": fewer than two criteria met.
        var health: String?
    }

    /// One page of the practices (all of them when `perPage` is nil), and how many there are.
    static func page(
        scope: [UUID]?, filters: Filters, page: Int? = nil, perPage: Int?, today: Date = Date(), on db: any Database
    ) async throws -> (rows: [Row], pagination: Pagination, withPPG: Int) {
        let quarter = HealthCheck.quarter(of: today)
        func read(_ number: Int) async throws -> [PracticeListQuery.Row] {
            try await PracticeListQuery.page(
                scope: scope, filters: filters, quarter: quarter, limit: perPage, offset: perPage.map { (number - 1) * $0 } ?? 0,
                on: db)
        }
        var listed = try await read(max(1, page ?? 1))
        var counts = listed.first.map { (practices: $0.total, ppgs: $0.ppgs) }
        if counts == nil {
            let counted = try await PracticeListQuery.counts(scope: scope, filters: filters, quarter: quarter, on: db)
            counts = (counted.practices, counted.ppgs)
        }
        let total = counts?.practices ?? 0
        let pagination = Pagination(page: page, perPage: perPage ?? max(1, total), totalItems: total)
        if listed.isEmpty && total > 0 { listed = try await read(pagination.page) }
        let rows = listed.map { practice -> Row in
            let outcomes = practice.outcomes.flatMap { JSONText.flat($0) } ?? [:]
            let scores = (practice.scores.flatMap { JSONText.flat($0) } ?? [:]).compactMapValues(Int.init)
            return Row(
                practiceID: practice.id, practice: practice.name, odsCode: practice.odsCode, pcn: practice.pcn,
                ppgID: practice.ppgID,
                ppgName: practice.ppgName, status: practice.status, format: practice.format, lastMeeting: practice.lastMeeting,
                outcomes: outcomes.reduce(into: [:]) { result, entry in
                    if let criterion = HealthCriterion(rawValue: entry.key), let outcome = CriterionOutcome(rawValue: entry.value)
                    {
                        result[criterion] = outcome
                    }
                },
                met: practice.met,
                scores: scores.reduce(into: [:]) { result, entry in
                    if let section = AssessmentSection(rawValue: entry.key) { result[section] = entry.value }
                },
                buddy: practice.supporting.map { "Supporting \($0)" } ?? practice.supportedBy.map { "Supported by \($0)" })
        }
        return (rows, pagination, counts?.ppgs ?? 0)
    }

    /// The same rows as a spreadsheet.
    static func csv(_ rows: [Row]) -> String {
        var text = CSVWriter.row(
            ["PCN", "Practice", "ODS code", "PPG", "Status", "Meets", "Last meeting"] + HealthCriterion.allCases.map(\.shortLabel)
                + ["Criteria met", "Top need", "Buddy"])
        for row in rows {
            text += CSVWriter.row(
                [
                    row.pcn, row.practice, row.odsCode ?? "", row.ppgName ?? "No PPG", row.status?.label ?? "",
                    row.format?.label ?? "",
                    row.lastMeeting.map(CalendarDate.iso) ?? "",
                ] + HealthCriterion.allCases.map { row.outcomes[$0]?.label ?? "" }
                    + [row.met.map(String.init) ?? "", row.topNeed?.label ?? "", row.buddy ?? ""])
        }
        return text
    }
}
