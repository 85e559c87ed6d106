import FluentKit

// Fluent finds a model's fields by reflection (Mirror) every time it reads or
// writes a row, and that reflection was the largest single cost of a page:
// more than the database's own work. Each model here lists its fields
// instead, in declaration order. `ModelPropertiesTests` checks every list
// against what reflection finds, so a field added to a model and not here
// fails the tests rather than going unsaved.

extension Activity {
    var properties: [any AnyProperty] {
        [$id, $project, $checklist, $facilitators, $kind, $title, $heldOn, $place, $participants, $notes, $isDemo, $createdAt]
    }
}

extension ActivityFacilitator {
    var properties: [any AnyProperty] { [$id, $activity, $person] }
}

extension AuditEntry {
    var properties: [any AnyProperty] {
        [$id, $actor, $subjectPersonID, $actorLabel, $action, $recordType, $recordID, $recordLabel, $fields, $at]
    }
}

extension Checklist {
    var properties: [any AnyProperty] { [$id, $project, $items, $name] }
}

extension Measure {
    var properties: [any AnyProperty] { [$id, $project, $name, $unit, $direction, $target, $details, $isDemo, $createdAt] }
}

extension MeasurePoint {
    var properties: [any AnyProperty] { [$id, $measure, $period, $value, $annotation, $startsPhase] }
}

extension ChecklistItem {
    var properties: [any AnyProperty] { [$id, $checklist, $position, $text] }
}

extension ChecklistScoreRecord {
    var properties: [any AnyProperty] { [$id, $activity, $item, $score, $comment] }
}

extension ConsentRecord {
    var properties: [any AnyProperty] {
        [$id, $person, $recordedBy, $withdrawalRecordedBy, $purpose, $howGiven, $givenAt, $withdrawnAt, $createdAt]
    }
}

extension EqualityAnswers {
    var properties: [any AnyProperty] {
        [$id, $person, $ageBand, $sex, $genderIdentity, $ethnicGroup, $disability, $carer, $updatedAt]
    }
}

extension EvidenceCount {
    var properties: [any AnyProperty] { [$id, $project, $method, $count] }
}

extension FeedbackItem {
    var properties: [any AnyProperty] {
        [
            $id, $project, $organisation, $contributor, $addedBy, $method, $sourceKind, $sourceID, $text, $redactedText,
            $occurredOn, $service, $rating, $question, $consentScope, $fingerprint, $isDemo, $quotable, $sentiment, $codedAt,
            $createdAt,
        ]
    }
}

extension ImportJob {
    var properties: [any AnyProperty] {
        [
            $id, $project, $createdBy, $fileName, $storedName, $state, $mapping, $consentScope, $totalRows, $importedRows,
            $duplicateRows, $problems, $problemCount, $withoutCommentRows, $withoutCommentLines, $importableRows,
            $skipProblemRows, $problemRowsSkipped, $createdAt, $finishedAt, $heartbeatAt,
        ]
    }
}

extension InvolvementPlanEntry {
    var properties: [any AnyProperty] { [$id, $project, $step, $level, $who] }
}

extension LoginAttempt {
    var properties: [any AnyProperty] { [$id, $email, $ipAddress, $attemptedAt] }
}

extension Membership {
    var properties: [any AnyProperty] { [$id, $organisation, $tier, $startsOn, $renewsOn, $notes, $createdAt, $updatedAt] }
}

extension Organisation {
    var properties: [any AnyProperty] {
        [
            $id, $parent, $children, $name, $kind, $odsCode, $summary, $postcode, $searchText, $isDemo, $archivedAt, $createdAt,
            $updatedAt,
        ]
    }
}

extension Person {
    var properties: [any AnyProperty] {
        [
            $id, $roleAssignments, $organisations, $name, $preferredName, $pronouns, $email, $phone, $postcodeDistrict,
            $livedExperience, $skills, $accessNeeds, $accessNeedsOther, $searchText, $isDemo, $createdAt, $updatedAt,
        ]
    }
}

extension PersonOrganisation {
    var properties: [any AnyProperty] { [$id, $person, $organisation] }
}

extension PersonRoleAssignment {
    var properties: [any AnyProperty] { [$id, $person, $role] }
}

