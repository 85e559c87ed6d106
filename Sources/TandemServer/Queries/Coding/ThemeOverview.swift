import Fluent
import Foundation
import SQLKit
import TandemCore

/// What the team's coding says across a project: how often each theme comes
/// up, how positive or negative, how that changes over time, and how it
/// differs between groups of people. Worked out from the themes people gave
/// (not the model's guesses), in one query.
struct ThemeOverview: Sendable {
    enum Grouping: String, CaseIterable, Sendable {
        case service, audience, ethnicity, age, disability

        var label: String {
            switch self {
            case .service: "Service"
            case .audience: "Who answered (survey audience or method)"
            case .ethnicity: "Ethnic group"
            case .age: "Age group"
            case .disability: "Disability"
            }
        }
    }

    struct ThemeRow: Sendable {
        /// The theme, for links to the comments behind it.
        var id: UUID? = nil
        let name: String
        let comments: Int
        let positive: Int
        let negative: Int
    }

    struct Comparison: Sendable {
        /// Each group, and the evidence library filter that opens its comments where the library has one
        /// (a service, a method; equality groups have none).
        let groups: [(name: String, size: Int, filter: (field: String, value: String)?)]
        /// Per theme, one cell per group, small numbers suppressed.
        let rows: [(theme: String, themeID: UUID?, cells: [DisclosureControl.Cell])]
        let hiddenGroups: Int
    }

    let codedComments: Int
    let themes: [ThemeRow]
    let periods: [String]
    let overTime: [(theme: String, counts: [Int])]
    let comparison: Comparison

    /// One row for each theme given to each coded comment.
    private struct Row {
        let themeID: UUID
        let itemID: UUID
        let sentiment: String?
        let date: Date
        /// The value of the chosen grouping (service, method or an equality answer).
        let group: String?
    }

    /// What the overview is worked out from: any new or removed coding, or a renamed theme, changes it.
    static func key(
        projectID: UUID, themes: [Theme], grouping: Grouping, on db: any Database
    ) async throws -> CodingCaches.OverviewKey {
        let sql = db as! any SQLDatabase
        let state = try await sql.raw(
            """
            SELECT COUNT(*) AS n, MAX(created_at) AS latest,
              (SELECT MAX(settled_at) FROM coding_settlements WHERE project_id = \(bind: projectID)) AS settled
            FROM codings WHERE project_id = \(bind: projectID) AND coder_id IS NOT NULL
            """
        ).first()
        return CodingCaches.OverviewKey(
            projectID: projectID, grouping: grouping, codings: try state?.decode(column: "n", as: Int.self) ?? 0,
            latestCoding: try state?.decodeIfPresent(column: "latest", as: Date.self),
            latestSettlement: try state?.decodeIfPresent(column: "settled", as: Date.self), themeNames: themes.map(\.name))
    }

