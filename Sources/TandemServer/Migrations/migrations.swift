import Fluent
import Vapor

/// Every migration, in the order they run. Names are explicit and stable:
/// renaming a type never re-runs a migration.
func addMigrations(to app: Application) {
    // 001: foundation
    app.migrations.add(CreateOrganisation())
    app.migrations.add(CreateMembership())
    app.migrations.add(CreatePerson())
    app.migrations.add(CreateConsentRecord())
    app.migrations.add(CreateEqualityAnswers())
    app.migrations.add(CreateUser())
    app.migrations.add(CreateSession())
    app.migrations.add(CreateAuditEntry())
    app.migrations.add(CreateFoundationIndexes())
    // 002: projects and evidence
    app.migrations.add(CreateProject())
    app.migrations.add(CreateSurvey())
    app.migrations.add(CreateActivity())
    app.migrations.add(CreateEvidence())
    app.migrations.add(CreateProjectIndexes())
    // 003: from evidence to change
    app.migrations.add(CreateMeasure())
    // 004: coding, findings, recommendations, messages
    app.migrations.add(CreateCoding())
    app.migrations.add(CreateFindingsAndRecommendations())
    app.migrations.add(CreateMessages())
    // 005: security and robustness
    app.migrations.add(CreateRedactedSearchIndex())
    app.migrations.add(CreateSignInClientIndex())
    app.migrations.add(UpdateImportJobAddHeartbeat())
    app.migrations.add(CreateAppSecrets())
    app.migrations.add(CreateEmailChangeRequests())
    // 006: the built half as its users need it
    app.migrations.add(UpdateImportJobSkippedRows())
    app.migrations.add(CreateAccountLinks())
    // 007: settling coders' disagreements
    app.migrations.add(CreateCodingSettlements())
    app.migrations.add(CreateRemindersSent())
    app.migrations.add(UpdateRecommendationProposedDue())
    // 008: events
    app.migrations.add(CreateEvents())
    app.migrations.add(UpdateOutboxAttachments())
    // 009: the resource library
    app.migrations.add(CreateResources())
    app.migrations.add(UpdateEventsClosing())
    app.migrations.add(CreateEventFacilitators())
    // 010: Patient Participation Groups
    app.migrations.add(CreatePPGs())
    app.migrations.add(CreatePPGSupport())
    // 011: co-production training and peer review panels
    app.migrations.add(CreateTraining())
    app.migrations.add(CreatePanels())
    // 012: a community of patient partners
    app.migrations.add(CreateOpportunities())
    app.migrations.add(CreateRecognition())
    app.migrations.add(CreateGovernance())
    // 013: recognition beyond money
    app.migrations.add(CreateContributionCertificates())
}
