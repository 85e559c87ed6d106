import Fluent
import TandemCore
import Vapor

/// An organisation's co-production profile (its involvement framework): its projects on the ladder
/// now and quarter by quarter, the training its teams completed and the panel reviews they had.
enum CoProductionProfileController {
    static func show(req: Request) async throws -> Response {
        let organisation = try await req.organisation(Permission.viewOrganisation)
        let model = try await model(organisation, on: req.db)
        return CoProductionProfilePage.render(model, context: try await PageContext.make(req, section: .organisations))
            .response()
    }

    static func model(
        _ organisation: Organisation, today: Date = Date(), on db: any Database
    ) async throws
        -> CoProductionProfilePage.Model
    {
        let organisationID = try organisation.requireID()
        let projects = try await Project.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$title).all()
        let ids = projects.map(\.savedID)
        let plans = ids.isEmpty ? [] : try await InvolvementPlanEntry.query(on: db).filter(\.$project.$id ~~ ids).all()
        let planByProject = Dictionary(grouping: plans, by: \.$project.id)
        let now = Dictionary(
            uniqueKeysWithValues: projects.map {
                ($0.savedID, InvolvementLadder.level(of: InvolvementPlanEntry.levels(planByProject[$0.savedID] ?? [])))
            })
        let history = try await InvolvementLevels.history(ids, on: db)
        let teams = try await TrainingTeam.query(on: db).filter(\.$organisation.$id == organisationID).with(\.$cohort).all()
        let reviews = ids.isEmpty ? [] : try await PanelReview.query(on: db).filter(\.$project.$id ~~ ids).all()
        let teamByProject = Dictionary(
            teams.compactMap { team in team.$project.id.map { ($0, team) } }, uniquingKeysWith: { a, _ in a })
        let reviewsByProject = Dictionary(grouping: reviews.filter { $0.$project.id != nil }, by: { $0.$project.id! })
        var byLevel: [InvolvementLevel?: Int] = [:]
        for level in now.values { byLevel[level, default: 0] += 1 }
        return CoProductionProfilePage.Model(
            id: organisationID, name: organisation.name,
            now: InvolvementLevel.allCases.map { ($0, byLevel[$0] ?? 0) }, noPlan: byLevel[nil] ?? 0,
            quarters: CoProductionProfile.quarters(Array(history.values), count: 8, today: today),
            training: teams.sorted { $0.cohort.firstDay > $1.cohort.firstDay }.map { team in
                (cohortID: team.$cohort.id, cohort: team.cohort.name, team: team.name)
            },
            certificates: teams.isEmpty
                ? 0
                : try await certificates(ofTeams: teams.map(\.savedID), on: db),
            reviews: ReviewStatus.allCases.map { status in (status, reviews.filter { $0.status == status }.count) }.filter {
                $0.1 > 0
            },
            projects: projects.map { project in
                .init(
                    id: project.savedID, title: project.title, level: now[project.savedID] ?? nil,
                    training: teamByProject[project.savedID].map { "\($0.name), \($0.cohort.name)" },
                    reviews: (reviewsByProject[project.savedID] ?? []).map(\.status))
            })
    }

    /// Certificates held by the people on these teams, for their team's cohort.
    private static func certificates(ofTeams teams: [UUID], on db: any Database) async throws -> Int {
        let members = try await TrainingTeamMember.query(on: db).filter(\.$team.$id ~~ teams).with(\.$team).all()
        var count = 0
        for (cohortID, people) in Dictionary(grouping: members, by: { $0.team.$cohort.id }) {
            count += try await TrainingCertificate.query(on: db).filter(\.$cohort.$id == cohortID)
                .filter(\.$person.$id ~~ people.map(\.$person.id)).count()
        }
        return count
    }
}
