import Fluent
import TandemCore
import Vapor

extension Request {
    /// The panel named by `:panelID` when the viewer may do `permission`: 404 unless they may see it, then 403.
    func panel(_ permission: (PanelRef) -> Permission) async throws -> (ReviewPanel, PanelRef) {
        guard let panel = try await ReviewPanel.find(try id(.panel), on: db) else { throw AppError.notFound }
        let ref = try await PanelRegistry.ref(panel, on: db)
        let viewer = try requireUser().viewer
        guard AccessPolicy.allows(viewer, .viewPanel(ref)) else { throw AppError.notFound }
        guard AccessPolicy.allows(viewer, permission(ref)) else { throw AppError.forbidden }
        return (panel, ref)
    }

    /// The review named by `:reviewID`, with its panel, when the viewer may do `permission`:
    /// 404 unless they may see the review (another panel's member sees nothing), then 403.
    func panelReview(_ permission: (ReviewRef) -> Permission) async throws -> (PanelReview, ReviewPanel, ReviewRef) {
        guard let review = try await PanelReview.find(try id(.panelReview), on: db),
            let panel = try await ReviewPanel.find(review.$panel.id, on: db)
        else { throw AppError.notFound }
        let ref = ReviewRef(id: review.savedID, panel: try await PanelRegistry.ref(panel, on: db), leadID: review.$lead.id)
        let viewer = try requireUser().viewer
        guard AccessPolicy.allows(viewer, .viewReview(ref)) else { throw AppError.notFound }
        guard AccessPolicy.allows(viewer, permission(ref)) else { throw AppError.forbidden }
        return (review, panel, ref)
    }
}
