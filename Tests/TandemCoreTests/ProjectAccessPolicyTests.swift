import Foundation
import TandemCore
import Testing

@Suite("Access policy for projects and evidence")
struct ProjectAccessPolicyTests {
    let acute = UUID(), community = UUID()
    let me = UUID(), someoneElse = UUID()

    func viewer(_ role: AccountRole, organisation: UUID? = nil) -> Viewer {
        Viewer(role: role, personID: me, organisationID: organisation)
    }

    func project(at organisation: UUID, team: Set<UUID> = []) -> ProjectRef {
        ProjectRef(id: UUID(), organisationID: organisation, team: team)
    }

    @Test func partnersSeeAndContributeOnlyToTheirTeamsProjects() {
        let partner = viewer(.partner)
        let mine = project(at: acute, team: [me]), other = project(at: acute, team: [someoneElse])
        #expect(AccessPolicy.allows(partner, .viewProject(mine)) && AccessPolicy.allows(partner, .contributeEvidence(mine)))
        #expect(AccessPolicy.allows(partner, .readAsGiven(mine, .team)))
        #expect(!AccessPolicy.allows(partner, .viewProject(other)) && !AccessPolicy.allows(partner, .contributeEvidence(other)))
        #expect(!AccessPolicy.allows(partner, .manageProject(mine)) && !AccessPolicy.allows(partner, .createProject))
        #expect(AccessPolicy.projectScope(partner) == .member(me))
    }

    @Test func staffSeeTheirOrganisationsProjectsAndReadAsGivenOnlyWhereConsentAllows() {
        let staff = viewer(.staff, organisation: acute)
        let ours = project(at: acute), theirs = project(at: community), onTeam = project(at: community, team: [me])
        #expect(AccessPolicy.allows(staff, .viewProject(ours)) && AccessPolicy.allows(staff, .contributeEvidence(ours)))
        #expect(!AccessPolicy.allows(staff, .viewProject(theirs)))
        #expect(AccessPolicy.allows(staff, .viewProject(onTeam)))
        #expect(!AccessPolicy.allows(staff, .manageProject(ours)))
        // Not on the team: the organisation may read what people agreed the organisation may read.
        #expect(!AccessPolicy.allows(staff, .readAsGiven(ours, .team)))
        #expect(
            AccessPolicy.allows(staff, .readAsGiven(ours, .organisation))
                && AccessPolicy.allows(staff, .readAsGiven(ours, .public)))
        #expect(AccessPolicy.allows(staff, .readAsGiven(onTeam, .team)))
        #expect(!AccessPolicy.allows(staff, .seeTeamDetails(ours)) && AccessPolicy.allows(staff, .seeTeamDetails(onTeam)))
        #expect(
            AccessPolicy.allows(staff, .viewOrganisationEvidence(acute))
                && !AccessPolicy.allows(staff, .viewOrganisationEvidence(community)))
        #expect(AccessPolicy.projectScope(staff) == .organisation(acute, orMember: me))
    }

    @Test func coordinatorsRunEveryProject() {
        let coordinator = viewer(.coordinator)
        let any = project(at: community)
        for permission: Permission in [
            .createProject, .manageProject(any), .contributeEvidence(any), .readAsGiven(any, .team),
            .viewOrganisationEvidence(community), .seeTeamDetails(any),
        ] {
            #expect(AccessPolicy.allows(coordinator, permission))
        }
        #expect(AccessPolicy.projectScope(coordinator) == .everything)
    }

    @Test func nobodySignedOutSeesAProject() {
        #expect(!AccessPolicy.allows(nil, .viewProject(project(at: acute))))
        #expect(AccessPolicy.projectScope(nil) == .nothing)
    }
}
