import Fluent
import Foundation
import TandemCore

/// A PPG's health check for one quarter: each criterion's outcome, kept so the ICB sees the
/// trend. Refreshed whenever the PPG's records change during the quarter.
final class PPGHealthCheck: Model, @unchecked Sendable {
    static let schema = "ppg_health_checks"

    @ID(key: .id) var id: UUID?
    @Parent(key: "ppg_id") var ppg: PPG

    /// "2026-4": the calendar quarter.
    @Field(key: "quarter") var quarter: String
    /// Each criterion's outcome, by the criterion's raw value.
    @Field(key: "outcomes") var outcomes: [String: String]
    /// How many criteria were met, for sorting and filtering.
    @Field(key: "met") var met: Int
    @Field(key: "checked_at") var checkedAt: Date

    init() {}

    init(ppgID: UUID, quarter: String) {
        self.$ppg.id = ppgID
        self.quarter = quarter
        self.outcomes = [:]
        self.met = 0
        self.checkedAt = Date()
    }

    func outcome(_ criterion: HealthCriterion) -> CriterionOutcome? {
        outcomes[criterion.rawValue].flatMap(CriterionOutcome.init(rawValue:))
    }
}

/// A coordinator's or the PPG's own dated judgement of one criterion, with the reason.
final class PPGHealthJudgement: Model, @unchecked Sendable {
    static let schema = "ppg_health_judgements"

    @ID(key: .id) var id: UUID?
    @Parent(key: "ppg_id") var ppg: PPG
    @OptionalParent(key: "judged_by_id") var judgedBy: Person?

    @Field(key: "criterion") var criterion: HealthCriterion
    @Field(key: "outcome") var outcome: CriterionOutcome
    @Field(key: "reason") var reason: String
    @Field(key: "judged_at") var judgedAt: Date

    init() {}

    init(ppgID: UUID, criterion: HealthCriterion, outcome: CriterionOutcome, reason: String, judgedByID: UUID?) {
        self.$ppg.id = ppgID
        self.criterion = criterion
        self.outcome = outcome
        self.reason = reason
        self.$judgedBy.id = judgedByID
        self.judgedAt = Date()
    }
}
