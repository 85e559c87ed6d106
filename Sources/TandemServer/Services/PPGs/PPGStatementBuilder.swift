import Fluent
import Foundation
import TandemCore

/// The yearly PPG statement a practice can print or download as a Word document (the GP
/// contract asks practices to make reasonable efforts for their PPG to be representative and
/// to review its membership each year): the members' make-up against the practice's patients,
/// what was done to reach under-represented groups, the meetings held, and the changes made.
enum PPGStatementBuilder {
    static func build(_ ppg: PPG, today: Date = Date(), on db: any Database) async throws -> ReportDocument {
        let ppgID = try ppg.requireID()
        let practice = try await ppg.$practice.get(on: db)
        let since = HealthCheck.windowStart(today)
        var report = ReportDocument(
            title: "\(ppg.name): yearly statement",
            subtitle: "\(practice.name). The twelve months from \(CalendarDate.long(since)) to \(CalendarDate.long(today)).")
        let evaluation = try await PPGHealthChecks.evaluate(ppg, today: today, on: db)
        let members = try await PPGRegistry.currentMembers(ppgID, on: db)

        report.heading("Our members and the practice's patients")
        report.paragraph(
            "The PPG has \(counted(members.filter { $0.kind == .core }.count, "member", "members")) in its core group and \(members.filter { $0.kind == .wider }.count) in its wider (virtual) group. Members' make-up comes from the equality questions they chose to answer; groups of fewer than 5 are not shown."
        )
        if let population = evaluation.population {
            report.paragraph(
                "Compared with the \(population.total.commaGrouped) patients registered on \(CalendarDate.long(population.extractDate)) (NHS Digital). \(AgeBands.note(population.detail))"
            )
            report.blocks.append(
                .table(
                    caption: "How alike the core group and the patients are",
                    headers: ["Question", "Members who answered", "No answer", "Index of dissimilarity"],
                    rows: evaluation.comparison.map { question in
                        [
                            question.name,
                            question.answered > 0 && question.answered < DisclosureControl.threshold
                                ? DisclosureControl.Cell.small.display : String(question.answered),
                            question.unknown.display,
                            question.index.map { "\(Int($0.rounded()))%" } ?? "Not shown (fewer than 5 answers)",
                        ]
                    }))
            let sentences = evaluation.comparison.flatMap(\.sentences)
            if !sentences.isEmpty {
                report.paragraph("The groups least represented:")
                report.blocks.append(.bullets(sentences))
            }
        } else {
            report.paragraph("The practice's registered patients have not been imported yet, so no comparison can be shown.")
        }

        report.heading("What we did to reach under-represented groups")
        if let outreach = ppg.outreach, !outreach.isEmpty {
            report.written(outreach)
        } else {
            report.paragraph("Not written yet.")
        }

        let meetings = try await PPGMeeting.query(on: db).filter(\.$ppg.$id == ppgID).filter(\.$heldOn >= since)
            .filter(\.$heldOn <= today).sort(\.$heldOn).all()
        report.heading("Meetings held")
        report.paragraph(
            meetings.isEmpty
                ? "No meetings were recorded."
                : "\(counted(meetings.filter { $0.kind == .ppgMeeting }.count, "PPG meeting", "PPG meetings")), and \(counted(meetings.filter { $0.kind == .pcnMeeting }.count, "Primary Care Network meeting", "Primary Care Network meetings")) the PPG was represented at."
        )
        if !meetings.isEmpty {
            report.blocks.append(.bullets(meetings.map { "\(CalendarDate.long($0.heldOn)): \($0.kind.label)" }))
        }

        report.heading("Changes made with the PPG")
        let made = evaluation.results.first { $0.criterion == .improvements }?.evidence ?? []
        report.blocks.append(.bullets(made))

        report.heading("The four success criteria")
        report.blocks.append(
            .table(
                caption: "This year's health check", headers: ["Criterion", "Outcome"],
                rows: HealthCriterion.allCases.map { [$0.label, evaluation.outcome($0).label] }))
        return report
    }
}
