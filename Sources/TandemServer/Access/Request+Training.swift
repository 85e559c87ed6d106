import Fluent
import TandemCore
import Vapor

extension Request {
    /// The programme named by `:programmeID` when the viewer may do `permission`: 404 unless they may see it, then 403.
    func programme(_ permission: (ProgrammeRef) -> Permission) async throws -> (TrainingProgramme, ProgrammeRef) {
        guard let programme = try await TrainingProgramme.find(try id(.programme), on: db) else { throw AppError.notFound }
        let ref = try await TrainingRegistry.ref(programme, on: db)
        let viewer = try requireUser().viewer
        guard AccessPolicy.allows(viewer, .viewProgramme(ref)) else { throw AppError.notFound }
        guard AccessPolicy.allows(viewer, permission(ref)) else { throw AppError.forbidden }
        return (programme, ref)
    }

    /// The cohort named by `:cohortID`, with its programme, when the viewer may do `permission`:
    /// 404 unless they may see the cohort, then 403.
    func cohort(_ permission: (CohortRef) -> Permission) async throws -> (TrainingCohort, TrainingProgramme, CohortRef) {
        guard let cohort = try await TrainingCohort.find(try id(.cohort), on: db),
            let programme = try await TrainingProgramme.find(cohort.$programme.id, on: db)
        else { throw AppError.notFound }
        let ref = try await TrainingRegistry.ref(cohort, programme: programme, on: db)
        let viewer = try requireUser().viewer
        guard AccessPolicy.allows(viewer, .viewCohort(ref)) else { throw AppError.notFound }
        guard AccessPolicy.allows(viewer, permission(ref)) else { throw AppError.forbidden }
        return (cohort, programme, ref)
    }
}
