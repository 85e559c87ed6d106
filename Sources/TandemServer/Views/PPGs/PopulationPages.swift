import Foundation
import Plot
import TandemCore

/// The coordinators' import of NHS Digital's "Patients Registered at a GP Practice" files.
enum PopulationUploadPage {
    struct Model {
        let outcome: PopulationImport.Outcome?
        let practicesWithPopulation: Int
        let latestExtract: Date?
        let errors: FormErrors
        let maxUploadMB: Int
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let errors = model.errors
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "Import registered patients", context: context,
            breadcrumbs: [Crumb(title: "PPGs", href: SiteURL.ppgs.path)],
            content: .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(errors),
                    Blocks.heading("Import registered patients"),
                    model.outcome.map(outcome) ?? .empty,
                    Blocks.paragraph(
                        "NHS Digital publishes each month the patients registered at every GP practice, by sex and age (\u{201C}Patients Registered at a GP Practice\u{201D}, Open Government Licence). Tandem compares each PPG's members with its practice's patients."
                    ),
                    Blocks.bulletList([
                        "The single-year-of-age files (gp-reg-pat-prac-sing-age-female.csv and -male.csv): import both, one after the other.",
                        "Or the five-year file (gp-reg-pat-prac-quin-age.csv): its age groups do not split at 16, so only ages 25 and over are compared.",
                        "Practices are matched by their ODS code. Practices Tandem does not know are listed, not imported.",
                        "A file with a problem imports nothing, and the line is named.",
                    ]),
                    Blocks.paragraph(
                        model.latestExtract.map {
                            "\(counted(model.practicesWithPopulation, "practice has", "practices have")) registered patients in Tandem; the latest extract is from \(CalendarDate.long($0))."
                        } ?? "No practice has registered patients in Tandem yet."),
                    uploadForm(
                        action: SiteURL.populations, csrf: context.csrf,
                        FormField.file(
                            "file", label: "The CSV file", error: errors["file"],
                            hint:
                                "Up to \(model.maxUploadMB) MB. For a whole national file, use the command line: tandem import population FILE.csv",
                            accept: ".csv,text/csv"),
                        Buttons.submit("Import")))))
    }

    static func outcome(_ outcome: PopulationImport.Outcome) -> Markup {
        .div(
            .class("nhsuk-card nhsuk-card--feature"),
            .div(
                .class("nhsuk-card__content nhsuk-card__content--feature"),
                .h2(.class("nhsuk-card__heading nhsuk-card__heading--feature nhsuk-heading-m"), .text("Imported")),
                Blocks.paragraph(
                    "\(counted(outcome.imported.count, "practice", "practices")) imported from \(outcome.rows.commaGrouped) rows (extract date \(outcome.extractDates.map(CalendarDate.long).joined(separator: ", ")); \(outcome.skippedRows.commaGrouped) totals and rows for other organisations skipped)."
                ),
                outcome.unknown.isEmpty
                    ? .empty
                    : Blocks.details(
                        "\(counted(outcome.unknown.count, "practice code is", "practice codes are")) not a GP practice in Tandem",
                        Blocks.paragraph(
                            outcome.unknown.prefix(200).joined(separator: ", ") + (outcome.unknown.count > 200 ? " ..." : "")),
                        Blocks.paragraph(
                            "Add the practice (with its ODS code) on the Organisations page, then import the file again."))))
    }
}

