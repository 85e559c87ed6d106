import Foundation
import Plot
import TandemCore

/// Uploading a CSV file of feedback, and the project's earlier imports.
enum ImportStartPage {
    struct Job: Sendable {
        let id: UUID
        let fileName: String
        let state: ImportJob.Status
        let imported: Int
        let createdAt: Date?
    }

    struct Model {
        let header: ProjectHeader
        let jobs: [Job]
        let maxUploadMB: Int
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            "Import feedback", project: model.header, section: .evidence, context: context, errors: model.errors,
            extraCrumbs: [Crumb(title: "Evidence", href: SiteURL.project(.value(model.header.id), .evidence).path)],
            Blocks.paragraph(
                "Bring in comments gathered elsewhere, such as a Friends and Family Test export. You will choose which column holds what, and Tandem checks every row before anything is imported."
            ),
            Blocks.details(
                "What the file should look like",
                Blocks.bulletList([
                    "A CSV file with a header row: the names of the columns.",
                    "One column of comments. Others are optional: date, service or ward, rating (1 to 5, or a Friends and Family Test answer) and the question asked.",
                    "Dates like 21/11/2026, 2026-11-21 or 21 November 2026.",
                    "Up to \(model.maxUploadMB) MB. For bigger files, ask your Tandem administrator to use the command line import.",
                ]),
                Blocks.paragraph("Importing the same file again is safe: rows already in Tandem are skipped.")),
            uploadForm(
                action: SiteURL.project(.value(model.header.id), .import), csrf: context.csrf,
                FormField.file("file", label: "CSV file", error: model.errors["file"], accept: ".csv,text/csv", labelSize: "s"),
                Buttons.submit("Upload and preview")),
            model.jobs.isEmpty
                ? .empty
                : dataTable(
                    caption: "Earlier imports", captionSize: "s",
                    columns: [
                        .init(heading: "File"), .init(heading: "Uploaded"), .init(heading: "Status"),
                        .init(heading: "Rows imported", numeric: true),
                    ],
                    rows: model.jobs.map { job in
                        [
                            link(job.fileName, href: SiteURL.importJob(.value(job.id)).path),
                            .plain(job.createdAt.map(CalendarDate.long) ?? ""),
                            ImportJobPage.statusTag(job.state), .plain(job.state == .done ? job.imported.commaGrouped : "-"),
                        ]
                    }))
    }
}
