import Foundation
import Plot
import TandemCore

/// The community's make-up and the spread of involvement, in aggregate with small numbers hidden.
enum CommunityReachPage {
    static func render(_ report: CommunityReach.Report, context: PageContext) -> HTML {
        Layout.page(
            title: "The community's reach", context: context,
            breadcrumbs: [Crumb(title: "Opportunities", href: SiteURL.opportunities.path)],
            content: .group(
                Blocks.heading("The community's reach"),
                Blocks.paragraph(
                    "Who the community of patient partners is, against the population it serves, and whether involvement is shared or rests on a few people. Only answers people agreed to keep are counted; counts from 1 to 4 are hidden."
                ),
                .p(
                    .text("Compare with: "),
                    .forEach(CommunityReach.Reference.allCases) { reference in
                        .group(
                            reference == report.reference
                                ? .strong(.text(reference.label))
                                : .a(
                                    .href(SiteURL.communityReach.path(query: [("reference", reference.rawValue)])),
                                    .text(reference.label)),
                            .text(" "))
                    }),
                makeUp(report),
                spread(report)))
    }

    private static func percent(_ value: Double?) -> String {
        value.map { "\(Int($0.rounded()))%" } ?? "Fewer than 10 people: not shown"
    }

    private static func makeUp(_ report: CommunityReach.Report) -> Markup {
        .group(
            Blocks.heading("Make-up by ethnic group", level: 2, size: "m"),
            summaryList([
                SummaryRow("Patient partners", text: report.partners.commaGrouped),
                SummaryRow("Who told us their ethnic group", text: report.answered.commaGrouped),
                SummaryRow("Not known", text: report.unknown.display),
                SummaryRow(
                    "Index of dissimilarity",
                    text: report.index.map { "\(Int($0.rounded())) (0 means the community mirrors the population)" },
                    empty: "Not worked out: too few answers or no reference"),
            ]),
            report.referenceSource == nil
                ? Blocks.inset(
                    Blocks.paragraph(
                        "There is no reference population of this kind yet: add practices' registered patients and their areas' ethnic groups on the PPG pages."
                    ))
                : .group(
                    Blocks.paragraph("Reference: \(report.referenceSource ?? "")."),
                    dataTable(
                        caption: "The community against the reference population", captionSize: "s",
                        columns: [
                            TableColumn(heading: "Ethnic group"), TableColumn(heading: "Partners", numeric: true),
                            TableColumn(heading: "Share of partners", numeric: true),
                            TableColumn(heading: "Share of the reference", numeric: true),
                        ],
                        textRows: report.rows.map {
                            [
                                $0.group, $0.community.display, $0.communityPercent.map { "\($0)%" } ?? "Hidden",
                                "\($0.referencePercent)%",
                            ]
                        }),
                    report.sentences.isEmpty
                        ? Blocks.paragraph("No group is under-represented by 5 percentage points or more.")
                        : .group(
                            Blocks.heading("Under-represented", level: 3, size: "s"), Blocks.bulletList(report.sentences))))
    }

    private static func spread(_ report: CommunityReach.Report) -> Markup {
        .group(
            Blocks.heading("How involvement is spread, over the last year", level: 2, size: "m"),
            summaryList([
                SummaryRow("People who gave time", text: report.peopleWithHours.commaGrouped),
                SummaryRow("Hours given", text: RecognitionReports.hours(report.totalHours)),
                SummaryRow("Share of all hours given by the busiest 10%", text: percent(report.topShare)),
                SummaryRow("Share of places taken by the busiest 10%", text: percent(report.placementsTopShare)),
            ]),
            dataTable(
                caption: "Hours by ethnic group", captionSize: "s",
                columns: [
                    TableColumn(heading: "Ethnic group"), TableColumn(heading: "People", numeric: true),
                    TableColumn(heading: "Hours", numeric: true),
                ],
                textRows: report.hoursByGroup.map { [$0.group, $0.people.display, $0.hours] }),
            dataTable(
                caption: "Over time", captionSize: "s",
                columns: [
                    TableColumn(heading: "Quarter"), TableColumn(heading: "People", numeric: true),
                    TableColumn(heading: "Hours", numeric: true), TableColumn(heading: "Busiest 10%'s share", numeric: true),
                ],
                textRows: report.quarters.map {
                    [$0.label, $0.people.commaGrouped, RecognitionReports.hours($0.hours), percent($0.topShare)]
                }))
    }
}
