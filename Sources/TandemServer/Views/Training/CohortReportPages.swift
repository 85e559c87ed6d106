import Foundation
import Plot
import TandemCore

/// A cohort's report: reaction by session and by trainer, learning as paired change with the
/// Wilcoxon signed-rank test and the after-answers' themes, and the teams' projects for behaviour
/// and results. Figures from fewer than 5 people are not shown.
enum CohortReportPage {
    struct Model {
        let cohortID: UUID
        let cohortName: String
        let programmeID: UUID
        let programmeName: String
        let people: Int
        let completed: Int?
        let completion: String?
        let sessions: [(title: String, usefulness: RatingSummary, trainers: RatingSummary)]
        let trainers: [(name: String, kind: TrainerKind, rating: RatingSummary)]
        let statements: [TrainingReports.StatementChange]
        let themes: [(theme: String, answers: Int)]
        let answered: (before: Int, after: Int)
        let teams: [TrainingReports.TeamOutcome]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: "Report - \(model.cohortName)", context: context,
            breadcrumbs: [
                Crumb(title: "Training programmes", href: SiteURL.programmes.path),
                Crumb(title: model.programmeName, href: SiteURL.programme(.value(model.programmeID)).path),
                Crumb(title: model.cohortName, href: SiteURL.cohort(.value(model.cohortID)).path),
            ],
            content: .div(
                .class("tandem-report"),
                Blocks.heading("Cohort report", caption: "\(model.programmeName), \(model.cohortName)"),
                summaryList([
                    SummaryRow("People on teams", text: String(model.people)),
                    SummaryRow(
                        "Completed",
                        text: model.completed.map { count in
                            "\(shown(count)) (attending \(model.completion ?? ""))"
                        }, empty: "No completion rule yet"),
                    SummaryRow(
                        "Questionnaires answered",
                        text: "\(model.answered.before) before the first session, \(model.answered.after) after the last"),
                ]),
                reaction(model),
                learning(model),
                behaviour(model)))
    }

    /// A count of people, hidden from 1 to 4.
    private static func shown(_ count: Int) -> String {
        (1..<DisclosureControl.threshold).contains(count) ? "fewer than \(DisclosureControl.threshold)" : String(count)
    }

    private static func reaction(_ model: Model) -> Markup {
        .group(
            Blocks.heading("Reaction: the survey after each session", level: 2, size: "m"),
            model.sessions.isEmpty
                ? Blocks.inset(Blocks.paragraph("No sessions scheduled yet."))
                : dataTable(
                    caption: "By session", captionSize: "s",
                    columns: [TableColumn(heading: "Session"), TableColumn(heading: "Useful"), TableColumn(heading: "Trainers")],
                    textRows: model.sessions.map { [$0.title, $0.usefulness.text, $0.trainers.text] }),
            model.trainers.isEmpty
                ? .empty
                : dataTable(
                    caption: "By trainer, over the sessions they delivered", captionSize: "s",
                    columns: [TableColumn(heading: "Trainer"), TableColumn(heading: "How well they delivered")],
                    textRows: model.trainers.map { ["\($0.name) (\($0.kind.label.lowercased()))", $0.rating.text] }))
    }

    private static func learning(_ model: Model) -> Markup {
        .group(
            Blocks.heading("Learning: confidence before and after", level: 2, size: "m"),
            Blocks.paragraph(
                "Each person's answer after the last session is paired with their answer before the first. The change is the middle (median) of those differences; the p-value is from the Wilcoxon signed-rank test (exact up to 25 people who changed), where a small value means the change is unlikely to be chance."
            ),
            model.statements.isEmpty
                ? Blocks.inset(Blocks.paragraph("The programme has no statements yet."))
                : dataTable(
                    caption: "Paired change for each statement", captionSize: "s",
                    columns: [
                        TableColumn(heading: "Statement"), TableColumn(heading: "People paired", numeric: true),
                        TableColumn(heading: "Median change", numeric: true), TableColumn(heading: "More confident"),
                        TableColumn(heading: "p-value", numeric: true),
                    ],
                    textRows: model.statements.map { row in
                        let change = row.change
                        guard let median = change.median else {
                            return [row.text, shown(change.pairs), "Not shown", "Fewer than 5 pairs", "Not shown"]
                        }
                        return [
                            row.text, String(change.pairs), signed(median), change.improvedText ?? "",
                            change.test?.pValue.map(pValue) ?? "No one changed",
                        ]
                    }),
            Blocks.heading("What people will do differently", level: 3, size: "s"),
            model.answered.after == 0
                ? Blocks.inset(Blocks.paragraph("Nobody has answered the questionnaire after the last session yet."))
                : dataTable(
                    caption: "Themes in the answers after the last session", captionSize: "s", captionHidden: true,
                    columns: [TableColumn(heading: "Theme"), TableColumn(heading: "Answers", numeric: true)],
                    textRows: model.themes.map { [$0.theme, $0.answers == 0 ? "0" : shown($0.answers)] }))
    }

    private static func behaviour(_ model: Model) -> Markup {
        .group(
            Blocks.heading("Behaviour and results: the teams' projects", level: 2, size: "m"),
            Blocks.paragraph(InvolvementLadder.explanation),
            model.teams.isEmpty
                ? Blocks.inset(Blocks.paragraph("No teams enrolled yet."))
                : dataTable(
                    caption: "Each team's project", captionSize: "s",
                    columns: [
                        TableColumn(heading: "Team and project"), TableColumn(heading: "Ladder at the start"),
                        TableColumn(heading: "Now"), TableColumn(heading: "3 and 6 months after"),
                        TableColumn(heading: "Patient partners", numeric: true), TableColumn(heading: "Milestones"),
                        TableColumn(heading: "Measures"),
                    ],
                    rows: model.teams.map { team in
                        [
                            team.projectID.map { id in
                                .group(
                                    .text("\(team.team): "),
                                    .a(.href(SiteURL.project(.value(id)).path), .text(team.projectTitle ?? "")))
                            } ?? .text("\(team.team): no project linked"),
                            .text(team.atStart?.label ?? "No plan"),
                            .text(team.now?.label ?? "No plan"),
                            .text(
                                team.followUps.map { followUp in
                                    guard let move = followUp.move else {
                                        return "\(followUp.months) months: due \(CalendarDate.long(followUp.on))"
                                    }
                                    return
                                        "\(followUp.months) months: \(followUp.level?.label ?? "no plan") (\(move.label.lowercased()))"
                                }.joined(separator: "; ")),
                            .text(String(team.partnersOnProject)),
                            .text(
                                team.milestones.total == 0
                                    ? "None set" : "\(team.milestones.done) of \(team.milestones.total) done"),
                            .text(
                                team.measures.isEmpty
                                    ? "None"
                                    : team.measures.map { "\($0.name): \($0.variation?.label ?? "no values yet")" }.joined(
                                        separator: "; ")),
                        ]
                    }))
    }

    static func signed(_ value: Double) -> String {
        let text = value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
        return value > 0 ? "+" + text : text
    }

    static func pValue(_ p: Double) -> String {
        p < 0.001 ? "below 0.001" : String(format: "%.3f", p)
    }
}

