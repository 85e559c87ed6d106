import Fluent
import Foundation
import TandemCore

/// Giving a partner a certificate of contribution: numbered in the year it is issued, audited, and
/// the partner told in their inbox with a link to print it.
enum ContributionCertificates {
    struct New: Sendable {
        let title: String
        let citation: String
        let from: Date
        let to: Date
        let hours: Double?
        let signedBy: String
    }

    @discardableResult
    static func issue(
        _ new: New, to person: Person, by actor: AuditActor, on db: any Database
    ) async throws
        -> ContributionCertificate
    {
        try await db.transaction { db in
            let year = CalendarDate.civil(Date()).year
            let prefix = ContributionCertificateRules.number(year: year, sequence: 0).dropLast(4)
            let sequence = try await ContributionCertificate.query(on: db).filter(\.$number =~ String(prefix)).count() + 1
            let certificate = ContributionCertificate(
                personID: person.savedID, number: ContributionCertificateRules.number(year: year, sequence: sequence),
                title: new.title, citation: new.citation, fromDay: new.from, toDay: new.to, hours: new.hours,
                issuedByID: actor.personID, signedBy: new.signedBy)
            try await certificate.save(.by(actor, label: person.name, fields: ["certificate"], as: .created), on: db)
            try await PersonMessage.send(
                to: person, subject: "A certificate of contribution for you",
                body:
                    "Thank you. You have been given a certificate of contribution for \(new.title). You can print it, or save it as a PDF, from your record of involvement.",
                link: SiteURL.person(.value(person.savedID), .certificate(.value(certificate.savedID))).path, on: db)
            return certificate
        }
    }
}
