import Foundation

/// A project's pages. Those in `contents` make the contents list beside every
/// project page, each with its label.
enum ProjectPath: RecordPath {
    case overview, edit, proposal, agree, milestones, outcomes, stage, team, involvement, replicate
    case completeMilestone(Param<UUID>), removeMilestone(Param<UUID>), removeTeamMember(Param<UUID>)
    case surveys, activities, checklists, measures, stories, `import`, evidence
    case coding, codingNext, disagreements, codebook, themes, findings, recommendations
    case report, reportText, reportDocx

    /// The contents list, in the order of the improvement cycle.
    static let contents: [ProjectPath] = [
        .overview, .proposal, .team, .involvement, .surveys, .activities, .stories, .evidence,
        .coding, .themes, .findings, .recommendations, .measures, .report,
    ]

    /// The page's name in the contents list.
    var label: String? {
        switch self {
        case .overview: "Overview"
        case .proposal: "Proposal"
        case .team: "Team"
        case .involvement: "Involvement plan"
        case .surveys: "Surveys"
        case .activities: "Activities"
        case .stories: "Stories"
        case .evidence: "Evidence"
        case .coding: "Coding"
        case .themes: "Themes"
        case .findings: "Findings"
        case .recommendations: "Recommendations"
        case .measures: "Measures"
        case .report: "Report"
        default: nil
        }
    }

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .edit: [.fixed("edit")]
        case .proposal: [.fixed("proposal")]
        case .agree: [.fixed("agree")]
        case .milestones: [.fixed("milestones")]
        case .completeMilestone(let id): [.fixed("milestones"), .id(.milestone, id), .fixed("complete")]
        case .removeMilestone(let id): [.fixed("milestones"), .id(.milestone, id), .fixed("remove")]
        case .outcomes: [.fixed("outcomes")]
        case .stage: [.fixed("stage")]
        case .team: [.fixed("team")]
        case .removeTeamMember(let id): [.fixed("team"), .id(.member, id), .fixed("remove")]
        case .involvement: [.fixed("involvement")]
        case .replicate: [.fixed("replicate")]
        case .surveys: [.fixed("surveys")]
        case .activities: [.fixed("activities")]
        case .checklists: [.fixed("checklists")]
        case .measures: [.fixed("measures")]
        case .stories: [.fixed("stories")]
        case .import: [.fixed("import")]
        case .evidence: [.fixed("evidence")]
        case .coding: [.fixed("coding")]
        case .codingNext: [.fixed("coding"), .fixed("next")]
        case .disagreements: [.fixed("coding"), .fixed("disagreements")]
        case .codebook: [.fixed("codebook")]
        case .themes: [.fixed("themes")]
        case .findings: [.fixed("findings")]
        case .recommendations: [.fixed("recommendations")]
        case .report: [.fixed("report")]
        case .reportText: [.fixed("report"), .fixed("text")]
        case .reportDocx: [.fixed("report.docx")]
        }
    }
}
