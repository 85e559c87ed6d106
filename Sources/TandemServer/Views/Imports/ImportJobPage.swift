import Foundation
import Plot
import TandemCore

/// One uploaded file on its way in: map its columns, see its problems, import it.
enum ImportJobPage {
    struct Model {
        let header: ProjectHeader
        let id: UUID
        let fileName: String
        let state: ImportJob.Status
        let isRunning: Bool
        let processed: Int?
        let columns: [String]
        let sample: [[String]]
        let input: ImportMappingForm
        let totalRows: Int
        let importedRows: Int
        let duplicateRows: Int
        let problems: [String]
        let problemCount: Int
        let withoutCommentRows: Int
        let withoutCommentLines: [Int]
        let importableRows: Int
        let problemRowsSkipped: Int
        let hasNotImportedFile: Bool
        let scope: ConsentScope
        let errors: FormErrors
    }

    static func statusTag(_ state: ImportJob.Status) -> Markup {
        switch state {
        case .uploaded: Blocks.tag("Choose columns", colour: "grey")
        case .checking: Blocks.tag("Checking", colour: "blue")
        case .invalid: Blocks.tag("Has problems", colour: "red")
        case .ready: Blocks.tag("Ready to import", colour: "yellow")
        case .importing: Blocks.tag("Importing", colour: "blue")
        case .done: Blocks.tag("Imported", colour: "green")
        case .failed: Blocks.tag("Not imported", colour: "red")
        }
    }

