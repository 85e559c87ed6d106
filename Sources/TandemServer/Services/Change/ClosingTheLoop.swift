import Fluent
import Foundation
import TandemCore

/// Telling people what their voice changed. When a recommendation is
/// implemented, everyone whose comment supports it, and who has agreed to be
/// contacted, gets a message in their Tandem inbox, and an email in the outbox
/// when Tandem has their address.
enum ClosingTheLoop {
    /// The people to tell: contributors of the comments behind the
    /// recommendation's findings, with an active "contact me" consent.
    static func contributors(of recommendationID: UUID, on db: any Database) async throws -> [Person] {
        let findingIDs = try await RecommendationFinding.query(on: db).filter(\.$recommendation.$id == recommendationID).all(
            \.$finding.$id)
        guard !findingIDs.isEmpty else { return [] }
        let itemIDs = try await FindingEvidence.query(on: db).filter(\.$finding.$id ~~ findingIDs).all(\.$item.$id)
        let contributorIDs = Set(
            try await FeedbackItem.query(on: db).filter(\.$id ~~ itemIDs).filter(\.$contributor.$id != nil)
                .field(\.$id).field(\.$contributor.$id).all().compactMap(\.$contributor.id))
        guard !contributorIDs.isEmpty else { return [] }
        let consenting = Set(
            try await ConsentRecord.query(on: db).filter(\.$person.$id ~~ contributorIDs)
                .filter(\.$purpose == ConsentPurpose.contact).filter(\.$withdrawnAt == nil).all(\.$person.$id))
        return try await Person.query(on: db).filter(\.$id ~~ consenting).all()
    }

    /// Writes the messages; returns how many people were told.
    @discardableResult
    static func recommendationImplemented(
        _ recommendation: Recommendation, project: Project, whatChanged: String, publicURL: URL? = nil,
        on db: any Database
    ) async throws -> Int {
        let people = try await contributors(of: recommendation.requireID(), on: db)
        let subject = "You said, we did: \(project.title)"
        let link = SiteURL.youSaidWeDidProject(.value(try project.requireID())).path
        for person in people {
            // The email carries the whole address; the inbox links within Tandem.
            let body = message(
                to: person.name == ContactConsent.unnamed ? nil : person.displayName, project: project.title,
                recommendation: recommendation.text,
                whatChanged: whatChanged, link: AppConfig.absoluteURL(link, base: publicURL))
            try await PersonMessage.send(to: person, subject: subject, body: body, link: link, on: db)
        }
        return people.count
    }

    /// The words of the message; a person who gave no name is greeted without one.
    static func message(to name: String?, project: String, recommendation: String, whatChanged: String, link: String) -> String {
        """
        \(name.map { "Dear \($0)," } ?? "Hello,")

        Thank you for telling us about your experience. What you and others said was part of the evidence for the project \u{201C}\(project)\u{201D}, and it led to this change:

        \(recommendation)

        What has been done: \(whatChanged)

        You can see every change the project has led to at \(link). We will check in a few months that the change has lasted.

        With thanks from the Tandem team
        """
    }
}
