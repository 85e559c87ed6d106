import Foundation
import Plot
import TandemCore

/// The yearly PPG statement as a page that prints cleanly (menus and forms are not printed).
enum PPGStatementPage {
    struct Model {
        let ppgID: UUID
        let ppgName: String
        let report: ReportDocument
        let mayEdit: Bool
        let outreach: String?
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: (model.errors.isEmpty ? "" : "Error: ") + "Yearly statement - \(model.ppgName)", context: context,
            breadcrumbs: [
                Crumb(title: "PPGs", href: SiteURL.ppgs.path),
                Crumb(title: model.ppgName, href: SiteURL.ppg(.value(model.ppgID)).path),
            ],
            content: .group(
                errorSummary(model.errors),
                Blocks.heading("Yearly statement", caption: model.ppgName),
                .div(
                    .class("tandem-no-print"),
                    Buttons.group(
                        Buttons.link(
                            "Download as a Word document", href: SiteURL.ppg(.value(model.ppgID), .statementDocument).path),
                        Blocks.paragraph(
                            "To print or save as PDF, use your browser's print command: the page prints without menus or forms.",
                            classes: "nhsuk-body-s"))),
                .article(
                    .class("tandem-report"),
                    element("h2", .class("nhsuk-heading-l"), .plain(model.report.title)),
                    Blocks.lead(model.report.subtitle),
                    .group(model.report.blocks.enumerated().map { index, block in ReportPage.html(block, index: index) })),
                model.mayEdit
                    ? .div(
                        .class("tandem-no-print"),
                        postForm(
                            action: SiteURL.ppg(.value(model.ppgID), .statement).path, csrf: context.csrf,
                            FormField.textarea(
                                "outreach", label: "What was done to reach under-represented groups", value: model.outreach,
                                error: model.errors["outreach"], hint: "In plain words, for the statement. Do not name members.",
                                rows: 5),
                            Buttons.submit("Save", style: .secondary))) : .empty))
    }
}
