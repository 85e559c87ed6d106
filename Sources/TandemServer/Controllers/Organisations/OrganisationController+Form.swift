import Fluent
import TandemCore
import Vapor

/// Adding and changing organisations.
extension OrganisationController {

    static func new(req: Request) async throws -> Response {
        try req.authorize(.manageOrganisations)
        return try await renderForm(req, input: OrganisationForm(), errors: FormErrors(), editing: nil)
    }

    static func create(req: Request) async throws -> Response {
        try req.authorize(.manageOrganisations)
        let input = try req.content.decode(OrganisationForm.self)
        switch try await input.validate(editing: nil, on: req.db) {
        case .failure(let errors):
            return try await renderForm(req, input: input, errors: errors, editing: nil, status: .badRequest)
        case .success(let valid):
            let organisation = Organisation(
                name: valid.name, kind: valid.kind, odsCode: valid.odsCode,
                parentID: valid.parentID, summary: valid.summary)
            try await organisation.save(
                .by(req.auditActor, label: organisation.name, fields: Audit.filledFields(organisation.auditFields)), on: req.db)
            try await req.flash("\(organisation.name) added")
            return req.seeOther(SiteURL.organisation(.value(try organisation.requireID())))
        }
    }

    static func edit(req: Request) async throws -> Response {
        let organisation = try await req.organisation(always(.manageOrganisations))
        return try await renderForm(req, input: OrganisationForm(organisation), errors: FormErrors(), editing: organisation)
    }

    static func update(req: Request) async throws -> Response {
        let organisation = try await req.organisation(always(.manageOrganisations))
        let input = try req.content.decode(OrganisationForm.self)
        switch try await input.validate(editing: organisation, on: req.db) {
        case .failure(let errors):
            return try await renderForm(req, input: input, errors: errors, editing: organisation, status: .badRequest)
        case .success(let valid):
            let before = organisation.auditFields
            organisation.name = valid.name
            organisation.kind = valid.kind
            organisation.odsCode = valid.odsCode
            organisation.$parent.id = valid.parentID
            organisation.summary = valid.summary
            organisation.refreshSearchText()
            let changed = Audit.changedFields(before: before, after: organisation.auditFields)
            if !changed.isEmpty {
                try await organisation.save(.by(req.auditActor, label: organisation.name, fields: changed), on: req.db)
            }
            try await req.flash(changed.isEmpty ? "No changes to save" : "\(organisation.name) updated")
            return req.seeOther(SiteURL.organisation(.value(try organisation.requireID())))
        }
    }

    private static func renderForm(
        _ req: Request, input: OrganisationForm, errors: FormErrors, editing: Organisation?,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await formModel(input: input, errors: errors, editing: editing, on: req.db)
        return OrganisationFormPage.render(model, context: try await PageContext.withForm(req, section: .organisations))
            .response(status)
    }

    static func formModel(
        input: OrganisationForm, errors: FormErrors, editing: Organisation?,
        on db: any Database
    ) async throws -> OrganisationFormPage.Model {
        let candidates = try await Organisation.query(on: db).filter(\.$archivedAt == nil)
            .filter(\.$kind != OrganisationKind.gpPractice).sort(\.$name).all()
            .filter { $0.id != editing?.id }
        return OrganisationFormPage.Model(
            input: input, errors: errors, editingID: editing?.id, editingName: editing?.name,
            parentOptions: candidates.map { .init(value: $0.id!.lowercasedString, label: "\($0.name) (\($0.kind.shortLabel))") })
    }
}

extension Organisation: Auditable {
    var auditFields: [String: String] {
        [
            "name": name, "kind": kind.rawValue, "ods_code": odsCode ?? "", "parent": $parent.id?.uuidString ?? "",
            "description": summary ?? "",
        ]
    }
}