extension Project {
    var properties: [any AnyProperty] {
        [
            $id, $organisation, $projectManager, $replicatedFrom, $agreedBy, $title, $problem, $aims, $stage, $startsOn, $endsOn,
            $partnerSignatory, $agreedAt, $searchText, $isDemo, $reportSummary, $reportBackground, $createdAt, $updatedAt,
        ]
    }
}

extension ProjectChange {
    var properties: [any AnyProperty] { [$id, $project, $changedBy, $kind, $summary, $at] }
}

extension ProjectMember {
    var properties: [any AnyProperty] { [$id, $project, $person, $role, $createdAt] }
}

extension ProjectMilestone {
    var properties: [any AnyProperty] { [$id, $project, $title, $dueOn, $completedOn] }
}

extension ProjectOutcome {
    var properties: [any AnyProperty] { [$id, $project, $position, $text] }
}

extension Story {
    var properties: [any AnyProperty] {
        [
            $id, $project, $storyteller, $title, $consentScope, $transcript, $recordingLink, $recordingFile, $recordingType,
            $recordingBytes, $isDemo, $createdAt,
        ]
    }
}

extension Survey {
    var properties: [any AnyProperty] {
        [
            $id, $project, $title, $introduction, $audience, $status, $publicToken, $closesOn, $asksDemographics, $invited,
            $createdAt, $updatedAt,
        ]
    }
}

extension SurveyAnswer {
    var properties: [any AnyProperty] { [$id, $response, $question, $value] }
}

extension SurveyQuestion {
    var properties: [any AnyProperty] { [$id, $survey, $position, $kind, $text, $helpText, $required, $options] }
}

extension SurveyResponse {
    var properties: [any AnyProperty] {
        [
            $id, $survey, $enteredBy, $source, $consentScope, $ageBand, $sex, $genderIdentity, $ethnicGroup, $disability, $carer,
            $submittedAt, $isDemo,
        ]
    }
}

extension User {
    var properties: [any AnyProperty] {
        [$id, $person, $organisation, $email, $passwordHash, $role, $isActive, $lastSignedInAt, $createdAt, $updatedAt]
    }
}

extension UserSession {
    var properties: [any AnyProperty] { [$id, $user, $tokenHash, $csrfToken, $flash, $expiresAt, $createdAt] }
}

extension Finding {
    var properties: [any AnyProperty] { [$id, $project, $createdBy, $statement, $createdAt] }
}

extension FindingTheme {
    var properties: [any AnyProperty] { [$id, $finding, $theme] }
}

extension FindingEvidence {
    var properties: [any AnyProperty] { [$id, $finding, $item, $isQuote] }
}

extension Recommendation {
    var properties: [any AnyProperty] {
        [
            $id, $project, $organisation, $owner, $text, $priority, $dueOn, $status, $declineReason, $implementedOn, $reviewDueOn,
            $reviewRequestedAt, $proposedDueOn, $proposedDueReason, $proposedDueBy, $isPublished, $isDemo, $createdAt, $updatedAt,
        ]
    }
}

extension RecommendationFinding {
    var properties: [any AnyProperty] { [$id, $recommendation, $finding] }
}

extension RecommendationUpdate {
    var properties: [any AnyProperty] {
        [
            $id, $recommendation, $author, $writtenOn, $text, $evidenceLink, $evidenceFile, $evidenceFileName, $statusFrom,
            $statusTo, $createdAt,
        ]
    }
}

extension Coding {
    var properties: [any AnyProperty] {
        [$id, $project, $item, $theme, $coder, $suggestedBy, $confidence, $setAside, $createdAt]
    }
}

extension CodingSettlement {
    var properties: [any AnyProperty] { [$id, $project, $item, $settledBy, $note, $settledAt] }
}

extension ItemReview {
    var properties: [any AnyProperty] { [$id, $project, $item, $coder, $sentiment, $quotable, $codedAt] }
}

extension StoredThemeModel {
    var properties: [any AnyProperty] { [$id, $project, $version, $examples, $data, $trainedAt] }
}

extension Theme {
    var properties: [any AnyProperty] { [$id, $project, $parent, $key, $name, $details, $createdAt] }
}

extension ReminderSent {
    var properties: [any AnyProperty] { [$id, $person, $subject, $recordID, $kind, $dueOn, $sentAt] }
}

extension InboxMessage {
    var properties: [any AnyProperty] { [$id, $person, $subject, $body, $link, $readAt, $createdAt] }
}

