import Foundation
import Plot
import TandemCore

/// One piece of evidence: what was said, and where, when and how it was gathered.
enum FeedbackItemPage {
    struct Model {
        let header: ProjectHeader
        let text: String
        /// False when the viewer sees it with names and contact details taken out.
        let asGiven: Bool
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
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            "Piece of evidence", project: model.header, section: .evidence, context: context,
            extraCrumbs: [Crumb(title: "Evidence", href: SiteURL.projectEvidence(.value(model.header.id)).path)],
            element("blockquote", .class("tandem-quote tandem-quote--large"),
                    .forEach(model.text.split(whereSeparator: \.isNewline)) { .p(.plain(String($0))) }),
            model.asGiven ? .empty : Blocks.paragraph("Names, contact details and other personal details have been taken out.", classes: "nhsuk-body-s"),
            summaryList([
                SummaryRow("Method", text: model.method.label),
                SummaryRow("From", model.source.href.map { link(model.source.label, href: $0) } ?? .plain(model.source.label)),
                SummaryRow("Question", text: model.question, empty: "Not recorded"),
                SummaryRow("Given on", text: model.occurredOn.map(CalendarDate.long), empty: "Not recorded"),
                SummaryRow("Service", text: model.service, empty: "Not recorded"),
                SummaryRow("Rating", text: model.rating.map(EvidenceLibraryPage.ratingLabel), empty: "None"),
                SummaryRow("Who may read it as given", text: model.scope.label),
                SummaryRow("Given by", text: model.contributor, empty: model.asGiven ? "Anonymous" : "Not shown"),
                SummaryRow("Added", text: "\(CalendarDate.long(model.addedAt))\(model.addedBy.map { " by \($0)" } ?? "")"),
            ]))
    }
}