/// A practice's registered patients, as its PPG sees them, and the ethnic groups of its area.
enum PracticePopulationPage {
    struct Model {
        let ppgID: UUID
        let ppgName: String
        let practice: String
        let latest: RegisteredPopulation?
        let extracts: [(Date, Int)]
        let ethnicity: PracticeEthnicity?
        let mayEdit: Bool
        let form: EthnicityForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let errors = model.errors
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "Registered patients - \(model.ppgName)", context: context,
            breadcrumbs: [
                Crumb(title: "PPGs", href: SiteURL.ppgs.path),
                Crumb(title: model.ppgName, href: SiteURL.ppg(.value(model.ppgID)).path),
            ],
            content: .group(
                errorSummary(errors),
                Blocks.heading("Registered patients", caption: model.practice),
                population(model),
                ethnicity(model, context: context)))
    }

    static func population(_ model: Model) -> Markup {
        guard let latest = model.latest else {
            return Blocks.inset(Blocks.paragraph("No registered population has been imported for this practice yet."))
        }
        let bands = latest.comparableBands, total = bands.values.reduce(0, +)
        let sexes = latest.sexes
        return .group(
            Blocks.paragraph(
                "\(latest.total.commaGrouped) patients registered on \(CalendarDate.long(latest.extractDate)) (NHS Digital, Open Government Licence). \(AgeBands.note(latest.detail))"
            ),
            latest.hasBothSexes
                ? .empty
                : Blocks.warning(
                    "Only one sex imported",
                    Blocks.paragraph("The single-year files come one per sex. Import the other file for this extract date.")),
            dataTable(
                caption: "Patients by age", captionSize: "s",
                columns: [
                    .init(heading: "Age"), .init(heading: "Patients", numeric: true), .init(heading: "Share", numeric: true),
                ],
                textRows: AgeBands.comparable(latest.detail).map { band in
                    let count = bands[band] ?? 0
                    return [
                        EqualityMonitoring.ageBand.label(for: band) ?? band, count.commaGrouped,
                        total > 0 ? "\(Int((Double(count) / Double(total) * 100).rounded()))%" : "",
                    ]
                }),
            dataTable(
                caption: "Patients by sex", captionSize: "s",
                columns: [.init(heading: "Sex as registered"), .init(heading: "Patients", numeric: true)],
                textRows: RegisteredSex.allCases.map {
                    [MemberComparison.sexLabel($0.rawValue), (sexes[$0.rawValue] ?? 0).commaGrouped]
                }),
            model.extracts.count > 1
                ? dataTable(
                    caption: "Extracts kept", captionSize: "s",
                    columns: [.init(heading: "Extract date"), .init(heading: "Patients", numeric: true)],
                    textRows: model.extracts.map { [CalendarDate.long($0.0), $0.1.commaGrouped] }) : .empty,
            Blocks.paragraph("These files give sex as male or female only, and carry no ethnicity.", classes: "nhsuk-body-s"))
    }

    static func ethnicity(_ model: Model, context: PageContext) -> Markup {
        let errors = model.errors, input = model.form
        return .group(
            Blocks.heading("Ethnic groups of the practice's area", level: 2, size: "m"),
            model.ethnicity.map { ethnicity in
                .group(
                    Blocks.paragraph("\(ethnicity.source), \(CalendarDate.long(ethnicity.asOf))."),
                    dataTable(
                        caption: "Ethnic groups", captionHidden: true,
                        columns: [.init(heading: "Ethnic group"), .init(heading: "Share", numeric: true)],
                        textRows: EthnicityForm.categories.compactMap { category in
                            ethnicity.percentages[category.value].map {
                                ["\(category.group ?? ""): \(category.label)", String(format: "%g%%", $0)]
                            }
                        }))
            } ?? Blocks.paragraph("Not entered yet, so members are not compared by ethnic group."),
            model.mayEdit
                ? Blocks.details(
                    model.ethnicity == nil ? "Enter the ethnic groups" : "Enter newer figures",
                    postForm(
                        action: SiteURL.ppg(.value(model.ppgID), .population).path, csrf: context.csrf,
                        [
                            Blocks.paragraph(
                                "Percentages in the 2021 Census categories; leave a box empty for none. They should add up to 100."
                            )
                        ]
                            + EthnicityForm.categories.map { category in
                                FormField.text(
                                    EthnicityForm.field(category.value), label: "\(category.group ?? ""): \(category.label) (%)",
                                    value: input.percentages[category.value], error: errors[EthnicityForm.field(category.value)],
                                    width: "3", inputmode: "decimal")
                            }
                            + [
                                FormField.text(
                                    "source", label: "Where the figures come from", value: input.source, error: errors["source"]),
                                FormField.date(
                                    "as-of", legend: "The date of the figures", value: input.asOf, error: errors["as-of"]),
                                Buttons.submit("Save the ethnic groups", style: .secondary),
                            ])) : .empty)
    }
}