extension OutboxEmail {
    var properties: [any AnyProperty] {
        [
            $id, $person, $toAddress, $subject, $body, $status, $attempts, $lastError, $attachmentName, $attachmentType,
            $attachmentBody, $createdAt, $sentAt,
        ]
    }
}

extension EmailChangeRequest {
    var properties: [any AnyProperty] { [$id, $person, $newEmail, $tokenHash, $expiresAt, $createdAt] }
}

extension AccountLink {
    var properties: [any AnyProperty] { [$id, $user, $purpose, $tokenHash, $expiresAt, $usedAt, $createdAt] }
}

extension Event {
    var properties: [any AnyProperty] {
        [
            $id, $project, $organisation, $createdBy, $title, $summary, $details, $kind, $topics, $startsAt, $endsAt, $venue,
            $stepFree, $hearingLoop, $parking, $joiningLink, $capacity, $audience, $status, $cancelReason, $reminderDays,
            $remindedAt, $sequence, $placesTaken, $lastPosition, $isDemo, $outcomes, $feedbackSurvey, $feedbackSentAt, $createdAt,
            $updatedAt,
        ]
    }
}

extension EventFacilitator {
    var properties: [any AnyProperty] { [$id, $event, $person, $position] }
}

extension EventRegistration {
    var properties: [any AnyProperty] {
        [
            $id, $event, $person, $name, $email, $phone, $organisationText, $accessNeeds, $accessOther, $dietary,
            $contactAboutFuture, $status, $position, $cancelTokenHash, $checkInCode, $attendance, $createdAt, $cancelledAt,
        ]
    }
}

extension Resource {
    var properties: [any AnyProperty] {
        [
            $id, $slug, $event, $createdBy, $title, $summary, $kind, $topics, $audiences, $status, $externalURL, $licence,
            $madeBy,
            $permission, $publishedAt, $reviewOn, $searchText, $searchTopics, $isDemo, $createdAt, $updatedAt,
        ]
    }
}

extension ResourceFile {
    var properties: [any AnyProperty] {
        [$id, $resource, $format, $language, $fileName, $storedName, $mediaType, $bytes, $createdAt]
    }
}

extension ResourceFeedback {
    var properties: [any AnyProperty] { [$id, $resource, $useful, $comment, $createdAt] }
}

extension ResourceDownloads {
    var properties: [any AnyProperty] { [$id, $resource, $month, $downloads] }
}

extension PPG {
    var properties: [any AnyProperty] {
        [
            $id, $practice, $lead, $name, $meetingFormat, $meetingFrequency, $startedOn, $howToJoin, $outreach, $status, $isDemo,
            $createdAt,
            $updatedAt,
        ]
    }
}

extension PPGStatusChange {
    var properties: [any AnyProperty] { [$id, $ppg, $changedBy, $status, $reason, $changedAt] }
}

extension PPGMember {
    var properties: [any AnyProperty] { [$id, $ppg, $person, $kind, $office, $joinedOn, $leftOn] }
}

extension PPGMeeting {
    var properties: [any AnyProperty] {
        [$id, $ppg, $event, $kind, $heldOn, $staffPresent, $pcnRepresentative, $notes, $createdAt]
    }
}

extension PPGAttendance {
    var properties: [any AnyProperty] { [$id, $meeting, $member] }
}

extension PPGAction {
    var properties: [any AnyProperty] { [$id, $ppg, $meeting, $text, $owner, $dueOn, $status, $response, $raisedOn] }
}

extension PPGImprovement {
    var properties: [any AnyProperty] { [$id, $ppg, $recordedBy, $youSaid, $weDid, $madeOn] }
}

extension RegisteredPopulation {
    var properties: [any AnyProperty] { [$id, $practice, $extractDate, $detail, $total, $counts, $importedAt] }
}

extension PracticeEthnicity {
    var properties: [any AnyProperty] { [$id, $practice, $enteredBy, $percentages, $source, $asOf, $enteredAt] }
}

extension PPGHealthCheck {
    var properties: [any AnyProperty] { [$id, $ppg, $quarter, $outcomes, $met, $checkedAt] }
}

extension PPGHealthJudgement {
    var properties: [any AnyProperty] { [$id, $ppg, $judgedBy, $criterion, $outcome, $reason, $judgedAt] }
}

