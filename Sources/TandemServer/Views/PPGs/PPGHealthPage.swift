import Foundation
import Plot
import TandemCore

/// The four success criteria for one PPG, each with its evidence; how the core members compare
/// with the practice's patients (small numbers hidden); judgements; the quarters so far.
enum PPGHealthPage {
    struct Model {
        let ppgID: UUID
        let ppgName: String
        let practice: String
        let evaluation: PPGHealthChecks.Evaluation
        let quarters: [(String, [CriterionOutcome?])]
        let mayJudge: Bool
        let form: PPGJudgementForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let evaluation = model.evaluation, errors = model.errors
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "Health check - \(model.ppgName)", context: context,
            breadcrumbs: [
                Crumb(title: "PPGs", href: SiteURL.ppgs.path),
                Crumb(title: model.ppgName, href: SiteURL.ppg(.value(model.ppgID)).path),
            ],
            content: .group(
                errorSummary(errors),
                Blocks.heading("Health check", caption: model.ppgName),
                Blocks.paragraph(
                    "The four criteria that make a PPG a success, worked out from the PPG's records over the last 12 months. A judgement with a reason, by the PPG or a coordinator, stands in place of what the records show."
                ),
                .group(evaluation.results.map { criterion($0, evaluation: evaluation) }),
                comparison(evaluation),
                quarters(model),
                model.mayJudge ? judgementForm(model, context: context) : .empty))
    }

    static func criterion(_ result: HealthCheck.Result, evaluation: PPGHealthChecks.Evaluation) -> Markup {
        let judgement = evaluation.judgements[result.criterion]
        return .div(
            .class("nhsuk-card"),
            .div(
                .class("nhsuk-card__content"),
                Blocks.heading(result.criterion.label, level: 2, size: "s"),
                .p(
                    Blocks.tag(evaluation.outcome(result.criterion).label, colour: evaluation.outcome(result.criterion).colour),
                    judgement == nil
                        ? .empty
                        : .span(
                            .class("tandem-muted"),
                            .plain(" by judgement; the records show: \(result.outcome.label.lowercased())"))),
                Blocks.bulletList(result.evidence),
                judgement.map { judgement in
                    Blocks.inset(
                        Blocks.paragraph(
                            "Judged \(judgement.outcome.label.lowercased()) on \(CalendarDate.long(judgement.judgedAt))\(judgement.judgedBy.map { " by \($0.name)" } ?? ""): \(judgement.reason)"
                        ))
                } ?? .empty))
    }

    static func comparison(_ evaluation: PPGHealthChecks.Evaluation) -> Markup {
        guard let population = evaluation.population else {
            return .group(
                Blocks.heading("Members and the practice's patients", level: 2, size: "m"),
                Blocks.inset(
                    Blocks.paragraph(
                        "There is no registered population for this practice yet. A coordinator imports it from NHS Digital's monthly files."
                    )))
        }
        return .group(
            Blocks.heading("Members and the practice's patients", level: 2, size: "m"),
            Blocks.paragraph(
                "The \(counted(evaluation.coreMembers, "core member", "core members"))' answers to the equality questions, given with their consent, against the \(population.total.commaGrouped) patients registered on \(CalendarDate.long(population.extractDate)). \(AgeBands.note(population.detail))"
            ),
            evaluation.ethnicity.map { ethnicity in
                Blocks.paragraph(
                    "Ethnic groups of the practice's area: \(ethnicity.source), \(CalendarDate.long(ethnicity.asOf)).")
            } ?? Blocks.paragraph("The practice's ethnic groups have not been entered, so ethnic group is not compared."),
            dataTable(
                caption: "How alike, question by question", captionSize: "s",
                columns: [
                    .init(heading: "Question"), .init(heading: "Members who answered", numeric: true),
                    .init(heading: "No answer", numeric: true), .init(heading: "Index of dissimilarity", numeric: true),
                ],
                textRows: evaluation.comparison.map { question in
                    [
                        question.name,
                        question.answered < DisclosureControl.threshold && question.answered > 0
                            ? DisclosureControl.Cell.small.display : String(question.answered),
                        question.unknown.display,
                        question.index.map { "\(Int($0.rounded()))%" } ?? "Not shown (fewer than 5 answers)",
                    ]
                }),
            Blocks.paragraph(
                "The index of dissimilarity is the share of members who would need to be in another group for the members to mirror the patients: 0% is a perfect mirror.",
                classes: "nhsuk-body-s"),
            Blocks.heading("The groups least represented", level: 3, size: "s"),
            evaluation.comparison.flatMap(\.sentences).isEmpty
                ? Blocks.paragraph("None to show: no group is short by 5 points or more, or too few members answered to say.")
                : Blocks.bulletList(evaluation.comparison.flatMap(\.sentences)))
    }

    static func quarters(_ model: Model) -> Markup {
        guard !model.quarters.isEmpty else { return .empty }
        return dataTable(
            caption: "Quarter by quarter", captionSize: "m",
            columns: [.init(heading: "Quarter")] + HealthCriterion.allCases.map { .init(heading: $0.shortLabel) },
            textRows: model.quarters.map { quarter, outcomes in [quarter] + outcomes.map { $0?.label ?? "" } })
    }

    static func judgementForm(_ model: Model, context: PageContext) -> Markup {
        let input = model.form, errors = model.errors
        return Blocks.details(
            "Record a judgement",
            postForm(
                action: SiteURL.ppg(.value(model.ppgID), .judgements).path, csrf: context.csrf,
                FormField.select(
                    "criterion", label: "Criterion",
                    options: HealthCriterion.allCases.map { .init(value: $0.rawValue, label: $0.shortLabel) },
                    selected: input.criterion, error: errors["criterion"], blankLabel: "Choose"),
                FormField.radios(
                    "outcome", legend: "Your judgement",
                    options: CriterionOutcome.allCases.reversed().map { .init(value: $0.rawValue, label: $0.label) },
                    selected: input.outcome, error: errors["outcome"], inline: true),
                FormField.textarea("reason", label: "Why", value: input.reason, error: errors["reason"], rows: 3),
                Buttons.submit("Record the judgement", style: .secondary)))
    }
}
