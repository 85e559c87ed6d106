import Fluent
import TandemCore
import Vapor

/// The project team: patient and carer partners alongside staff, one list.
enum TeamController {
    static func show(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.viewProject)
        return try await render(req, project: project, ref: ref, input: TeamMemberForm(), errors: FormErrors())
    }

    static func add(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.manageProject)
        let id = try project.requireID()
        let form = try req.content.decode(TeamMemberForm.self)
        let valid: TeamMemberForm.Valid
        switch try await form.validate(team: ref.team, on: req.db) {
        case .failure(let errors):
            return try await render(req, project: project, ref: ref, input: form, errors: errors, status: .badRequest)
        case .success(let value): valid = value
        }
        let (person, role) = (valid.person, valid.role)
        let personID = try person.requireID()
        try await req.db.transaction { db in
            try await TeamMembership.join(personID, as: role, project: project, by: req.auditActor, on: db)
            try await ProjectChange(
                projectID: id, kind: "team", summary: "\(person.displayName) joined as \(role.label.lowercased())",
                by: req.currentUser?.personID
            ).create(on: db)
        }
        try await req.flash("\(person.displayName) added to the team")
        return req.seeOther(SiteURL.project(.value(id), .team))
    }

    static func remove(req: Request) async throws -> Response {
        let (project, _) = try await req.project(Permission.manageProject)
        let id = try project.requireID()
        guard
            let member = try await ProjectMember.query(on: req.db).filter(\.$id == req.id(.member))
                .filter(\.$project.$id == id).with(\.$person).first()
        else { throw AppError.notFound }
        try await req.db.transaction { db in
            try await TeamMembership.leave(member, project: project, by: req.auditActor, on: db)
            try await ProjectChange(
                projectID: id, kind: "team", summary: "\(member.person.displayName) left the team",
                by: req.currentUser?.personID
            ).create(on: db)
        }
        try await req.flash("\(member.person.displayName) is no longer on the team")
        return req.seeOther(SiteURL.project(.value(id), .team))
    }

    private static func render(
        _ req: Request, project: Project, ref: ProjectRef, input: TeamMemberForm, errors: FormErrors,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await pageModel(
            project: project, ref: ref, input: input, errors: errors, viewer: try req.requireUser().viewer, on: req.db)
        return TeamPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    static func pageModel(
        project: Project, ref: ProjectRef, input: TeamMemberForm, errors: FormErrors, viewer: Viewer, on db: any Database
    ) async throws -> TeamPage.Model {
        let id = try project.requireID()
        let members = try await ProjectMember.query(on: db).filter(\.$project.$id == id).with(\.$person).all()
            .sorted { $0.person.displayName < $1.person.displayName }
        let canManage = viewer.can(.manageProject(ref))
        // Access needs are for the people the team works with: the team and coordinators.
        let seesNeeds = viewer.can(.seeTeamDetails(ref))
        let candidates = canManage ? try await Person.query(on: db).filter(\.$id !~ Array(ref.team)).sort(\.$name).all() : []
        return TeamPage.Model(
            header: try await ProjectController.header(project, on: db),
            members: members.map { member in
                .init(
                    id: member.id!, personID: member.$person.id, name: member.person.displayName,
                    pronouns: member.person.pronouns,
                    role: member.role, accessNeeds: seesNeeds ? member.person.accessNeedLabels : [])
            },
            candidates: candidates.map { .init(value: $0.id!.lowercasedString, label: $0.name) },
            canManage: canManage, seesNeeds: seesNeeds, input: input, errors: errors)
    }
}
