import Fluent
import Foundation
import TandemCore

/// A focus group, interview, observation, mystery shopper visit, workshop or
/// round of ambassador conversations.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class Activity: Model, @unchecked Sendable {
    static let schema = "activities"

    @ID(key: .id) var id: UUID?
    @Parent(key: "project_id") var project: Project
    @OptionalParent(key: "checklist_id") var checklist: Checklist?
    @Siblings(through: ActivityFacilitator.self, from: \.$activity, to: \.$person) var facilitators: [Person]

    @Field(key: "kind") var kind: EvidenceMethod
    @Field(key: "title") var title: String
    @OptionalField(key: "held_on") var heldOn: Date?
    @Field(key: "place") var place: String
    @OptionalField(key: "participants") var participants: Int?
    @Field(key: "notes") var notes: String
    @Field(key: "is_demo") var isDemo: Bool

    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(
        projectID: UUID, kind: EvidenceMethod, title: String, heldOn: Date?, place: String, participants: Int?, notes: String,
        checklistID: UUID?, isDemo: Bool = false
    ) {
        self.$project.id = projectID
        self.kind = kind
        self.title = title
        self.heldOn = heldOn
        self.place = place
        self.participants = participants
        self.notes = notes
        self.$checklist.id = checklistID
        self.isDemo = isDemo
    }
}

/// A person who ran an activity: staff, or patient partners as facilitators.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class ActivityFacilitator: Model, @unchecked Sendable {
    static let schema = "activity_facilitators"

    @ID(key: .id) var id: UUID?
    @Parent(key: "activity_id") var activity: Activity
    @Parent(key: "person_id") var person: Person

    init() {}

    init(activityID: UUID, personID: UUID) {
        self.$activity.id = activityID
        self.$person.id = personID
    }
}

extension Activity: ProjectOwned {
    static var routeParameter: RouteParameter { .activity }
    static var projectKey: ProjectKey<Activity> { \.$project }
}
