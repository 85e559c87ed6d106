import Foundation
import Plot
import TandemCore

/// One piece of evidence: what was said, and where, when and how it was gathered.
enum FeedbackItemPage {
    struct Model {
        let header: ProjectHeader
        let itemID: UUID
        let text: String
        /// Whether the viewer reads it as given or with personal details taken out.
        let textView: TextView
        let method: EvidenceMethod
        let source: (label: String, href: String?)
        let occurredOn: Date?
        let service: String?
        let rating: Int?
        let question: String?
        let scope: ConsentScope
        let contributor: String?
        let addedBy: String?
        let addedAt: Date
        let outcome: ItemOutcome
        let canCode: Bool
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            "Piece of evidence", project: model.header, section: .evidence, context: context,
            extraCrumbs: [Crumb(title: "Evidence", href: SiteURL.project(.value(model.header.id), .evidence).path)],
            element(
                "blockquote", .class("tandem-quote tandem-quote--large"),
                .forEach(model.text.split(whereSeparator: \.isNewline)) { .p(.plain(String($0))) }),
            EvidenceTextNote.markup(model.textView),
            summaryList([
                SummaryRow("Method", text: model.method.label),
                SummaryRow("From", model.source.href.map { link(model.source.label, href: $0) } ?? .plain(model.source.label)),
                SummaryRow("Question", text: model.question, empty: "Not recorded"),
                SummaryRow("Given on", text: model.occurredOn.map(CalendarDate.long), empty: "Not recorded"),
                SummaryRow("Service", text: model.service, empty: "Not recorded"),
                SummaryRow("Rating", text: model.rating.map(EvidenceLibraryPage.ratingLabel), empty: "Not recorded"),
                SummaryRow("Who may read it as given", text: model.scope.label),
                SummaryRow("Given by", text: model.contributor, empty: model.textView == .redacted ? "Not shown" : "Anonymous"),
                SummaryRow("Added", text: "\(CalendarDate.long(model.addedAt))\(model.addedBy.map { " by \($0)" } ?? "")"),
            ]),
            coding(model),
            whatBecameOfIt(model.outcome))
    }

    private static func coding(_ model: Model) -> Markup {
        let outcome = model.outcome
        return .group(
            Blocks.heading("Coding", level: 2, size: "m"),
            outcome.coders == 0
                ? Blocks.paragraph("Not coded yet.")
                : summaryList([
                    SummaryRow("Themes", text: outcome.themes.joined(separator: ", "), empty: "None"),
                    SummaryRow("Sentiment", text: outcome.sentiment?.label, empty: "Not given"),
                    SummaryRow("Quotable", text: outcome.quotable ? "Yes" : "No"),
                    SummaryRow("Coded by", text: counted(outcome.coders, "person", "people")),
                ]),
            model.canCode
                ? .p(
                    link(
                        outcome.coders == 0 ? "Code this comment" : "Code this comment yourself",
                        href: SiteURL.feedbackItem(.value(model.itemID), .code).path)) : .empty)
    }

    /// The golden thread from this comment onwards.
    private static func whatBecameOfIt(_ outcome: ItemOutcome) -> Markup {
        .group(
            Blocks.heading("What became of it", level: 2, size: "m"),
            outcome.findings.isEmpty
                ? Blocks.paragraph("It does not support a finding yet.")
                : .group(
                    Blocks.paragraph(outcome.findings.count == 1 ? "It supports this finding:" : "It supports these findings:"),
                    .ul(
                        .class("nhsuk-list nhsuk-list--bullet"),
                        .forEach(outcome.findings) { finding in
                            .li(
                                link(finding.statement, href: SiteURL.finding(.value(finding.id)).path),
                                finding.asQuote ? .plain(" (quoted)") : .empty)
                        })),
            outcome.recommendations.isEmpty
                ? .empty
                : .group(
                    Blocks.paragraph("Which led to:"),
                    .ul(
                        .class("nhsuk-list"),
                        .forEach(outcome.recommendations) { recommendation in
                            .li(
                                link(recommendation.text, href: SiteURL.recommendation(.value(recommendation.id)).path), " ",
                                RecommendationView.statusTag(recommendation.status))
                        })))
    }
}
