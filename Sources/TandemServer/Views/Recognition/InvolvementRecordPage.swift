import Foundation
import Plot
import TandemCore

/// A partner's record of involvement: what they took part in, year by year, and what it changed,
/// printable for a CV; their certificates of contribution; and, for coordinators, the form to give one.
enum InvolvementRecordPage {
    struct Model {
        let personID: UUID
        let loaded: InvolvementRecords.Loaded
        let isOwn: Bool
        /// The form to give a certificate, for coordinators; nil for the partner themselves.
        let certificateForm: CertificateForm?
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let record = model.loaded.record, errors = model.errors
        let title = model.isOwn ? "Your record of involvement" : "Record of involvement"
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "\(title): \(model.loaded.name)", context: context,
            breadcrumbs: model.isOwn
                ? [Crumb(title: "Your time and claims", href: SiteURL.myTime.path)]
                : [
                    Crumb(title: "People", href: SiteURL.people.path),
                    Crumb(title: model.loaded.name, href: SiteURL.person(.value(model.personID)).path),
                ],
            content: .group(
                errorSummary(errors),
                Blocks.heading("Record of involvement", caption: model.loaded.name),
                Blocks.paragraph(
                    "What \(model.isOwn ? "you" : model.loaded.name) took part in, and what it changed, from Tandem's own records. Print it, or save it as a PDF from your browser's print menu, to go with a CV or an application."
                ),
                record.isEmpty
                    ? Blocks.inset(
                        Blocks.paragraph(
                            model.isOwn
                                ? "Nothing yet. When you take a place on an opportunity, join a group or a project, come to an event or give your time, it will be listed here."
                                : "Nothing recorded yet."))
                    : summary(record),
                .forEach(record.years) { year($0) },
                certificates(model),
                model.certificateForm.map { certificateForm($0, model: model, csrf: context.csrf) } ?? .empty))
    }

    private static func summary(_ record: InvolvementRecord) -> Markup {
        summaryList(
            [SummaryRow("Hours given", text: RecognitionReports.hours(record.totalHours))]
                + record.counts.map { SummaryRow($0.kind.label, text: InvolvementRecord.countText($0.count, $0.kind)) })
    }

    private static func year(_ year: InvolvementRecord.Year) -> Markup {
        .group(
            Blocks.heading(String(year.year), level: 2, size: "m"),
            year.hours > 0 ? Blocks.paragraph("\(RecognitionReports.hours(year.hours)) hours given.") : .empty,
            year.entries.isEmpty
                ? .empty
                : .ul(
                    .class("nhsuk-list nhsuk-list--border"),
                    .forEach(year.entries) { entry in
                        .li(
                            .p(
                                .class("nhsuk-u-margin-bottom-1"),
                                .strong(.text(entry.title)), .text(" \u{2014} \(entry.role)")),
                            .p(.class("nhsuk-body-s nhsuk-u-margin-bottom-1"), .text("\(entry.kind.label), \(when(entry))")),
                            entry.changed.isEmpty
                                ? .empty
                                : .group(
                                    .p(.class("nhsuk-body-s nhsuk-u-margin-bottom-1"), .strong(.text("What it changed:"))),
                                    .ul(
                                        .class("nhsuk-list nhsuk-list--bullet nhsuk-body-s"),
                                        .forEach(entry.changed) { .li(.text($0)) })))
                    }))
    }

    /// "4 March 2026", "from 1 January 2026, ongoing", "1 June to 1 October 2026".
    static func when(_ entry: InvolvementRecord.Entry) -> String {
        if entry.ongoing { return "from \(CalendarDate.long(entry.from)), ongoing" }
        guard let to = entry.to, CalendarDate.iso(to) != CalendarDate.iso(entry.from) else {
            return CalendarDate.long(entry.from)
        }
        return "\(CalendarDate.long(entry.from)) to \(CalendarDate.long(to))"
    }

    private static func certificates(_ model: Model) -> Markup {
        let certificates = model.loaded.certificates
        return .group(
            Blocks.heading("Certificates of contribution", level: 2, size: "m"),
            certificates.isEmpty
                ? Blocks.paragraph(
                    model.isOwn
                        ? "You have no certificates of contribution yet. The programme's coordinators give them in thanks for what people have done."
                        : "None given yet.")
                : .ul(
                    .class("nhsuk-list"),
                    .forEach(certificates) { certificate in
                        .li(
                            .a(
                                .href(
                                    SiteURL.person(.value(model.personID), .certificate(.value(certificate.savedID))).path),
                                .text(certificate.title)),
                            .text(
                                " (\(certificate.number), \(CalendarDate.long(certificate.fromDay)) to \(CalendarDate.long(certificate.toDay)))"
                            ))
                    }))
    }

    private static func certificateForm(_ input: CertificateForm, model: Model, csrf: String) -> Markup {
        let errors = model.errors
        return .div(
            .class("tandem-no-print"),
            Blocks.heading("Give a certificate of contribution", level: 2, size: "m"),
            Blocks.paragraph(
                "A thank you in words \(model.loaded.name) can show others. They are told in their inbox and can print it. The hours are filled in from this year's records; change them or leave them empty."
            ),
            postForm(
                action: SiteURL.person(.value(model.personID), .certificates).path, csrf: csrf,
                FormField.text(
                    "title", label: "What it is for", value: input.title, error: errors["title"],
                    hint: "For example, Member of the Check and Challenge Group"),
                FormField.textarea(
                    "citation", label: "What they did and what it changed", value: input.citation, error: errors["citation"],
                    rows: 4, maxLength: TextLimit.long),
                FormField.date("from", legend: "First day", value: input.from, error: errors["from"]),
                FormField.date("to", legend: "Last day", value: input.to, error: errors["to"]),
                FormField.text(
                    "hours", label: "Hours given (optional)", value: input.hours, error: errors["hours"], width: "4",
                    inputmode: "decimal"),
                FormField.text(
                    "signed-by", label: "Signed by", value: input.signedBy, error: errors["signed-by"],
                    hint: "Your name and role, as printed on the certificate"),
                Buttons.submit("Give the certificate")))
    }
}

/// A certificate of contribution, printable on one landscape page.
enum ContributionCertificatePage {
    static func render(_ certificate: ContributionCertificate, person: String, personID: UUID, context: PageContext) -> HTML {
        Layout.page(
            title: "Certificate of contribution for \(person) - \(certificate.title)", context: context,
            breadcrumbs: [Crumb(title: "Record of involvement", href: SiteURL.person(.value(personID), .record).path)],
            content: certificateFrame(
                kind: "Certificate of contribution", title: certificate.title, person: person,
                body: [
                    .p(.text(certificate.citation)),
                    .p(
                        .text(
                            "From \(CalendarDate.long(certificate.fromDay)) to \(CalendarDate.long(certificate.toDay))"
                                + (certificate.hours.map { ", giving \(RecognitionReports.hours($0)) hours of their time." }
                                    ?? ".")
                        )),
                    .p(.strong(.text("With thanks, ")), .text(certificate.signedBy)),
                ],
                footer: "Certificate \(certificate.number), issued on \(CalendarDate.long(certificate.issuedAt))"))
    }
}
