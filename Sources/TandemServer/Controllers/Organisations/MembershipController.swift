import Fluent
import TandemCore
import Vapor

/// An organisation's membership: tier and dates. Only admins change it.
enum MembershipController {
    static func edit(req: Request) async throws -> Response {
        let organisation = try await req.organisation(always(.manageMembership))
        let existing = try await Membership.query(on: req.db).filter(\.$organisation.$id == organisation.requireID()).first()
        let input = existing.map(MembershipForm.init) ?? MembershipForm()
        return try await render(req, organisation: organisation, input: input, errors: FormErrors())
    }

    static func update(req: Request) async throws -> Response {
        let organisation = try await req.organisation(always(.manageMembership))
        let organisationID = try organisation.requireID()
        let form = try req.content.decode(MembershipForm.self)
        let valid: MembershipForm.Valid
        switch form.validate() {
        case .failure(let errors):
            return try await render(req, organisation: organisation, input: form, errors: errors, status: .badRequest)
        case .success(let value): valid = value
        }

        let membership =
            try await Membership.query(on: req.db).filter(\.$organisation.$id == organisationID).first()
            ?? Membership(organisationID: organisationID, tier: valid.tier, startsOn: valid.startsOn, renewsOn: valid.renewsOn)
        let isNew = membership.id == nil
        let before = isNew ? [:] : membership.auditFields
        membership.tier = valid.tier
        membership.startsOn = valid.startsOn
        membership.renewsOn = valid.renewsOn
        membership.notes = valid.notes
        let changed =
            isNew
            ? Audit.filledFields(membership.auditFields) : Audit.changedFields(before: before, after: membership.auditFields)
        try await membership.save(.by(req.auditActor, label: "Membership of \(organisation.name)", fields: changed), on: req.db)
        try await req.flash("Membership saved")
        return req.seeOther(SiteURL.organisation(.value(organisationID)))
    }

    private static func render(
        _ req: Request, organisation: Organisation, input: MembershipForm, errors: FormErrors,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        MembershipFormPage.render(
            formModel(organisation, input: input, errors: errors),
            context: try await PageContext.withForm(req, section: .organisations)
        ).response(status)
    }

    static func formModel(_ organisation: Organisation, input: MembershipForm, errors: FormErrors) -> MembershipFormPage.Model {
        .init(organisation: .init(organisation), input: input, errors: errors)
    }
}

extension Membership: Auditable {
    var auditFields: [String: String] {
        [
            "tier": tier.rawValue, "starts_on": CalendarDate.long(startsOn), "renews_on": CalendarDate.long(renewsOn),
            "notes": notes ?? "",
        ]
    }
}
