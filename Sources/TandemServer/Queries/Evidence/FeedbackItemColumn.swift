/// The columns of `feedback_items`, named once for the statements that read
/// and write them in bulk (`EvidenceStore.add` binds them in this order).
enum FeedbackItemColumn: String, CaseIterable, Sendable {
    case id
    case projectID = "project_id"
    case organisationID = "organisation_id"
    case contributorID = "contributor_id"
    case addedByID = "added_by_id"
    case method
    case sourceKind = "source_kind"
    case sourceID = "source_id"
    case text
    case redactedText = "redacted_text"
    case occurredOn = "occurred_on"
    case service
    case rating
    case question
    case consentScope = "consent_scope"
    case fingerprint
    case isDemo = "is_demo"
    case createdAt = "created_at"
}
