import Fluent
import Foundation
import TandemCore

/// A reusable list of things to look for on observation and mystery shopper visits.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class Checklist: Model, @unchecked Sendable {
    static let schema = "checklists"

    @ID(key: .id) var id: UUID?
    @Parent(key: "project_id") var project: Project
    @Children(for: \.$checklist) var items: [ChecklistItem]
    @Field(key: "name") var name: String

    init() {}

    init(projectID: UUID, name: String) {
        self.$project.id = projectID
        self.name = name
    }
}

// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class ChecklistItem: Model, @unchecked Sendable {
    static let schema = "checklist_items"

    @ID(key: .id) var id: UUID?
    @Parent(key: "checklist_id") var checklist: Checklist
    @Field(key: "position") var position: Int
    @Field(key: "text") var text: String

    init() {}

    init(checklistID: UUID, position: Int, text: String) {
        self.$checklist.id = checklistID
        self.position = position
        self.text = text
    }
}

/// How one checklist item was found on one visit.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class ChecklistScoreRecord: Model, @unchecked Sendable {
    static let schema = "checklist_scores"

    @ID(key: .id) var id: UUID?
    @Parent(key: "activity_id") var activity: Activity
    @Parent(key: "item_id") var item: ChecklistItem
    @Field(key: "score") var score: ChecklistScore
    @Field(key: "comment") var comment: String

    init() {}

    init(activityID: UUID, itemID: UUID, score: ChecklistScore, comment: String) {
        self.$activity.id = activityID
        self.$item.id = itemID
        self.score = score
        self.comment = comment
    }
}

extension Checklist: ProjectOwned {
    static var routeParameter: RouteParameter { .checklist }
    static var projectKey: ProjectKey<Checklist> { \.$project }
}
