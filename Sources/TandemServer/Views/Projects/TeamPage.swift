import Foundation
import Plot
import TandemCore

enum TeamPage {
    struct Member: Sendable {
        let id: UUID
        let personID: UUID
        let name: String
        let pronouns: String?
        let role: ProjectRole
        let accessNeeds: [String]
    }

    struct Model {
        let header: ProjectHeader
        let members: [Member]
        let candidates: [FormField.Option]
        let canManage: Bool
        let seesNeeds: Bool
        let input: TeamMemberForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let id = model.header.id
        return ProjectFrame.page(
            "Team", project: model.header, section: .team, context: context, errors: model.errors,
            Blocks.paragraph(
                "Everyone on the team is an equal member of it. Patient and carer partners bring their lived experience; staff bring theirs."
            ),
            model.members.isEmpty
                ? Blocks.paragraph("Nobody is on the team yet.")
                : dataTable(
                    caption: "Team members", captionHidden: true,
                    columns: [.init(heading: "Name"), .init(heading: "Role")]
                        + (model.seesNeeds ? [.init(heading: "Access and communication needs")] : [])
                        + (model.canManage ? [.init(heading: "Action")] : []),
                    rows: model.members.map { member in
                        [
                            .group(
                                link(member.name, href: SiteURL.person(.value(member.personID)).path),
                                member.pronouns.map { .span(.class("nhsuk-body-s"), .plain(" (\($0))")) } ?? .empty),
                            Blocks.tag(member.role.label, colour: member.role.bringsLivedExperience ? "purple" : "blue"),
                        ]
                            + (model.seesNeeds
                                ? [member.accessNeeds.isEmpty ? .plain("None recorded") : Blocks.bulletList(member.accessNeeds)]
                                : [])
                            + (model.canManage
                                ? [
                                    postForm(
                                        action: SiteURL.project(.value(id), .removeTeamMember(.value(member.id))).path,
                                        csrf: context.csrf,
                                        element(
                                            "button", .class("tandem-link-button"), .attr("type", "submit"), "Remove",
                                            .span(.class("nhsuk-u-visually-hidden"), .plain(" \(member.name) from the team"))))
                                ] : [])
                    }),
            model.canManage && !model.candidates.isEmpty
                ? postForm(
                    action: SiteURL.project(.value(id), .team).path, csrf: context.csrf,
                    Blocks.heading("Add someone to the team", level: 2, size: "m"),
                    FormField.select(
                        "person", label: "Person", options: model.candidates, selected: model.input.person,
                        error: model.errors["person"], blankLabel: "Select a person"),
                    FormField.radios(
                        "role", legend: "Their role in the project",
                        options: ProjectRole.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                        selected: model.input.role, error: model.errors["role"], small: true),
                    Buttons.submit("Add to the team")) : .empty)
    }
}
