import FluentKit
import Foundation
@testable import TandemServer
import Testing

/// Each model lists its fields by hand (`ModelProperties.swift`) so Fluent
/// need not find them by reflection on every row. These tests fail when a
/// list and the model drift apart.
@Suite("Model field lists")
struct ModelPropertiesTests {
    static let models: [any Model.Type] = [
        Activity.self,
        ActivityFacilitator.self,
        AuditEntry.self,
        Checklist.self,
        ChecklistItem.self,
        Measure.self,
        MeasurePoint.self,
        ChecklistScoreRecord.self,
        ConsentRecord.self,
        EqualityAnswers.self,
        EvidenceCount.self,
        FeedbackItem.self,
        ImportJob.self,
        InvolvementPlanEntry.self,
        LoginAttempt.self,
        Membership.self,
        Organisation.self,
        Person.self,
        PersonOrganisation.self,
        PersonRoleAssignment.self,
        Project.self,
        ProjectChange.self,
        ProjectMember.self,
        ProjectMilestone.self,
        ProjectOutcome.self,
        Story.self,
        Survey.self,
        SurveyAnswer.self,
        SurveyQuestion.self,
        SurveyResponse.self,
        User.self,
        UserSession.self,
        Finding.self,
        FindingTheme.self,
        FindingEvidence.self,
        Recommendation.self,
        RecommendationFinding.self,
        RecommendationUpdate.self,
        Coding.self,
        ItemReview.self,
        CodingSettlement.self,
        ReminderSent.self,
        Event.self,
        EventRegistration.self,
        EventFacilitator.self,
        Resource.self,
        ResourceFile.self,
        ResourceFeedback.self,
        ResourceDownloads.self,
        StoredThemeModel.self,
        Theme.self,
        InboxMessage.self,
        OutboxEmail.self,
        EmailChangeRequest.self,
        AccountLink.self,
        PPG.self,
        PPGStatusChange.self,
        PPGMember.self,
        PPGMeeting.self,
        PPGAttendance.self,
        PPGAction.self,
        PPGImprovement.self,
        RegisteredPopulation.self,
        PracticeEthnicity.self,
        PPGHealthCheck.self,
        PPGHealthJudgement.self,
        PPGQuestionnaire.self,
        PPGAssessment.self,
        PPGBuddyPair.self,
        TrainingProgramme.self,
        ProgrammeTrainer.self,
        CurriculumSession.self,
        ProgrammeStatement.self,
        TrainingCohort.self,
        CohortSession.self,
        TrainingTeam.self,
        TrainingTeamMember.self,
        QuestionnaireResponse.self,
        QuestionnaireAnswer.self,
        SessionReaction.self,
        ReactionReceipt.self,
        TrainingCertificate.self,
        InvolvementLevelRecord.self,
        TimeRecord.self,
        ReviewPanel.self,
        PanelMember.self,
        PanelMeeting.self,
        PanelReview.self,
        ReviewNote.self,
        ReviewPoint.self,
        ReviewAction.self,
        ReviewFollowUp.self,
        PPGBuddyContact.self,
        PPGBuddyReview.self,
        Opportunity.self,
        OpportunityInterest.self,
        Claim.self,
        ClaimExpense.self,
        PayRate.self,
        MileageRate.self,
        RecognitionSettings.self,
        PaymentChoiceRecord.self,
        ContributionCertificate.self,
        GovernanceGroup.self,
        GroupTermsVersion.self,
        GroupMember.self,
        GroupMeeting.self,
        AgendaItem.self,
        InterestDeclaration.self,
        GroupDecision.self,
        GroupAction.self,
        MinutesComment.self,
        Challenge.self,
        PlanPhase.self,
    ]

    /// What reflection finds: every property wrapper Fluent knows, by identity.
    static func reflected(_ model: any Fields) -> [ObjectIdentifier] {
        Mirror(reflecting: model).children.compactMap { $0.value as? any AnyProperty }.map { ObjectIdentifier($0 as AnyObject) }
    }

    @Test(arguments: models.map { ModelCase($0) })
    func theListedFieldsAreExactlyTheReflectedOnes(_ model: ModelCase) {
        let instance = model.type.init()
        let listed = instance.properties.map { ObjectIdentifier($0 as AnyObject) }
        #expect(listed == Self.reflected(instance), "\(model.type): update ModelProperties.swift")
    }

    @Test func everyModelIsChecked() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../Sources/TandemServer/Models")
        let files = FileManager.default.enumerator(atPath: folder.path)!.compactMap { $0 as? String }.filter {
            $0.hasSuffix(".swift")
        }
        var declared: Set<String> = []
        for file in files {
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in source.split(separator: "\n") where line.hasPrefix("final class ") && line.contains(": Model") {
                declared.insert(String(line.dropFirst("final class ".count).prefix { $0 != ":" }))
            }
        }
        #expect(declared == Set(Self.models.map { String(describing: $0) }))
    }
}

struct ModelCase: CustomTestStringConvertible, Sendable {
    let type: any Model.Type
    init(_ type: any Model.Type) { self.type = type }
    var testDescription: String { String(describing: type) }
}