/// Attendance for every person at every session, written to the sessions' registers.
enum AttendancePage {
    struct Model {
        let cohortID: UUID
        let cohortName: String
        let programmeName: String
        let attendance: TrainingReports.Attendance
    }

    static let choices: [FormField.Option] =
        [FormField.Option(value: "", label: "Not recorded")]
        + Attendance.allCases.map { FormField.Option(value: $0.rawValue, label: $0.label) }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let attendance = model.attendance
        return Layout.page(
            title: "Attendance - \(model.cohortName)", context: context,
            breadcrumbs: [
                Crumb(title: "Training programmes", href: SiteURL.programmes.path),
                Crumb(title: model.cohortName, href: SiteURL.cohort(.value(model.cohortID)).path),
            ],
            content: .group(
                Blocks.heading("Attendance", caption: "\(model.programmeName), \(model.cohortName)"),
                Blocks.paragraph(
                    "Each choice is kept on the session's register, the same register as the event's own page and its check-in at the door."
                ),
                attendance.sessions.isEmpty || attendance.members.isEmpty
                    ? Blocks.inset(Blocks.paragraph("Schedule sessions and enrol teams first."))
                    : postForm(
                        action: SiteURL.cohort(.value(model.cohortID), .attendance).path, csrf: context.csrf,
                        dataTable(
                            caption: "Attendance by person and session", captionHidden: true,
                            columns: [TableColumn(heading: "Person")]
                                + attendance.sessions.map { TableColumn(heading: "Session \($0.number)") },
                            rows: attendance.members.map { member in
                                [.text("\(member.name) (\(member.team))")]
                                    + attendance.sessions.map { session in
                                        FormField.cellSelect(
                                            CohortPage.attendanceField(person: member.personID, event: session.eventID),
                                            label: "\(member.name) at session \(session.number), \(session.title)",
                                            options: choices,
                                            selected: attendance.marks[member.personID]?[session.eventID]?.rawValue)
                                    }
                            }),
                        Buttons.submit("Save attendance"))))
    }
}
