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

    static func rows(scope: [UUID]?, filters: Filters, today: Date = Date(), on db: any Database) async throws -> [Row] {
        var query = Organisation.query(on: db).filter(\.$kind == .gpPractice).filter(\.$archivedAt == nil)
        if let scope { query = query.filter(\.$id ~~ scope) }
        if let pcn = filters.pcn { query = query.filter(\.$parent.$id == pcn) }
        if let words = filters.q?.trimmed.lowercased(), !words.isEmpty { query = query.filter(\.$searchText ~~ words) }
        let practices = try await query.all()
        let pcnIDs = Set(practices.compactMap(\.$parent.id))
        let pcns = pcnIDs.isEmpty ? [] : try await Organisation.query(on: db).filter(\.$id ~~ Array(pcnIDs)).all()
        let pcnNames = Dictionary(uniqueKeysWithValues: pcns.map { ($0.savedID, $0.name) })
        let ppgs = try await PPG.query(on: db).filter(\.$practice.$id ~~ practices.map(\.savedID)).all()
        let byPractice = Dictionary(ppgs.map { ($0.$practice.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ppgIDs = ppgs.map(\.savedID)
        let last = try await LastMeetingsQuery.latest(for: ppgIDs, on: db)
        let quarter = HealthCheck.quarter(of: today)
        let checks =
            ppgIDs.isEmpty
            ? [] : try await PPGHealthCheck.query(on: db).filter(\.$ppg.$id ~~ ppgIDs).filter(\.$quarter == quarter).all()
        let checkOf = Dictionary(checks.map { ($0.$ppg.id, $0) }, uniquingKeysWith: { a, _ in a })
        let assessments = try await PPGAssessments.newestByPPG(ppgIDs, on: db)
        let pairs = ppgIDs.isEmpty ? [] : try await PPGBuddyPair.query(on: db).filter(\.$status == .active).all()
        let nameOf = Dictionary(ppgs.map { ($0.savedID, $0.name) }, uniquingKeysWith: { a, _ in a })
        var buddyOf: [UUID: String] = [:]
        for pair in pairs {
            buddyOf[pair.$buddy.id] = nameOf[pair.$supported.id].map { "Supporting \($0)" } ?? "Supporting a PPG"
            buddyOf[pair.$supported.id] = nameOf[pair.$buddy.id].map { "Supported by \($0)" } ?? "Supported by a PPG"
        }
        let rows = practices.map { practice -> Row in
            let ppg = byPractice[practice.savedID]
            let check = ppg.flatMap { checkOf[$0.savedID] }
            var outcomes: [HealthCriterion: CriterionOutcome] = [:]
            for criterion in HealthCriterion.allCases { outcomes[criterion] = check?.outcome(criterion) }
            return Row(
                practiceID: practice.savedID, practice: practice.name, odsCode: practice.odsCode,
                pcn: practice.$parent.id.flatMap { pcnNames[$0] } ?? "No PCN", ppgID: ppg?.id, ppgName: ppg?.name,
                status: ppg?.status, format: ppg?.meetingFormat, lastMeeting: ppg.flatMap { last[$0.savedID] },
                outcomes: outcomes,
                met: check?.met,
                topNeed: ppg.flatMap {
                    assessments[$0.savedID]?.scores.min { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }?.key
                },
                buddy: ppg.flatMap { buddyOf[$0.savedID] })
        }
        return rows.filter { row in
            switch filters.status {
            case nil, "": break
            case "none": if row.ppgID != nil { return false }
            case let status?: if row.status?.rawValue != status { return false }
            }
            if filters.health == "fewer-than-2", (row.met ?? 0) >= 2 || row.ppgID == nil { return false }
            return true
        }
        .sorted { ($0.pcn, $0.practice) < ($1.pcn, $1.practice) }
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
