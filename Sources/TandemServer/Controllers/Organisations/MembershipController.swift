import Fluent
import TandemCore
import Vapor

/// An organisation's membership: tier and dates. Only admins change it.
enum MembershipController {
    struct FormInput: Content {
        var tier: String?
        var startsDay: String?
        var startsMonth: String?
        var startsYear: String?
        var renewsDay: String?
        var renewsMonth: String?
        var renewsYear: String?
        var notes: String?

        enum CodingKeys: String, CodingKey {
            case tier, notes
            case startsDay = "starts-day", startsMonth = "starts-month", startsYear = "starts-year"
            case renewsDay = "renews-day", renewsMonth = "renews-month", renewsYear = "renews-year"
        }

        var starts: DateParts { DateParts(day: startsDay ?? "", month: startsMonth ?? "", year: startsYear ?? "") }
        var renews: DateParts { DateParts(day: renewsDay ?? "", month: renewsMonth ?? "", year: renewsYear ?? "") }
    }

    static func edit(req: Request) async throws -> Response {
        let organisation = try await req.organisation(always(.manageMembership))
        let existing = try await Membership.query(on: req.db).filter(\.$organisation.$id == organisation.requireID()).first()
        var input = FormInput()
        if let existing {
            input.tier = existing.tier.rawValue
            (input.startsDay, input.startsMonth, input.startsYear) = CalendarDate.parts(of: existing.startsOn)
            (input.renewsDay, input.renewsMonth, input.renewsYear) = CalendarDate.parts(of: existing.renewsOn)
            input.notes = existing.notes
        }
        return try await render(req, organisation: organisation, input: input, errors: FormErrors())
    }

    static func update(req: Request) async throws -> Response {
        let organisation = try await req.organisation(always(.manageMembership))
        let organisationID = try organisation.requireID()
        let input = try req.content.decode(FormInput.self)

        var errors = FormErrors()
        let tier = input.tier.nonBlank.flatMap(MembershipTier.init(rawValue:))
        if tier == nil { errors.add("tier", "Select a membership tier") }
        let starts = errors.check(FieldRules.date(input.starts, name: "Start date"), "starts")
        let renews = errors.check(FieldRules.date(input.renews, name: "Renewal date"), "renews")
        if let starts, let renews, renews <= starts { errors.add("renews", "Renewal date must be after the start date") }
        errors.limit(input.notes, "notes", maximum: TextLimit.short, name: "Notes")
        guard errors.isEmpty, let tier, let starts, let renews else {
            return try await render(req, organisation: organisation, input: input, errors: errors, status: .badRequest)
        }

        let membership =
            try await Membership.query(on: req.db).filter(\.$organisation.$id == organisationID).first()
            ?? Membership(organisationID: organisationID, tier: tier, startsOn: starts, renewsOn: renews)
        let isNew = membership.id == nil
        let before = isNew ? [:] : membership.auditFields
        membership.tier = tier
        membership.startsOn = starts
        membership.renewsOn = renews
        membership.notes = input.notes.nonBlank
        let changed =
            isNew
            ? Audit.filledFields(membership.auditFields) : Audit.changedFields(before: before, after: membership.auditFields)
        try await req.db.transaction { db in
            try await membership.save(on: db)
            try await Audit.record(
                isNew ? .created : .updated, .membership, id: membership.requireID(),
                label: "Membership of \(organisation.name)", fields: changed, by: req.auditActor, on: db)
        }
        try await req.flash("Membership saved")
        return req.seeOther(SiteURL.organisation(.value(organisationID)))
    }

    private static func render(
        _ req: Request, organisation: Organisation, input: FormInput, errors: FormErrors,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        MembershipFormPage.render(
            formModel(organisation, input: input, errors: errors),
            context: try await PageContext.withForm(req, section: .organisations)
        ).response(status)
    }

    static func formModel(_ organisation: Organisation, input: FormInput, errors: FormErrors) -> MembershipFormPage.Model {
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
