import Foundation
import Plot
import TandemCore

/// Where the team's coding stands, and the way into the queue.
enum CodingQueuePage {
    struct Model {
        let header: ProjectHeader
        let counts: CodingQueue.Counts
        let modelVersion: Int?
        let modelExamples: Int?
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let id = model.header.id
        let uncoded = model.counts.total - model.counts.coded
        return ProjectFrame.page(
            "Coding", project: model.header, section: .coding, context: context,
            Blocks.paragraph(
                "Coding is how the team makes sense of what people said: each comment is given the themes it is about, and whether it is positive or negative. Patient partners and staff code side by side; when two people code the same comment, the codebook page shows how far they agree."
            ),
            summaryList([
                SummaryRow("Comments", text: model.counts.total.commaGrouped),
                SummaryRow(
                    "Coded by the team", text: "\(model.counts.coded.commaGrouped) (\(uncoded.commaGrouped) still to code)"),
                SummaryRow("Coded by you", text: model.counts.codedByYou.commaGrouped),
                SummaryRow("Suggestions come from", text: suggestionSource(model)),
            ]),
            model.counts.total == 0
                ? Blocks.inset(Blocks.paragraph("There are no comments to code yet. Gather some evidence first."))
                : Buttons.group(
                    uncoded > 0
                        ? Buttons.link(
                            "Code the next comment", href: SiteURL.project(.value(id), .codingNext).path(query: [("mode", "new")])
                        ) : .empty,
                    model.counts.toCheck > 0
                        ? Buttons.link(
                            "Check \(counted(model.counts.toCheck, "comment", "comments")) someone else coded",
                            href: SiteURL.project(.value(id), .codingNext).path(query: [("mode", "check")]), style: .secondary)
                        : .empty),
            Blocks.paragraph(
                "The next comment is the one whose coding would teach the model most: the one it is least sure about, among those not yet coded.",
                classes: "nhsuk-body-s"),
            .p(link("The codebook and how far coders agree", href: SiteURL.project(.value(id), .codebook).path)),
            .p(link("Coding disagreements to agree", href: SiteURL.project(.value(id), .disagreements).path)),
            .p(link("Theme overview", href: SiteURL.project(.value(id), .themes).path)))
    }

    private static func suggestionSource(_ model: Model) -> String {
        guard let version = model.modelVersion else {
            return
                "The built-in codebook's phrases. Once the team has coded \(SuggestionSource.minimumCodedComments) comments, the project's own model takes over, and it learns again as you code."
        }
        return
            "The project's own model, version \(version), which learnt from \(counted(model.modelExamples ?? 0, "coded comment", "coded comments")). It learns again in the background as you code."
    }
}
