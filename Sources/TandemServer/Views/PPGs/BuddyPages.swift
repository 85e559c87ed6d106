import Foundation
import Plot
import TandemCore

/// The coordinators' list of buddy pairings, and proposing new ones.
enum BuddyListPage {
    struct Pair {
        let id: UUID
        let buddyID: UUID
        let buddy: String
        let supported: String
        let status: BuddyPairStatus
        let score: Int
        let reasons: [String]
    }

    struct Model {
        let pairs: [Pair]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: "Buddy scheme", context: context, breadcrumbs: [Crumb(title: "PPGs", href: SiteURL.ppgs.path)],
            content: .group(
                Blocks.heading("Buddy scheme"),
                Blocks.paragraph(
                    "An established PPG supports one that needs support. Tandem proposes the pairs whose strengths best cover the other's needs from the latest self-assessments and health checks, preferring the same PCN and nearby practices, and never proposes again a pair that ended badly."
                ),
                postForm(
                    action: SiteURL.buddies.path, csrf: context.csrf,
                    FormField.text(
                        "capacity", label: "How many PPGs each buddy may support", value: String(BuddyMatching.defaultCapacity),
                        width: "2", inputmode: "numeric"),
                    Buttons.submit("Propose pairs")),
                model.pairs.isEmpty
                    ? Blocks.inset(Blocks.paragraph("No pairings yet."))
                    : dataTable(
                        caption: "\(counted(model.pairs.count, "pairing", "pairings"))",
                        columns: [
                            .init(heading: "Buddy"), .init(heading: "Supporting"), .init(heading: "Status"),
                            .init(heading: "Score", numeric: true), .init(heading: "Why"),
                        ],
                        rows: model.pairs.map { pair in
                            [
                                link(pair.buddy, href: SiteURL.ppg(.value(pair.buddyID), .buddy(.value(pair.id))).path),
                                .plain(pair.supported),
                                Blocks.tag(pair.status.label, colour: pair.status == .active ? "green" : "grey"),
                                .plain(String(pair.score)), .plain(pair.reasons.joined(separator: ". ")),
                            ]
                        })))
    }
}

/// One pairing, from one PPG's side: the proposal and the answers, then the agreement,
/// contacts, reviews at 3 and 6 months, and the outcome.
enum BuddyPairPage {
    struct Forms {
        var agreement = BuddyAgreementForm()
        var contact = BuddyContactForm()
        var review = BuddyReviewForm()
        var end = BuddyEndForm()
        var errors = FormErrors()
    }

