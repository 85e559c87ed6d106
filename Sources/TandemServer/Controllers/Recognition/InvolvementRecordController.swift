import Fluent
import TandemCore
import Vapor

/// A partner's record of involvement and certificates of contribution: theirs to read and print,
/// coordinators' to read and to give certificates from.
enum InvolvementRecordController {
    static func show(req: Request) async throws -> Response {
        let (person, _) = try await req.person(Permission.viewInvolvementRecord)
        return try await render(req, person, form: nil, errors: FormErrors())
    }

    /// The partner's own record, from the menu and their time page.
    static func mine(req: Request) async throws -> Response {
        req.seeOther(SiteURL.person(.value(try req.requireUser().personID), .record))
    }

    static func issue(req: Request) async throws -> Response {
        let (person, _) = try await req.person(always(.recogniseContribution))
        let form = try req.content.decode(CertificateForm.self)
        guard try person.savedID != req.requireUser().personID else {
            return try await render(
                req, person, form: form, errors: .one("title", "You cannot give yourself a certificate: ask another coordinator"),
                status: .badRequest)
        }
        switch form.validate(today: Date()) {
        case .failure(let errors):
            return try await render(req, person, form: form, errors: errors, status: .badRequest)
        case .success(let new):
            let certificate = try await ContributionCertificates.issue(new, to: person, by: req.auditActor, on: req.db)
            try await req.flash("Certificate \(certificate.number) given, and \(person.name) told")
            return req.seeOther(SiteURL.person(.value(person.savedID), .record))
        }
    }

    static func certificate(req: Request) async throws -> Response {
        let (person, _) = try await req.person(Permission.viewInvolvementRecord)
        guard
            let certificate = try await ContributionCertificate.query(on: req.db)
                .filter(\.$id == req.id(.contributionCertificate)).filter(\.$person.$id == person.savedID).first()
        else { throw AppError.notFound }
        return ContributionCertificatePage.render(
            certificate, person: person.name, personID: person.savedID,
            context: try await PageContext.make(req, section: try person.savedID == req.requireUser().personID ? .time : .people)
        ).response()
    }

    private static func render(
        _ req: Request, _ person: Person, form: CertificateForm?, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let user = try req.requireUser()
        let isOwn = person.savedID == user.personID
        let loaded = try await InvolvementRecords.load(person, today: Date(), on: req.db)
        let thisYear = CalendarDate.civil(Date()).year
        var certificateForm: CertificateForm?
        if !isOwn && user.viewer.can(.recogniseContribution) {
            // Signed with the coordinator's full name, as the certificate names the partner.
            let signer = try await Person.find(user.personID, on: req.db)?.name ?? user.name
            certificateForm =
                form
                ?? CertificateForm(
                    hours: loaded.record.years.first { $0.year == thisYear }?.hours ?? 0, year: thisYear, today: Date(),
                    signedBy: "\(signer), \(user.role.label.lowercased())")
        }
        return InvolvementRecordPage.render(
            .init(personID: person.savedID, loaded: loaded, isOwn: isOwn, certificateForm: certificateForm, errors: errors),
            context: try await PageContext.make(req, section: isOwn ? .time : .people)
        ).response(status)
    }
}
