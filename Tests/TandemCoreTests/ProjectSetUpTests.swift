import Testing

@testable import TandemCore

@Suite struct ProjectSetUpTests {
    @Test func eachStepIsDoneWhenTheProjectShowsIt() {
        let empty = StageFacts(
            proposalAgreed: false, outcomes: 0, milestones: 0, patientOrCarerPartners: 0, methods: 0, evidence: 0)
        #expect(ProjectSetUp.tasks(empty, plannedSteps: 0).allSatisfy { !$0.isDone })
        let partly = StageFacts(
            proposalAgreed: false, outcomes: 2, milestones: 0, patientOrCarerPartners: 1, methods: 0, evidence: 0)
        #expect(
            ProjectSetUp.tasks(partly, plannedSteps: 3).filter(\.isDone).map(\.step) == [.outcomes, .team, .involvement])
        let all = StageFacts(proposalAgreed: true, outcomes: 1, milestones: 1, patientOrCarerPartners: 1, methods: 1, evidence: 0)
        #expect(ProjectSetUp.tasks(all, plannedSteps: 1).allSatisfy { $0.isDone })
    }

    @Test func showsOnlyWhileTheProjectIsBeingSetUp() {
        #expect(ProjectSetUp.shows(at: .proposal) && ProjectSetUp.shows(at: .agreed))
        #expect(!ProjectSetUp.shows(at: .fieldwork) && !ProjectSetUp.shows(at: .closed))
    }
}
