import Foundation
import Plot
import TandemCore

/// Themes across the project: counts, sentiment, change over time, and
/// differences between groups, with small groups never shown.
enum ThemeOverviewPage {
    struct Model: Sendable {
        let header: ProjectHeader
        let overview: ThemeOverview
        let grouping: ThemeOverview.Grouping
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            "Themes", project: model.header, section: .themes, context: context,
            body(model.overview, projectID: model.header.id, grouping: model.grouping))
    }

    static func body(_ overview: ThemeOverview, projectID: UUID, grouping: ThemeOverview.Grouping) -> Markup {
        overview.themes.isEmpty
            ? Blocks.inset(
                Blocks.paragraph("No comments have been coded yet. The overview fills in as the team codes."),
                .p(link("Start coding", href: SiteURL.project(.value(projectID), .coding).path)))
            : .group(
                Blocks.paragraph(
                    "From \(counted(overview.codedComments, "comment", "comments")) the team has coded. \(ThemeOverview.sharesNote)"
                ),
                barChart(overview.chart(top: 12, link: { comments(projectID, theme: $0) }), id: "themes-chart"),
                sentiment(overview, projectID: projectID),
                overTime(overview),
                comparison(overview, projectID: projectID, grouping: grouping))
    }

    /// Each theme's name opens the comments coded with it, in the evidence library.
    private static func sentiment(_ overview: ThemeOverview, projectID: UUID) -> Markup {
        dataTable(
            caption: "How people felt, by theme",
            columns: [
                .init(heading: "Theme"), .init(heading: "Comments", numeric: true),
                .init(heading: "Positive", numeric: true), .init(heading: "Negative", numeric: true),
            ],
            rows: overview.themes.map { row in
                [
                    row.id.map { link(row.name, href: comments(projectID, theme: $0), hiddenSuffix: ": its comments") }
                        ?? .plain(row.name),
                    .plain(row.comments.commaGrouped), .plain(Share.percent(row.positive, of: row.comments)),
                    .plain(Share.percent(row.negative, of: row.comments)),
                ]
            })
    }

    /// The evidence library, filtered to one theme's comments.
    static func comments(_ projectID: UUID, theme: UUID) -> String {
        SiteURL.project(.value(projectID), .evidence).path(query: [("theme", theme.lowercasedString)])
    }

    private static func overTime(_ overview: ThemeOverview) -> Markup {
        guard overview.periods.count > 1 else { return .empty }
        return dataTable(
            caption: "Change over time (comments a quarter, by when they were given)",
            columns: [.init(heading: "Theme")] + overview.periods.map { .init(heading: $0, numeric: true) },
            textRows: overview.overTime.map { row in [row.theme] + row.counts.map(\.commaGrouped) })
    }

    private static func comparison(_ overview: ThemeOverview, projectID: UUID, grouping: ThemeOverview.Grouping) -> Markup {
        let comparison = overview.comparison
        return .group(
            Blocks.heading("Comparing groups", level: 2, size: "m"),
            getForm(
                action: SiteURL.project(.value(projectID), .themes).path,
                FormField.select(
                    "by", label: "Compare by",
                    options: ThemeOverview.Grouping.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                    selected: grouping.rawValue),
                Buttons.submit("Compare", style: .secondary, small: true)),
            comparison.groups.isEmpty
                ? Blocks.inset(
                    Blocks.paragraph(
                        "No group has enough coded comments to be shown. Groups of fewer than \(DisclosureControl.threshold) people are never shown, so that nobody can be picked out."
                    ))
                : dataTable(
                    caption: "Comments with each theme, by \(grouping.label.lowercased())",
                    columns: [.init(heading: "Theme")]
                        + comparison.groups.map { .init(heading: "\($0.name) (\($0.size.commaGrouped))", numeric: true) },
                    rows: comparison.rows.map { row in
                        [.plain(row.theme)]
                            + zip(row.cells, comparison.groups).map { cell, group -> Markup in
                                switch cell {
                                case .count(let n):
                                    let text = "\(n.commaGrouped) (\(Share.percent(n, of: group.size)))"
                                    // A shown cell opens its comments where the library can filter to the group.
                                    guard let themeID = row.themeID, let filter = group.filter else { return .plain(text) }
                                    return link(
                                        text,
                                        href: SiteURL.project(.value(projectID), .evidence).path(query: [
                                            ("theme", themeID.lowercasedString), (filter.field, filter.value),
                                        ]), hiddenSuffix: "comments on \(row.theme) from \(group.name)")
                                case .small, .withheld: return .plain(cell.display)
                                }
                            }
                    }),
            Blocks.withheldNote(comparison.rows.flatMap(\.cells)),
            Blocks.paragraph(
                "Figures from 1 to 4 are hidden, and groups of fewer than \(DisclosureControl.threshold) people are left out\(comparison.hiddenGroups > 0 ? " (\(comparison.hiddenGroups) here)" : ""), so that nobody can be picked out. Equality groups come from survey answers given with consent.",
                classes: "nhsuk-body-s"))
    }
}
