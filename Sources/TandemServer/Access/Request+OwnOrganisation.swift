import Fluent
import Vapor

extension Request {
    /// The name of the signed-in person's own organisation, if they have one: what a new
    /// resource is credited to, and what a one-click registration says they come from.
    func ownOrganisationName() async throws -> String? {
        guard let organisationID = currentUser?.organisationID else { return nil }
        return try await Organisation.find(organisationID, on: db)?.name
    }
}
