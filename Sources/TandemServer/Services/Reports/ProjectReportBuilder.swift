import Fluent
import Foundation
import TandemCore

/// Assembles a project's report from the project itself: summary and
/// background (the team's own words), methods and who was involved, findings
/// with quotes, themes, recommendations, measures, and an appendix of methods.
enum ProjectReportBuilder {
    static func build(_ project: Project, on db: any Database) async throws -> ReportDocument {
        let projectID = try project.requireID()
        if project.$organisation.value == nil { try await project.$organisation.load(on: db) }
        var report = ReportDocument(title: project.title, subtitle: "A project with \(project.organisation.name)")

        report.heading("Summary")
        if let summary = project.reportSummary.nonBlank {
            report.written(summary)
        } else {
            report.paragraph("The summary has not been written yet.")
        }
        report.heading("Background")
        report.written(project.reportBackground.nonBlank ?? project.problem)
        if !project.aims.isEmpty {
            report.paragraph("What the project set out to do: \(project.aims)")
            report.authored.append(project.aims)
        }

        let naming = try await ProjectTeamNaming.load(projectID, on: db)
        try await methodsAndPeople(project, naming: naming, into: &report, on: db)
        let themes = try await ProjectCodebook.themes(of: projectID, on: db)
        try await findings(projectID, themes: themes, into: &report, on: db)
        let overview = try await ThemeOverview.load(projectID: projectID, themes: themes, grouping: .service, on: db)
        if !overview.themes.isEmpty {
            report.heading("Themes")
            report.paragraph(
                "From \(counted(overview.codedComments, "comment", "comments")) coded by the team. \(ThemeOverview.sharesNote)"
            )
            report.blocks.append(.barChart(overview.chart(top: 10)))
        }
        try await recommendations(projectID, into: &report, on: db)
        try await measures(projectID, into: &report, on: db)
        try await appendix(projectID, into: &report, on: db)
        // Names typed into the report's free text follow the team list's rule.
        return report.mapText(naming.freeText.apply)
    }

    private static func methodsAndPeople(
        _ project: Project, naming: ProjectTeamNaming, into report: inout ReportDocument, on db: any Database
    ) async throws {
        let projectID = try project.requireID()
        report.heading("Methods and who was involved")
        let counts = try await EvidenceStore.counts(for: projectID, on: db)
        let gathered = counts.filter { $0.value > 0 }.sorted { ($1.value, $0.key.label) < ($0.value, $1.key.label) }
            .map { "\($0.key.label): \(counted($0.value, "piece of evidence", "pieces of evidence"))" }
        if !gathered.isEmpty { report.blocks.append(.bullets(gathered)) }
        let plan = try await InvolvementPlanEntry.query(on: db).filter(\.$project.$id == projectID).all()
        let levels = InvolvementPlanEntry.levels(plan)
        if !levels.isEmpty {
            report.paragraph(
                "How patients and carers were involved at each step. The co-production index is \(CoProductionIndex.score(levels)) out of 100."
            )
            report.blocks.append(
                .table(
                    caption: "Involvement plan", headers: ["Step", "Involvement", "Who"],
                    rows: InvolvementStep.allCases.map { step in
                        [step.label, levels[step]?.label ?? "Not planned", plan.first { $0.step == step }?.who ?? ""]
                    }))
        }
        // Partners are named only with their agreement to being named; otherwise by their role.
        let team = naming.members.sorted {
            ($0.role.bringsLivedExperience ? 0 : 1, $0.person.displayName) < (
                $1.role.bringsLivedExperience ? 0 : 1, $1.person.displayName
            )
        }
        .map(naming.teamListEntry)
        if !team.isEmpty {
            report.paragraph(
                "The project team, with patient and carer partners as equal members. Partners are named only where they have agreed to it."
            )
            report.blocks.append(.bullets(team))
        }
    }

