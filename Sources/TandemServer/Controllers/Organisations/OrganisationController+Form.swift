import Fluent
import TandemCore
import Vapor

/// Adding and changing organisations.
extension OrganisationController {
    /// What the form sends. Every field is optional here: missing ones are
    /// reported by `validate`, in plain English, rather than by the decoder.
    struct FormInput: Content {
        var name: String?
        var kind: String?
        var odsCode: String?
        var parent: String?
        var summary: String?

        enum CodingKeys: String, CodingKey {
            case name, kind, parent
            case odsCode = "ods-code"
            case summary = "description"
        }

        init(name: String? = nil, kind: String? = nil, odsCode: String? = nil, parent: String? = nil, summary: String? = nil) {
            self.name = name
            self.kind = kind
            self.odsCode = odsCode
            self.parent = parent
            self.summary = summary
        }

        init(_ organisation: Organisation) {
            self.init(name: organisation.name, kind: organisation.kind.rawValue, odsCode: organisation.odsCode,
                      parent: organisation.$parent.id?.lowercasedString, summary: organisation.summary)
        }
    }

    struct ValidInput {
        let name: String
        let kind: OrganisationKind
        let odsCode: String?
        let parentID: UUID?
        let summary: String?
    }

    static func new(req: Request) async throws -> Response {
        try req.authorize(.manageOrganisations)
        return try await renderForm(req, input: FormInput(), errors: FormErrors(), editing: nil)
    }

    static func create(req: Request) async throws -> Response {
        try req.authorize(.manageOrganisations)
        let input = try req.content.decode(FormInput.self)
        switch try await validate(input, editing: nil, on: req.db) {
        case .failure(let errors):
            return try await renderForm(req, input: input, errors: errors, editing: nil, status: .badRequest)
        case .success(let valid):
            let organisation = Organisation(name: valid.name, kind: valid.kind, odsCode: valid.odsCode,
                                            parentID: valid.parentID, summary: valid.summary)
            try await req.db.transaction { db in
                try await organisation.create(on: db)
                try await Audit.record(.created, .organisation, id: organisation.requireID(), label: organisation.name,
                                       fields: Audit.filledFields(organisation.auditFields), by: req.auditActor, on: db)
            }
            try await req.flash("\(organisation.name) added")
            return req.seeOther(SiteURL.organisation(.value(try organisation.requireID())))
        }
    }

    static func edit(req: Request) async throws -> Response {
        let organisation = try await req.organisation(always(.manageOrganisations))
        return try await renderForm(req, input: FormInput(organisation), errors: FormErrors(), editing: organisation)
    }

    static func update(req: Request) async throws -> Response {
        let organisation = try await req.organisation(always(.manageOrganisations))
        let input = try req.content.decode(FormInput.self)
        switch try await validate(input, editing: organisation, on: req.db) {
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
                try await req.db.transaction { db in
                    try await organisation.save(on: db)
                    try await Audit.record(.updated, .organisation, id: organisation.requireID(), label: organisation.name,
                                           fields: changed, by: req.auditActor, on: db)
                }
            }
            try await req.flash(changed.isEmpty ? "No changes to save" : "\(organisation.name) updated")
            return req.seeOther(SiteURL.organisation(.value(try organisation.requireID())))
        }
    }

    /// Checks every field and returns either the clean values or every problem at once.
    static func validate(_ input: FormInput, editing: Organisation?, on db: any Database) async throws -> Result<ValidInput, FormErrors> {
        var errors = FormErrors()
        let name = input.name.nonBlank
        if name == nil { errors.add("name", "Enter the organisation's name") }
        else if name!.count > 200 { errors.add("name", "Name must be 200 characters or fewer") }

        let kind = input.kind.nonBlank.flatMap(OrganisationKind.init(rawValue:))
        if kind == nil { errors.add("kind", "Select the kind of organisation") }

        var odsCode: String?
        if let raw = input.odsCode.nonBlank {
            switch ODSCode.check(raw) {
            case .failure(let problem): errors.add("ods-code", problem.message)
            case .success(let code):
                odsCode = code
                let clash = Organisation.query(on: db).filter(\.$odsCode == code)
                if let id = editing?.id { clash.filter(\.$id != id) }
                if let other = try await clash.first() {
                    errors.add("ods-code", "ODS code \(code) is already used by \(other.name)")
                }
            }
        }

        var parentID: UUID?
        if let raw = input.parent.nonBlank {
            if let id = UUID(uuidString: raw), let parent = try await Organisation.find(id, on: db), !parent.isArchived {
                parentID = id
                if let kind {
                    let all = try await Organisation.query(on: db).all()
                    let nodes = Dictionary(uniqueKeysWithValues: all.compactMap { org in
                        org.id.map { ($0, OrganisationHierarchy.Node(id: $0, kind: org.kind, parentID: org.$parent.id)) }
                    })
                    if let problem = OrganisationHierarchy.problem(
                        childID: editing?.id, kind: kind, parent: nodes[id]!, parentOf: { nodes[$0] }) {
                        errors.add("parent", problem.message)
                    }
                }
            } else {
                errors.add("parent", "Select an organisation from the list")
            }
        }

        let summary = input.summary.nonBlank
        if let summary, summary.count > 2000 { errors.add("description", "Description must be 2,000 characters or fewer") }

        guard errors.isEmpty, let name, let kind else { return .failure(errors) }
        return .success(ValidInput(name: name, kind: kind, odsCode: odsCode, parentID: parentID, summary: summary))
    }

    private static func renderForm(_ req: Request, input: FormInput, errors: FormErrors, editing: Organisation?,
                                   status: HTTPResponseStatus = .ok) async throws -> Response {
        let model = try await formModel(input: input, errors: errors, editing: editing, on: req.db)
        return OrganisationFormPage.render(model, context: try await PageContext.withForm(req, section: .organisations))
            .response(status)
    }

    static func formModel(input: FormInput, errors: FormErrors, editing: Organisation?,
                          on db: any Database) async throws -> OrganisationFormPage.Model {
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
        ["name": name, "kind": kind.rawValue, "ods_code": odsCode ?? "", "parent": $parent.id?.uuidString ?? "",
         "description": summary ?? ""]
    }
}