    static func load(projectID: UUID, themes: [Theme], grouping: Grouping, on db: any Database) async throws -> ThemeOverview {
        let sql = db as! any SQLDatabase
        // Only the chosen grouping's column is read, and survey answers are joined only for equality groups.
        let (column, join): (SQLQueryString, SQLQueryString) =
            switch grouping {
            case .service: ("i.service", "")
            case .audience: ("i.method", "")
            case .ethnicity: ("r.ethnic_group", "LEFT JOIN survey_responses r ON i.source_kind = 'survey' AND r.id = i.source_id")
            case .age: ("r.age_band", "LEFT JOIN survey_responses r ON i.source_kind = 'survey' AND r.id = i.source_id")
            case .disability: ("r.disability", "LEFT JOIN survey_responses r ON i.source_kind = 'survey' AND r.id = i.source_id")
            }
        let raw = try await sql.raw(
            """
            SELECT DISTINCT c.theme_id, c.feedback_item_id, i.sentiment, COALESCE(i.occurred_on, i.created_at) AS given_on, \(column) AS grouped
            FROM codings c
            JOIN feedback_items i ON i.id = c.feedback_item_id
            \(join)
            WHERE c.project_id = \(bind: projectID) AND c.coder_id IS NOT NULL AND NOT c.set_aside
            """
        ).all()
        let rows = try raw.map { row in
            Row(
                themeID: try row.decode(column: "theme_id", as: UUID.self),
                itemID: try row.decode(column: "feedback_item_id", as: UUID.self),
                sentiment: try row.decodeIfPresent(column: "sentiment", as: String.self),
                date: try row.decode(column: "given_on", as: Date.self),
                group: try row.decodeIfPresent(column: "grouped", as: String.self))
        }
        let names = Dictionary(themes.map { ($0.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
        let byTheme = Dictionary(grouping: rows, by: \.themeID)
        let themeRows = byTheme.compactMap { themeID, rows -> ThemeRow? in
            guard let name = names[themeID] else { return nil }
            return ThemeRow(
                id: themeID, name: name, comments: rows.count,
                positive: rows.filter { $0.sentiment == SentimentClass.positive.rawValue }.count,
                negative: rows.filter { $0.sentiment == SentimentClass.negative.rawValue }.count)
        }.sorted { ($0.comments, $1.name) > ($1.comments, $0.name) }
        let top = themeRows.prefix(8).map(\.name)
        let codedComments = Set(rows.map(\.itemID)).count

        // Over time: the last six quarters with any coded comment. Each row's quarter is worked out once.
        var countsByQuarter: [String: [String: Int]] = [:]
        for row in rows {
            guard let name = names[row.themeID] else { continue }
            let parts = CalendarDate.parts(of: row.date)
            countsByQuarter[name, default: [:]]["\(parts.year) Q\(((Int(parts.month) ?? 1) - 1) / 3 + 1)", default: 0] += 1
        }
        let periods = Array(Set(countsByQuarter.values.flatMap(\.keys)).sorted().suffix(6))
        let overTime = top.map { theme in (theme: theme, counts: periods.map { countsByQuarter[theme]?[$0] ?? 0 }) }
        return ThemeOverview(
            codedComments: codedComments, themes: themeRows, periods: periods, overTime: overTime,
            comparison: compare(rows, grouping: grouping, top: top, names: names))
    }

    private static func compare(_ rows: [Row], grouping: Grouping, top: [String], names: [UUID: String]) -> Comparison {
        func group(_ row: Row) -> String? {
            switch grouping {
            case .service: row.group
            case .audience: row.group.flatMap { EvidenceMethod(rawValue: $0)?.label }
            case .ethnicity: EqualityMonitoring.ethnicGroup.label(for: row.group)
            case .age: EqualityMonitoring.ageBand.label(for: row.group)
            case .disability: EqualityMonitoring.disability.label(for: row.group)
            }
        }
        // Group sizes count people's comments, each once.
        var members: [String: Set<UUID>] = [:]
        var rawValue: [String: String] = [:]
        for row in rows {
            if let name = group(row) {
                members[name, default: []].insert(row.itemID)
                rawValue[name] = row.group
            }
        }
        let field: String? =
            switch grouping {
            case .service: "service"
            case .audience: "method"
            case .ethnicity, .age, .disability: nil
            }
        let shown = members.filter { DisclosureControl.canShowGroup(ofSize: $0.value.count) }
            .sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.prefix(6)
        let groups = shown.map { name, items in
            (name: name, size: items.count, filter: field.flatMap { field in rawValue[name].map { (field: field, value: $0) } })
        }
        var counts: [String: [String: Set<UUID>]] = [:]
        for row in rows {
            guard let theme = names[row.themeID], let name = group(row) else { continue }
            counts[theme, default: [:]][name, default: []].insert(row.itemID)
        }
        let ids = Dictionary(names.map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let table = top.map { theme in
            (
                theme: theme, themeID: ids[theme],
                cells: DisclosureControl.protect(groups.map { counts[theme]?[$0.name]?.count ?? 0 })
            )
        }
        return Comparison(groups: groups, rows: table, hiddenGroups: members.count - groups.count)
    }
}

extension ThemeOverview {
    /// Said wherever theme shares are shown.
    static let sharesNote =
        "Each theme's share is of the comments coded. A comment can have more than one theme, so the shares can add up to more than 100%."

    /// The largest themes as a chart, each a share of the comments coded; `link` gives a bar
    /// the address of its comments (on the web page, not in a report).
    func chart(top: Int, link: ((UUID) -> String)? = nil) -> BarChartFigures {
        BarChartFigures(
            title: "Comments by theme",
            bars: themes.prefix(top).map { theme in
                BarChartBar(label: theme.name, count: theme.comments, href: theme.id.flatMap { id in link?(id) })
            },
            whole: codedComments, wholeLabel: "comments coded", heading: "Theme")
    }
}
