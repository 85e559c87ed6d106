import Fluent
import Foundation
import TandemCore
import Vapor

/// What the form sends. Every field is optional here: missing ones are
/// reported by `validate`, in plain English, rather than by the decoder.
struct OrganisationForm: Content, Sendable {
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
        self.init(
            name: organisation.name, kind: organisation.kind.rawValue, odsCode: organisation.odsCode,
            parent: organisation.$parent.id?.lowercasedString, summary: organisation.summary)
    }

    struct Valid: Sendable {
        let name: String
        let kind: OrganisationKind
        let odsCode: String?
        let parentID: UUID?
        let summary: String?
    }

    /// Checks every field and returns either the clean values or every problem at once.
    func validate(editing: Organisation?, on db: any Database) async throws -> Result<Valid, FormErrors> {
        let input = self
        var errors = FormErrors()
        let name = input.name.nonBlank
        if name == nil {
            errors.add("name", "Enter the organisation's name")
        } else if name!.count > 200 {
            errors.add("name", "Name must be 200 characters or fewer")
        }

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
                    let nodes = Dictionary(
                        uniqueKeysWithValues: all.compactMap { org in
                            org.id.map { ($0, OrganisationHierarchy.Node(id: $0, kind: org.kind, parentID: org.$parent.id)) }
                        })
                    if let problem = OrganisationHierarchy.problem(
                        childID: editing?.id, kind: kind, parent: nodes[id]!, parentOf: { nodes[$0] })
                    {
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
        return .success(Valid(name: name, kind: kind, odsCode: odsCode, parentID: parentID, summary: summary))
    }
}
