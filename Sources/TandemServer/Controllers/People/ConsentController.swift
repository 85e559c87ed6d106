import Fluent
import TandemCore
import Vapor

/// Consent, purpose by purpose: given with a date and how, withdrawn at any
/// time, with immediate effect. Records are kept as the history.
enum ConsentController {
    static func show(req: Request) async throws -> Response {
        let (person, _) = try await req.person(Permission.manageConsent)
        return try await render(req, person: person, input: ConsentForm(), errors: FormErrors())
    }

    static func give(req: Request) async throws -> Response {
        let (person, _) = try await req.person(Permission.manageConsent)
        let personID = try person.requireID()
        let user = try req.requireUser()
        let isSelf = user.personID == personID
        let form = try req.content.decode(ConsentForm.self)
        let active = Set(try await activeRecords(for: personID, on: req.db).map(\.purpose))
        let valid: ConsentForm.Valid
        switch form.validate(active: active, isSelf: isSelf) {
        case .failure(let errors): return try await render(req, person: person, input: form, errors: errors, status: .badRequest)
        case .success(let value): valid = value
        }
        let (purposes, howGiven, dateGiven) = (valid.purposes, valid.howGiven, valid.givenAt)
        try await req.db.transaction { db in
            for purpose in purposes {
                let record = ConsentRecord(
                    personID: personID, purpose: purpose, howGiven: howGiven, givenAt: dateGiven,
                    recordedByID: user.personID)
                try await record.save(
                    .by(req.auditActor, label: "\(person.name): \(purpose.label)", fields: [purpose.rawValue], as: .consentGiven),
                    on: db)
            }
        }
        try await req.flash(purposes.count == 1 ? "Consent recorded" : "\(purposes.count) consents recorded")
        return req.seeOther(SiteURL.person(.value(personID), .consent))
    }

    static func withdraw(req: Request) async throws -> Response {
        let (person, _) = try await req.person(Permission.manageConsent)
        let personID = try person.requireID()
        guard
            let record = try await ConsentRecord.query(on: req.db)
                .filter(\.$id == req.id(.consent)).filter(\.$person.$id == personID).first()
        else { throw AppError.notFound }
        guard record.isActive else {
            try await req.flash("That consent had already been withdrawn")
            return req.seeOther(SiteURL.person(.value(personID), .consent))
        }
        try await req.db.transaction { db in
            try await withdraw(record, person: person, by: req.auditActor, on: db)
        }
        try await req.flash("Consent withdrawn. This took effect straight away.")
        return req.seeOther(SiteURL.person(.value(personID), .consent))
    }

    /// Withdraws a consent and does what withdrawal means at once: without
    /// consent to keep them, equality monitoring answers are deleted.
    static func withdraw(_ record: ConsentRecord, person: Person, by actor: AuditActor, on db: any Database) async throws {
        let personID = try person.requireID()
        record.withdrawnAt = Date()
        record.$withdrawalRecordedBy.id = actor.personID
        let purpose = record.purpose
        try await record.save(
            .by(actor, label: "\(person.name): \(purpose.label)", fields: [purpose.rawValue], as: .consentWithdrawn), on: db)
        if purpose == .equalityMonitoring,
            let answers = try await EqualityAnswers.query(on: db).filter(\.$person.$id == personID).first()
        {
            try await answers.delete(.by(actor, label: "\(person.name): equality answers"), on: db)
        }
    }

    static func activeRecords(for personID: UUID, on db: any Database) async throws -> [ConsentRecord] {
        try await ConsentRecord.query(on: db).filter(\.$person.$id == personID).filter(\.$withdrawnAt == nil).all()
    }

    static func hasActiveConsent(_ purpose: ConsentPurpose, personID: UUID, on db: any Database) async throws -> Bool {
        try await ConsentRecord.query(on: db).filter(\.$person.$id == personID).filter(\.$purpose == purpose)
            .filter(\.$withdrawnAt == nil).count() > 0
    }

    private static func render(
        _ req: Request, person: Person, input: ConsentForm, errors: FormErrors,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await pageModel(person, input: input, errors: errors, viewer: try req.requireUser().viewer, on: req.db)
        return ConsentPage.render(model, context: try await PageContext.withForm(req, section: model.isSelf ? .profile : .people))
            .response(status)
    }

    static func pageModel(
        _ person: Person, input: ConsentForm, errors: FormErrors, viewer: Viewer,
        on db: any Database
    ) async throws -> ConsentPage.Model {
        let personID = try person.requireID()
        let records = try await ConsentRecord.query(on: db).filter(\.$person.$id == personID)
            .with(\.$recordedBy).with(\.$withdrawalRecordedBy).sort(\.$givenAt, .descending).all()
        return ConsentPage.Model(
            person: .init(person), isSelf: viewer.personID == personID, statuses: ConsentStatus.current(from: records),
            history: records.map { .init($0) }, input: input, errors: errors)
    }
}

/// Where a person stands for one purpose, worked out from their records.
struct ConsentStatus: Sendable {
    let purpose: ConsentPurpose
    let activeRecordID: UUID?
    let givenAt: Date?
    let lastWithdrawnAt: Date?

    var isGiven: Bool { activeRecordID != nil }

    static func current(from records: [ConsentRecord]) -> [ConsentStatus] {
        ConsentPurpose.allCases.map { purpose in
            let mine = records.filter { $0.purpose == purpose }
            let active = mine.filter(\.isActive).max { $0.givenAt < $1.givenAt }
            let withdrawn = mine.compactMap(\.withdrawnAt).max()
            return ConsentStatus(
                purpose: purpose, activeRecordID: active?.id, givenAt: active?.givenAt, lastWithdrawnAt: withdrawn)
        }
    }
}
