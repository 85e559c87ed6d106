import Foundation
import TandemCore

/// An organisation as lists and pages show it.
struct OrganisationSummary: Sendable, Equatable {
    let id: UUID
    let name: String
    let kind: OrganisationKind
    let odsCode: String?
    let summary: String?
    let parentID: UUID?
    let parentName: String?
    let isArchived: Bool
    let isDemo: Bool

    init(_ organisation: Organisation) {
        id = organisation.savedID
        name = organisation.name
        kind = organisation.kind
        odsCode = organisation.odsCode
        summary = organisation.summary
        parentID = organisation.$parent.id
        parentName = organisation.$parent.value??.name
        isArchived = organisation.isArchived
        isDemo = organisation.isDemo
    }

    var href: String { SiteURL.organisation(.value(id)).path }
}
