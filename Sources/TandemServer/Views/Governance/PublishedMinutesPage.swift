import Foundation
import Plot
import TandemCore

/// A group's published page, for anyone: its purpose and terms, then each published meeting's approved
/// minutes and papers, and the decisions taken at them.
enum PublishedMinutesPage {
    struct Paper: Sendable {
        let title: String
        /// An uploaded paper, read through the published page.
        let paperID: UUID?
        /// A paper from the library, linked only when the library publishes it.
        let resource: (title: String, slug: String)?
    }

    struct Meeting: Sendable {
        let when: String
        let minutes: String
        let decisions: [DecisionRow]
        let papers: [Paper]
    }

    struct Model {
        let groupID: UUID
        let name: String
        let purpose: String
        let terms: String?
        let meetings: [Meeting]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: "\(model.name): published minutes", context: context,
            breadcrumbs: [Crumb(title: "Home", href: SiteURL.home.path)],
            content: .group(
                Blocks.heading("Published minutes", caption: model.name),
                Blocks.lead(model.purpose),
                model.terms.map { Blocks.details("Terms of reference", Blocks.paragraph($0)) } ?? .empty,
                Blocks.paragraph(
                    "The group publishes the minutes of its meetings once it has approved them at a later meeting, with the papers and the decisions taken."
                ),
                .forEach(model.meetings) { meeting(model.groupID, $0) },
                GroupPage.decisionLog(
                    model.meetings.flatMap { meeting in
                        meeting.decisions.map {
                            DecisionRow(
                                number: $0.number, text: $0.text, meeting: meeting.when, quorum: $0.quorum, quorate: $0.quorate)
                        }
                    }, caption: "Decisions at these meetings")))
    }

    private static func meeting(_ groupID: UUID, _ meeting: Meeting) -> Markup {
        .group(
            Blocks.heading("Meeting of \(meeting.when)", level: 2, size: "m"),
            Blocks.paragraph(meeting.minutes.isEmpty ? "No minutes were written." : meeting.minutes),
            meeting.papers.isEmpty
                ? .empty
                : .group(
                    Blocks.heading("Agenda and papers", level: 3, size: "s"),
                    .ol(
                        .class("nhsuk-list nhsuk-list--number"),
                        .forEach(meeting.papers) { paper in
                            .li(
                                .text(paper.title),
                                paper.paperID.map { id in
                                    .group(
                                        .text(": "),
                                        .a(
                                            .href(SiteURL.group(.value(groupID), .publishedPaper(.value(id))).path),
                                            .text("the paper")))
                                } ?? .empty,
                                paper.resource.map { resource in
                                    .group(
                                        .text(": "),
                                        .a(.href(SiteURL.publicResource(.value(resource.slug)).path), .text(resource.title)))
                                } ?? .empty)
                        })))
    }
}
