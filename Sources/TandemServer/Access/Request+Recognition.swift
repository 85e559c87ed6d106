import Fluent
import TandemCore
import Vapor

extension Request {
    /// The claim named by `:claimID` when the viewer may do `permission`: 404 unless they may see it
    /// (their own, or they approve claims), then 403.
    func claim(_ permission: (ClaimRef) -> Permission) async throws -> (Claim, ClaimRef) {
        guard let claim = try await Claim.find(try id(.claim), on: db) else { throw AppError.notFound }
        let ref = ClaimRef(id: claim.savedID, claimantID: claim.$person.id)
        let viewer = try requireUser().viewer
        guard AccessPolicy.allows(viewer, .viewClaim(ref)) else { throw AppError.notFound }
        guard AccessPolicy.allows(viewer, permission(ref)) else { throw AppError.forbidden }
        return (claim, ref)
    }

    /// The opportunity named by `:opportunityID`: 404 for a draft unless the viewer manages opportunities.
    func opportunity() async throws -> Opportunity {
        guard let opportunity = try await Opportunity.find(try id(.opportunity), on: db) else { throw AppError.notFound }
        if opportunity.status == .draft, !(try requireUser().viewer.can(.manageOpportunities)) { throw AppError.notFound }
        return opportunity
    }
}