extension PPGQuestionnaire {
    var properties: [any AnyProperty] { [$id, $createdBy, $version, $statementsJSON, $createdAt] }
}

extension PPGAssessment {
    var properties: [any AnyProperty] {
        [$id, $ppg, $questionnaire, $completedBy, $completedOn, $answersJSON, $commentsJSON, $help, $scoresJSON]
    }
}

extension PPGBuddyPair {
    var properties: [any AnyProperty] {
        [
            $id, $buddy, $supported, $proposedBy, $status, $score, $reasons, $buddyAnswer, $supportedAnswer, $goals, $reviewOn,
            $startedOn, $endedOn, $outcome, $endedBadly, $createdAt,
        ]
    }
}

extension PPGBuddyContact {
    var properties: [any AnyProperty] { [$id, $pair, $loggedBy, $happenedOn, $note] }
}

extension PPGBuddyReview {
    var properties: [any AnyProperty] { [$id, $pair, $ppg, $writtenBy, $months, $howItIsGoing, $writtenAt] }
}

extension TrainingProgramme {
    var properties: [any AnyProperty] { [$id, $organisation, $createdBy, $name, $aims, $sessionsRequired, $isDemo, $createdAt] }
}

extension ProgrammeTrainer {
    var properties: [any AnyProperty] { [$id, $programme, $person, $kind] }
}

extension CurriculumSession {
    var properties: [any AnyProperty] { [$id, $programme, $position, $title, $outcomes, $minutes, $materials, $trainers] }
}

extension ProgrammeStatement {
    var properties: [any AnyProperty] { [$id, $programme, $position, $text] }
}

extension TrainingCohort {
    var properties: [any AnyProperty] {
        [$id, $programme, $name, $firstDay, $lastDay, $venue, $teamPlaces, $isDemo, $createdAt]
    }
}

extension CohortSession {
    var properties: [any AnyProperty] { [$id, $cohort, $curriculumSession, $event] }
}

extension TrainingTeam {
    var properties: [any AnyProperty] { [$id, $cohort, $organisation, $project, $name, $createdAt] }
}

extension TrainingTeamMember {
    var properties: [any AnyProperty] { [$id, $team, $person, $kind] }
}

extension QuestionnaireResponse {
    var properties: [any AnyProperty] { [$id, $cohort, $person, $stage, $reflection, $submittedAt] }
}

extension QuestionnaireAnswer {
    var properties: [any AnyProperty] { [$id, $response, $statement, $value] }
}

extension SessionReaction {
    var properties: [any AnyProperty] { [$id, $session, $usefulness, $trainers, $comment, $submittedAt] }
}

extension ReactionReceipt {
    var properties: [any AnyProperty] { [$id, $session, $person] }
}

extension TrainingCertificate {
    var properties: [any AnyProperty] { [$id, $cohort, $person, $issuedBy, $number, $issuedAt] }
}

extension InvolvementLevelRecord {
    var properties: [any AnyProperty] { [$id, $project, $level, $recordedAt] }
}

extension TimeRecord {
    var properties: [any AnyProperty] {
        [$id, $person, $event, $kind, $activity, $day, $hours, $preparationHours, $createdAt]
    }
}

extension ReviewPanel {
    var properties: [any AnyProperty] {
        [$id, $organisation, $name, $termsOfReference, $projectsPerMeeting, $publicSubmissions, $isDemo, $createdAt]
    }
}

extension PanelMember {
    var properties: [any AnyProperty] { [$id, $panel, $person, $role, $termStarts, $termEnds] }
}

extension PanelMeeting {
    var properties: [any AnyProperty] { [$id, $panel, $event] }
}

extension PanelReview {
    var properties: [any AnyProperty] {
        [
            $id, $panel, $project, $lead, $meeting, $title, $summary, $stage, $questions, $alreadyInvolved, $preferredDates,
            $contactName, $contactEmail, $status, $triageReason, $levelBefore, $usefulness, $changedPlans, $isDemo,
            $submittedAt, $triagedAt, $agreedAt,
        ]
    }
}

extension ReviewNote {
    var properties: [any AnyProperty] { [$id, $review, $person, $area, $text, $writtenAt] }
}

extension ReviewPoint {
    var properties: [any AnyProperty] { [$id, $review, $area, $text, $response, $reply, $repliedAt] }
}

