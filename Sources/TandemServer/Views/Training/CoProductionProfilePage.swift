import Foundation
import Plot
import TandemCore

/// An organisation's co-production profile: its projects on the involvement ladder now and over
/// the last eight quarters, its teams' training and the peer reviews its projects had.
enum CoProductionProfilePage {
    struct Project {
        let id: UUID
        let title: String
        let level: InvolvementLevel?
        let training: String?
        let reviews: [ReviewStatus]
    }

    struct Model {
        let id: UUID
        let name: String
        let now: [(level: InvolvementLevel, count: Int)]
        let noPlan: Int
        let quarters: [CoProductionProfile.Quarter]
        let training: [(cohortID: UUID, cohort: String, team: String)]
        let certificates: Int
        let reviews: [(status: ReviewStatus, count: Int)]
        let projects: [Project]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        OrganisationFrame.page(
            "Co-production profile", organisation: (model.id, model.name), context: context,
            Blocks.paragraph(
                "How this organisation's projects involve patients, carers and communities: where each stands on the ladder (inform, consult, involve, co-produce), the co-production training its teams took, and the patient peer reviews its projects had."
            ),
            Blocks.paragraph(InvolvementLadder.explanation, classes: "nhsuk-body-s"),
            dataTable(
                caption: "Projects at each level now", captionSize: "m",
                columns: [TableColumn(heading: "Level"), TableColumn(heading: "Projects", numeric: true)],
                textRows: model.now.map { ["\($0.level.label): \($0.level.explanation)", String($0.count)] }
                    + [["No involvement plan yet", String(model.noPlan)]]),
            dataTable(
                caption: "Over time: projects at each level at the end of each quarter", captionSize: "m",
                columns: [TableColumn(heading: "Quarter")]
                    + InvolvementLevel.allCases.map { TableColumn(heading: $0.label, numeric: true) },
                textRows: model.quarters.map { quarter in
                    [HealthCheck.quarterLabel(quarter.key)] + InvolvementLevel.allCases.map { String(quarter.counts[$0] ?? 0) }
                }),
            Blocks.heading("Training", level: 2, size: "m"),
            model.training.isEmpty
                ? Blocks.inset(Blocks.paragraph("No teams from this organisation have taken a co-production programme yet."))
                : .group(
                    Blocks.paragraph(
                        "\(model.training.count) team\(model.training.count == 1 ? "" : "s") enrolled; \(model.certificates) \(model.certificates == 1 ? "person" : "people") completed and \(model.certificates == 1 ? "holds a certificate" : "hold certificates")."
                    ),
                    .ul(
                        .class("nhsuk-list nhsuk-list--bullet"),
                        .forEach(model.training) { row in
                            .li(.text("\(row.team), "), .a(.href(SiteURL.cohort(.value(row.cohortID)).path), .text(row.cohort)))
                        })),
            Blocks.heading("Patient peer reviews", level: 2, size: "m"),
            model.reviews.isEmpty
                ? Blocks.inset(Blocks.paragraph("None of this organisation's projects has been to a peer review panel yet."))
                : summaryList(model.reviews.map { SummaryRow($0.status.label, text: String($0.count)) }),
            model.projects.isEmpty
                ? .empty
                : dataTable(
                    caption: "Each project", captionSize: "m",
                    columns: [
                        TableColumn(heading: "Project"), TableColumn(heading: "Level now"), TableColumn(heading: "Training"),
                        TableColumn(heading: "Peer review"),
                    ],
                    rows: model.projects.map { project in
                        [
                            .a(.href(SiteURL.project(.value(project.id)).path), .text(project.title)),
                            .text(project.level?.label ?? "No plan"), .text(project.training ?? "None"),
                            .text(project.reviews.isEmpty ? "None" : project.reviews.map(\.label).joined(separator: "; ")),
                        ]
                    }))
    }
}