    static func progressText(state: ImportJob.Status, processed: Int?, total: Int) -> String {
        switch state {
        case .checking: "Checking the file: \((processed ?? 0).commaGrouped) rows read so far."
        case .importing:
            total > 0
                ? "Importing: \((processed ?? 0).commaGrouped) of \(total.commaGrouped) rows (\(Int(Double(processed ?? 0) / Double(total) * 100))%)."
                : "Importing: \((processed ?? 0).commaGrouped) rows so far."
        default: "Finished."
        }
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            "Import \(model.fileName)", project: model.header, section: .evidence, context: context, errors: model.errors,
            extraCrumbs: [Crumb(title: "Import feedback", href: SiteURL.project(.value(model.header.id), .import).path)],
            .p(statusTag(model.state)),
            body(model, csrf: context.csrf))
    }

    private static func body(_ model: Model, csrf: String) -> Markup {
        let running = model.state == .checking || model.state == .importing
        if running && model.isRunning { return progress(model) }
        switch model.state {
        case .done:
            var skipped: [String] = []
            if model.duplicateRows > 0 {
                skipped.append(
                    "\(counted(model.duplicateRows, "row was", "rows were")) already in Tandem from an earlier import.")
            }
            if model.withoutCommentRows > 0 {
                skipped.append("\(counted(model.withoutCommentRows, "row had", "rows had")) a rating but no comment.")
            }
            if model.problemRowsSkipped > 0 {
                skipped.append("\(counted(model.problemRowsSkipped, "row had a problem", "rows had problems")), as you chose.")
            }
            return .group(
                Blocks.successBanner("\(counted(model.importedRows, "comment", "comments")) imported"),
                skipped.isEmpty
                    ? Blocks.paragraph("Every row was new.")
                    : .group(Blocks.paragraph("Not imported:"), Blocks.bulletList(skipped), notImportedLink(model)),
                .p(link("See them in the evidence library", href: SiteURL.project(.value(model.header.id), .evidence).path)))
        case .ready:
            return .group(
                Blocks.inset(
                    Blocks.paragraph(
                        "All \(model.totalRows.commaGrouped) rows were checked: \(counted(model.importableRows, "comment is", "comments are")) ready to import."
                    ),
                    skippedRows(model)),
                model.importableRows == 0
                    ? Blocks.paragraph("There is nothing new to import from this file.")
                    : postForm(
                        action: SiteURL.importJob(.value(model.id), .confirm).path, csrf: csrf,
                        Buttons.submit("Import \(counted(model.importableRows, "comment", "comments"))")),
                mapping(model, csrf: csrf, heading: "Change the columns"))
        case .invalid:
            return .group(
                Blocks.warning(
                    "Nothing has been imported",
                    Blocks.paragraph("\(counted(model.problemCount, "row has a problem", "rows have problems"))."),
                    Blocks.paragraph(
                        "Correct them in the file and upload it again, or change the columns below if the wrong ones were chosen. Or import the rows without problems now and correct the others later."
                    )),
                problems(model),
                skippedRows(model),
                notImportedLink(model),
                model.importableRows == 0
                    ? .empty
                    : postForm(
                        action: SiteURL.importJob(.value(model.id), .confirm).path, csrf: csrf,
                        FormField.hidden("skip-problems", "yes"),
                        Buttons.submit(
                            "Import the \(counted(model.importableRows, "comment", "comments")) without problems and skip the rest",
                            style: .secondary)),
                mapping(model, csrf: csrf, heading: "Change the columns"),
                cancel(model, csrf: csrf))
        case .failed:
            return .group(
                Blocks.warning("Nothing has been imported", .group(model.problems.map { Blocks.paragraph($0) })),
                mapping(model, csrf: csrf, heading: "Try again"),
                cancel(model, csrf: csrf))
        case .checking, .importing:
            // Marked as running, but no Tandem server here is working on it (it was restarted part way).
            return .group(
                Blocks.warning(
                    "This \(model.state == .checking ? "check" : "import") did not finish",
                    Blocks.paragraph(
                        "Tandem may have been restarted while it was running. Nothing has been imported. Check the file again to carry on."
                    )),
                mapping(model, csrf: csrf, heading: "Check the file again"),
                cancel(model, csrf: csrf))
        case .uploaded:
            return .group(mapping(model, csrf: csrf, heading: "Choose what each column holds"), cancel(model, csrf: csrf))
        }
    }

    private static func progress(_ model: Model) -> Markup {
        .group(
            element(
                "p", .class("nhsuk-body-l"), .id("import-progress"), .attr("aria-live", "polite"),
                .attr("data-progress-url", SiteURL.importJob(.value(model.id), .progress).path),
                .plain(progressText(state: model.state, processed: model.processed, total: model.totalRows))),
            Blocks.paragraph(
                model.state == .importing
                    ? "Nothing is added until every row is in: if anything goes wrong, nothing is imported."
                    : "Every row is checked before anything is imported."),
            .p(link("Refresh this page", href: SiteURL.importJob(.value(model.id)).path), " to see how far it has got."))
    }

    /// Rows that the check found will be skipped whatever is chosen: no comment, or already in Tandem.
    private static func skippedRows(_ model: Model) -> Markup {
        var notes: [Markup] = []
        if model.withoutCommentRows > 0 {
            let lines = model.withoutCommentLines.prefix(20).map(String.init).joined(separator: ", ")
            let more = model.withoutCommentRows > 20 ? " and more" : ""
            notes.append(
                Blocks.paragraph(
                    "\(counted(model.withoutCommentRows, "row has", "rows have")) a rating but no comment, so \(model.withoutCommentRows == 1 ? "it" : "they") will be skipped (line\(model.withoutCommentRows == 1 ? "" : "s") \(lines)\(more))."
                ))
        }
        if model.duplicateRows > 0 {
            notes.append(
                Blocks.paragraph(
                    "\(counted(model.duplicateRows, "row is", "rows are")) already in Tandem from an earlier import, so \(model.duplicateRows == 1 ? "it" : "they") will be skipped."
                ))
        }
        if model.state == .ready && (model.withoutCommentRows > 0) { notes.append(notImportedLink(model)) }
        return .group(notes)
    }

    private static func notImportedLink(_ model: Model) -> Markup {
        model.hasNotImportedFile && (model.withoutCommentRows + model.problemCount + model.problemRowsSkipped) > 0
            ? .p(
                link(
                    model.state == .done
                        ? "Download the rows that were not imported (CSV)" : "Download the rows that will not be imported (CSV)",
                    href: SiteURL.importJob(.value(model.id), .notImported).path))
            : .empty
    }

    private static func problems(_ model: Model) -> Markup {
        .group(
            dataTable(
                caption: "Rows with problems", captionSize: "s",
                columns: [.init(heading: "Problem")],
                rows: model.problems.map { [.plain($0)] }),
            model.problemCount > model.problems.count
                ? Blocks.paragraph(
                    "The first \(model.problems.count.commaGrouped) problems are shown; there are \(model.problemCount.commaGrouped) in all."
                ) : .empty)
    }

    private static func mapping(_ model: Model, csrf: String, heading: String) -> Markup {
        guard !model.columns.isEmpty else { return .empty }
        let options = model.columns.enumerated().map { index, name in
            FormField.Option(value: String(index), label: name.isEmpty ? "Column \(index + 1)" : name)
        }
        func select(_ id: String, _ label: String, hint: String? = nil, required: Bool = false) -> Markup {
            FormField.select(
                id, label: label, options: options, selected: value(model.input, id), error: model.errors[id], hint: hint,
                blankLabel: required ? "Select a column" : "Not in this file")
        }
        return .group(
            Blocks.heading(heading, level: 2, size: "m"),
            sample(model),
            postForm(
                action: SiteURL.importJob(.value(model.id), .mapping).path, csrf: csrf,
                select("text", "Comments", hint: "The words people wrote. Required.", required: true),
                select("date", "Date"),
                select("service", "Service, ward or team"),
                select("rating", "Rating", hint: "1 to 5, or a Friends and Family Test answer such as \"Very good\"."),
                select("question", "Question asked"),
                FormField.radios(
                    "scope", legend: "Who may read the comments as they were written?",
                    options: ConsentScope.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                    selected: model.input.scope, error: model.errors["scope"],
                    hint: "Everyone else who can see the project sees them with names and contact details taken out.", small: true
                ),
                Buttons.submit("Check every row")))
    }

    private static func sample(_ model: Model) -> Markup {
        guard !model.sample.isEmpty else { return .empty }
        return dataTable(
            caption: "The first rows of the file", captionSize: "s",
            columns: model.columns.enumerated().map { .init(heading: $1.isEmpty ? "Column \($0 + 1)" : $1) },
            rows: model.sample.map { row in row.map { .plain($0.count > 120 ? String($0.prefix(117)) + "..." : $0) } })
    }

    private static func cancel(_ model: Model, csrf: String) -> Markup {
        postForm(
            action: SiteURL.importJob(.value(model.id), .cancel).path, csrf: csrf,
            Buttons.submit("Cancel and remove the file", style: .secondary))
    }

    private static func value(_ input: ImportMappingForm, _ id: String) -> String? {
        switch id {
        case "text": input.text
        case "date": input.date
        case "service": input.service
        case "rating": input.rating
        default: input.question
        }
    }
}