    struct Model {
        let ppgID: UUID
        let id: UUID
        let buddy: String
        let supported: String
        let isBuddy: Bool
        let status: BuddyPairStatus
        let reasons: [String]
        let ownAnswer: BuddyAnswer?
        let otherAnswer: BuddyAnswer?
        let goals: String?
        let reviewOn: Date?
        let startedOn: Date?
        let dueReviews: [(Int, Date?)]
        let contacts: [(Date, String)]
        let reviews: [(Int, String, String)]
        let outcome: String?
        let endedBadly: Bool
        let mayAct: Bool
        let forms: Forms
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let errors = model.forms.errors
        let own = model.isBuddy ? model.buddy : model.supported
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "Buddy pairing - \(own)", context: context,
            breadcrumbs: [
                Crumb(title: "PPGs", href: SiteURL.ppgs.path), Crumb(title: own, href: SiteURL.ppg(.value(model.ppgID)).path),
            ],
            content: .group(
                errorSummary(errors),
                Blocks.heading("\(model.buddy) supporting \(model.supported)", caption: "Buddy pairing"),
                Blocks.tag(model.status.label, colour: model.status == .active ? "green" : "grey"),
                Blocks.heading("Why it was proposed", level: 2, size: "s"),
                Blocks.bulletList(model.reasons),
                model.status == .proposed ? proposal(model, context: context) : .empty,
                model.status == .active || model.status == .ended ? underWay(model, context: context) : .empty))
    }

    static func proposal(_ model: Model, context: PageContext) -> Markup {
        .group(
            Blocks.paragraph(
                "The other PPG has \(model.otherAnswer == .accepted ? "accepted" : "not answered yet"). The pairing begins when both accept."
            ),
            model.ownAnswer != nil
                ? Blocks.paragraph("You have \(model.ownAnswer == .accepted ? "accepted" : "declined").")
                : model.mayAct
                    ? postForm(
                        action: SiteURL.ppg(.value(model.ppgID), .buddyAnswer(.value(model.id))).path, csrf: context.csrf,
                        Buttons.group(
                            Buttons.submit("Accept", name: "answer", value: "accept"),
                            Buttons.submit("Decline", style: .secondary, name: "answer", value: "decline"))) : .empty)
    }

    static func underWay(_ model: Model, context: PageContext) -> Markup {
        let forms = model.forms, errors = forms.errors
        let active = model.status == .active && model.mayAct
        let id = model.id
        return .group(
            summaryList([
                SummaryRow("Began", text: model.startedOn.map(CalendarDate.long)),
                SummaryRow("Goals", text: model.goals, empty: "Not agreed yet"),
                SummaryRow("Next review", text: model.reviewOn.map(CalendarDate.long), empty: "Not set"),
                SummaryRow(
                    "Outcome", text: model.outcome.map { $0 + (model.endedBadly ? " (it did not work)" : "") }, empty: "Under way"
                ),
            ]),
            active
                ? Blocks.details(
                    "Agree the goals",
                    postForm(
                        action: SiteURL.ppg(.value(model.ppgID), .buddyAgreement(.value(id))).path, csrf: context.csrf,
                        FormField.textarea(
                            "goals", label: "What the pairing aims to do", value: forms.agreement.goals ?? model.goals,
                            error: errors["goals"], rows: 3),
                        FormField.date(
                            "review", legend: "Review date",
                            value: DateParts(
                                day: forms.agreement.reviewDay ?? "", month: forms.agreement.reviewMonth ?? "",
                                year: forms.agreement.reviewYear ?? ""),
                            error: errors["review"]),
                        Buttons.submit("Save the agreement", style: .secondary))) : .empty,
            Blocks.heading("Contacts", level: 2, size: "m"),
            model.contacts.isEmpty
                ? Blocks.paragraph("None logged yet.")
                : dataTable(
                    caption: "Contacts", captionHidden: true, columns: [.init(heading: "When"), .init(heading: "What about")],
                    textRows: model.contacts.map { [CalendarDate.short($0.0), $0.1] }),
            active
                ? Blocks.details(
                    "Log a contact",
                    postForm(
                        action: SiteURL.ppg(.value(model.ppgID), .buddyContact(.value(id))).path, csrf: context.csrf,
                        FormField.date(
                            "on", legend: "When",
                            value: DateParts(
                                day: forms.contact.onDay ?? "", month: forms.contact.onMonth ?? "",
                                year: forms.contact.onYear ?? ""),
                            error: errors["on"]),
                        FormField.textarea(
                            "note", label: "What it was about", value: forms.contact.note, error: errors["note"], rows: 2),
                        Buttons.submit("Log the contact", style: .secondary))) : .empty,
            Blocks.heading("Reviews", level: 2, size: "m"),
            Blocks.paragraph(
                model.dueReviews.compactMap { months, date in date.map { "\(months)-month review: \(CalendarDate.long($0))" } }
                    .joined(separator: "; ")),
            model.reviews.isEmpty
                ? Blocks.paragraph("No review answers yet.")
                : dataTable(
                    caption: "Reviews", captionHidden: true,
                    columns: [.init(heading: "Review"), .init(heading: "From"), .init(heading: "How it is going")],
                    textRows: model.reviews.map { ["\($0.0) months", $0.1, $0.2] }),
            active
                ? Blocks.details(
                    "Say how it is going",
                    postForm(
                        action: SiteURL.ppg(.value(model.ppgID), .buddyReview(.value(id))).path, csrf: context.csrf,
                        FormField.radios(
                            "months", legend: "Which review",
                            options: [.init(value: "3", label: "3 months"), .init(value: "6", label: "6 months")],
                            selected: forms.review.months, error: errors["months"], inline: true),
                        FormField.textarea(
                            "going", label: "How it is going", value: forms.review.going, error: errors["going"], rows: 3),
                        Buttons.submit("Send the review", style: .secondary))) : .empty,
            active
                ? Blocks.details(
                    "End the pairing",
                    postForm(
                        action: SiteURL.ppg(.value(model.ppgID), .buddyEnd(.value(id))).path, csrf: context.csrf,
                        FormField.textarea(
                            "outcome", label: "What came of it", value: forms.end.outcome, error: errors["outcome"], rows: 3),
                        FormField.checkboxes(
                            "ended-badly", legend: "If it did not work",
                            options: [.init(value: "yes", label: "It did not work: do not propose this pair again")],
                            selected: Set(forms.end.endedBadly ?? []), small: true),
                        Buttons.submit("End the pairing", style: .warning))) : .empty)
    }
}