extension ReviewAction {
    var properties: [any AnyProperty] { [$id, $review, $text, $owner, $dueOn, $status] }
}

extension ReviewFollowUp {
    var properties: [any AnyProperty] {
        [$id, $review, $months, $whatChanged, $evidenceLinks, $levelAfter, $evidenceFile, $evidenceFileName, $writtenAt]
    }
}

extension Opportunity {
    var properties: [any AnyProperty] {
        [
            $id, $title, $summary, $category, $rung, $kind, $organisation, $project, $timeCommitment, $hours, $regular, $startsOn,
            $endsOn, $setting, $accessInformation, $accessOffered, $paid, $level, $experience, $skills, $wantsToReach, $places,
            $closesOn, $contactName, $contactEmail, $status, $createdBy, $isDemo, $createdAt,
        ]
    }
}

extension OpportunityInterest {
    var properties: [any AnyProperty] {
        [$id, $opportunity, $person, $note, $availability, $status, $fromPublicPage, $createdAt, $decidedAt]
    }
}

extension Claim {
    var properties: [any AnyProperty] {
        [
            $id, $person, $status, $day, $activity, $level, $opportunity, $event, $timeRecord, $hours, $preparationHours,
            $paymentChoice, $timePence, $expensesPence, $declaredOutsideWork, $queryReason, $answer, $submittedAt, $decidedBy,
            $decidedAt, $paidAt, $isDemo,
        ]
    }
}

extension ClaimExpense {
    var properties: [any AnyProperty] { [$id, $claim, $kind, $vehicle, $miles, $amountPence, $receiptFile, $receiptName] }
}

extension PayRate {
    var properties: [any AnyProperty] { [$id, $level, $appliesFrom, $hourlyPence, $halfDayPence, $dayPence, $createdAt] }
}

extension MileageRate {
    var properties: [any AnyProperty] { [$id, $vehicle, $appliesFrom, $perMilePence, $thresholdMiles, $afterThresholdPence] }
}

extension RecognitionSettings {
    var properties: [any AnyProperty] { [$id, $maximumClaimAgeDays, $confirmedBy, $confirmedAt] }
}

extension PaymentChoiceRecord {
    var properties: [any AnyProperty] {
        [
            $id, $person, $choice, $lowerRatePence, $limitPence, $limitFrom, $limitTo, $paymentReference, $publicBodyStaff,
            $chosenAt,
        ]
    }
}

extension ContributionCertificate {
    var properties: [any AnyProperty] {
        [$id, $person, $number, $title, $citation, $fromDay, $toDay, $hours, $issuedBy, $signedBy, $issuedAt]
    }
}

extension GovernanceGroup {
    var properties: [any AnyProperty] { [$id, $name, $kind, $purpose, $quorum, $meetingSchedule, $isDemo, $createdAt] }
}

extension GroupTermsVersion {
    var properties: [any AnyProperty] { [$id, $group, $version, $text, $changeNote, $createdAt] }
}

extension GroupMember {
    var properties: [any AnyProperty] { [$id, $group, $person, $role, $termStarts, $termEnds] }
}

extension GroupMeeting {
    var properties: [any AnyProperty] { [$id, $group, $event, $minutes, $minutesStatus, $approvedAt, $published] }
}

extension AgendaItem {
    var properties: [any AnyProperty] { [$id, $meeting, $position, $title, $presenter, $resource, $paperFile, $paperName] }
}

extension InterestDeclaration {
    var properties: [any AnyProperty] { [$id, $meeting, $person, $text] }
}

extension GroupDecision {
    var properties: [any AnyProperty] { [$id, $group, $meeting, $number, $text, $present, $quorum, $quorate, $createdAt] }
}

extension GroupAction {
    var properties: [any AnyProperty] {
        [$id, $group, $raisedAt, $text, $owner, $dueOn, $status, $updateNote, $closedAt]
    }
}

extension MinutesComment {
    var properties: [any AnyProperty] { [$id, $meeting, $person, $text, $createdAt] }
}

extension Challenge {
    var properties: [any AnyProperty] {
        [$id, $group, $item, $broughtBy, $challenge, $responseAsked, $responseDue, $response, $outcome, $raisedOn]
    }
}

extension PlanPhase {
    var properties: [any AnyProperty] { [$id, $group, $name, $startsOn, $endsOn, $aims, $checkpoints, $status, $report] }
}
