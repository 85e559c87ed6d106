/// The steps that set a new project up well, in the order people usually take them,
/// each done when the project shows it. Shown as a task list on a new project's page.
public enum ProjectSetUp {
    public enum Step: String, CaseIterable, Sendable {
        case outcomes, team, involvement, methods, milestones, agreement

        public var title: String {
            switch self {
            case .outcomes: "Agree the problem and the outcomes"
            case .team: "Build the team, with patient or carer partners"
            case .involvement: "Plan how people are involved at each step"
            case .methods: "Choose how to gather evidence"
            case .milestones: "Set milestones"
            case .agreement: "Agree the proposal with the partner organisation"
            }
        }

        public var hint: String {
            switch self {
            case .outcomes: "What should be different for patients and carers when the project ends."
            case .team: "Patients and carers join as equal members, not as people to consult afterwards."
            case .involvement: "From identifying the problem to checking the change lasts."
            case .methods: "A survey, visits, focus groups or people's stories."
            case .milestones: "The dates the team and the partner will hold each other to."
            case .agreement: "Both sides agree the proposal before the work starts."
            }
        }
    }

    public struct Task: Equatable, Sendable {
        public let step: Step
        public let isDone: Bool
    }

    /// Each step and whether it is done; `plannedSteps` is how many steps of the involvement plan have a level.
    public static func tasks(_ facts: StageFacts, plannedSteps: Int) -> [Task] {
        Step.allCases.map { step in
            let done =
                switch step {
                case .outcomes: facts.outcomes > 0
                case .team: facts.patientOrCarerPartners > 0
                case .involvement: plannedSteps > 0
                case .methods: facts.methods > 0
                case .milestones: facts.milestones > 0
                case .agreement: facts.proposalAgreed
                }
            return Task(step: step, isDone: done)
        }
    }

    /// The task list shows while a project is being set up.
    public static func shows(at stage: ProjectStage) -> Bool { stage == .proposal || stage == .agreed }
}
