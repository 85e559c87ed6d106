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
        /// The section the latest self-assessment scores lowest.
        let topNeed: AssessmentSection?
        /// The PPG it is paired with in the buddy scheme, under way.
        let buddy: String?
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
        let counts = try await PracticeListQuery.counts(scope: scope, filters: filters, quarter: quarter, on: db)
        let pagination = Pagination(page: page, perPage: perPage ?? max(1, counts.practices), totalItems: counts.practices)
        let offset = perPage == nil ? 0 : pagination.offset
        let listed = try await PracticeListQuery.page(
            scope: scope, filters: filters, quarter: quarter, limit: perPage, offset: offset, on: db)
        let ppgIDs = listed.compactMap(\.ppgID)
        let ppgs = ppgIDs.isEmpty ? [] : try await PPG.query(on: db).filter(\.$id ~~ ppgIDs).all()
        let ppgOf = Dictionary(ppgs.map { ($0.savedID, $0) }, uniquingKeysWith: { a, _ in a })
        let last = try await LastMeetingsQuery.latest(for: ppgIDs, on: db)
        let checks =
            ppgIDs.isEmpty
            ? [] : try await PPGHealthCheck.query(on: db).filter(\.$ppg.$id ~~ ppgIDs).filter(\.$quarter == quarter).all()
        let checkOf = Dictionary(checks.map { ($0.$ppg.id, $0) }, uniquingKeysWith: { a, _ in a })
        let assessments = try await PPGAssessments.newestByPPG(ppgIDs, on: db)
        let buddyOf = try await buddies(of: ppgIDs, on: db)
        let rows = listed.map { practice -> Row in
            let ppg = practice.ppgID.flatMap { ppgOf[$0] }
            let check = practice.ppgID.flatMap { checkOf[$0] }
            var outcomes: [HealthCriterion: CriterionOutcome] = [:]
            for criterion in HealthCriterion.allCases { outcomes[criterion] = check?.outcome(criterion) }
            return Row(
                practiceID: practice.id, practice: practice.name, odsCode: practice.odsCode, pcn: practice.pcn,
                ppgID: practice.ppgID,
                ppgName: ppg?.name, status: practice.status, format: ppg?.meetingFormat,
                lastMeeting: practice.ppgID.flatMap { last[$0] }, outcomes: outcomes, met: practice.met,
                topNeed: practice.ppgID.flatMap {
                    assessments[$0]?.scores.min { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }?.key
                },
                buddy: practice.ppgID.flatMap { buddyOf[$0] })
        }
        return (rows, pagination, counts.ppgs)
    }

    /// For each of these PPGs in a pairing under way, the words for its partner.
    static func buddies(of ppgIDs: [UUID], on db: any Database) async throws -> [UUID: String] {
        guard !ppgIDs.isEmpty else { return [:] }
        let pairs = try await PPGBuddyPair.query(on: db).filter(\.$status == .active)
            .group(.or) { $0.filter(\.$buddy.$id ~~ ppgIDs).filter(\.$supported.$id ~~ ppgIDs) }
            .with(\.$buddy).with(\.$supported).all()
        var words: [UUID: String] = [:]
        for pair in pairs {
            words[pair.$buddy.id] = "Supporting \(pair.supported.name)"
            words[pair.$supported.id] = "Supported by \(pair.buddy.name)"
        }
        return words
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
