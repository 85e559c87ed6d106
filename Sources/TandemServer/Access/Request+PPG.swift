import Fluent
import TandemCore
import Vapor

extension Request {
    /// The PPG named by `:ppgID`, with its practice and the reference the access policy sees,
    /// when the viewer may do `permission`: 404 unless they may see the PPG, then 403.
    func ppg(_ permission: (PPGRef) -> Permission, on database: (any Database)? = nil) async throws -> (PPG, PPGRef) {
        let db = database ?? self.db
        guard let ppg = try await PPG.find(try id(.ppg), on: db) else { throw AppError.notFound }
        let ref = try await PPGRegistry.ref(ppg, on: db)
        let viewer = try requireUser().viewer
        guard AccessPolicy.allows(viewer, .viewPPG(ref)) else { throw AppError.notFound }
        guard AccessPolicy.allows(viewer, permission(ref)) else { throw AppError.forbidden }
        return (ppg, ref)
    }
}