    private static func findings(
        _ projectID: UUID, themes: [Theme], into report: inout ReportDocument, on db: any Database
    ) async throws {
        let findings = try await Finding.query(on: db).filter(\.$project.$id == projectID).sort(\.$createdAt).all()
        guard !findings.isEmpty else { return }
        let summaries = try await FindingSummary.all(findings, themes: themes, on: db)
        let quotes = try await FindingEvidence.query(on: db).filter(\.$finding.$id ~~ findings.compactMap(\.id)).filter(
            \.$isQuote == true
        )
        .with(\.$item).all()
        let quotesByFinding = Dictionary(grouping: quotes.filter { $0.item.mayBeQuoted }, by: \.$finding.id)
        report.heading("Findings")
        for (index, summary) in summaries.enumerated() {
            report.heading("Finding \(index + 1): \(summary.statement)", level: 3)
            report.authored.append(summary.statement)
            report.paragraph(
                "Themes: \(summary.themes.joined(separator: ", ")). Supported by \(counted(summary.evidence, "comment", "comments"))."
            )
            for quote in (quotesByFinding[summary.id] ?? []).prefix(3) { report.blocks.append(.quote(quote.item.redactedText)) }
        }
    }

    private static func recommendations(_ projectID: UUID, into report: inout ReportDocument, on db: any Database) async throws {
        let recommendations = try await Recommendation.query(on: db).filter(\.$project.$id == projectID).with(\.$organisation)
            .sort(\.$createdAt).all()
        guard !recommendations.isEmpty else { return }
        let rows = try await RecommendationRow.rows(recommendations, on: db)
        report.heading("Recommendations")
        report.blocks.append(
            .table(
                caption: "Recommendations, who owns them and by when", headers: ["Recommendation", "Owner", "Due", "Status"],
                rows: rows.map { row in
                    [
                        row.text, [row.owner, row.organisation].compactMap { $0 }.joined(separator: ", "),
                        row.dueOn.map(CalendarDate.long) ?? "No date", row.status.label + (row.isOverdue ? " (overdue)" : ""),
                    ]
                }))
        report.authored += rows.map(\.text) + recommendations.compactMap(\.declineReason)
        for recommendation in recommendations where recommendation.status == .declined {
            report.paragraph(
                "Declined: \u{201C}\(recommendation.text)\u{201D}. The reason given: \(recommendation.declineReason ?? "")")
        }
    }

    private static func measures(_ projectID: UUID, into report: inout ReportDocument, on db: any Database) async throws {
        let measures = try await Measure.query(on: db).filter(\.$project.$id == projectID).sort(\.$name).all()
        guard !measures.isEmpty else { return }
        report.heading("Measures")
        report.paragraph(
            "Each measure is shown as a statistical process control chart, so a real change can be told apart from the ups and downs every process has."
        )
        let pointsByMeasure = try await MeasureController.pointsByMeasure(measures, on: db)
        for measure in measures {
            let data = MeasureController.chartData(measure, points: pointsByMeasure[try measure.requireID()] ?? [])
            report.heading(measure.name, level: 3)
            report.blocks.append(.spcChart(data))
        }
    }

    private static func appendix(_ projectID: UUID, into report: inout ReportDocument, on db: any Database) async throws {
        let surveys = try await SurveySummary.all(ofProject: projectID, on: db)
        let activities = try await Activity.query(on: db).filter(\.$project.$id == projectID).sort(\.$heldOn).all()
        guard !surveys.isEmpty || !activities.isEmpty else { return }
        report.heading("Appendix: methods")
        if !surveys.isEmpty {
            report.blocks.append(
                .table(
                    caption: "Surveys", headers: ["Survey", "Who it asked", "Responses"],
                    rows: surveys.map {
                        [$0.title, $0.audience.label, String($0.responses)]
                    }))
        }
        if !activities.isEmpty {
            report.blocks.append(
                .table(
                    caption: "Activities", headers: ["Activity", "Kind", "When", "People taking part"],
                    rows: activities.map {
                        [
                            $0.title, $0.kind.label, $0.heldOn.map(CalendarDate.long) ?? "Not recorded",
                            $0.participants.map(String.init) ?? "Not recorded",
                        ]
                    }))
        }
    }
}
