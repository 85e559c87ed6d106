import Fluent
import Foundation
import TandemCore

/// A dated step the project has agreed to reach.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class ProjectMilestone: Model, @unchecked Sendable {
    static let schema = "project_milestones"

    @ID(key: .id) var id: UUID?
    @Parent(key: "project_id") var project: Project
    @Field(key: "title") var title: String
    @Field(key: "due_on") var dueOn: Date
    @OptionalField(key: "completed_on") var completedOn: Date?

    init() {}

    init(projectID: UUID, title: String, dueOn: Date) {
        self.$project.id = projectID
        self.title = title
        self.dueOn = dueOn
    }

    func isOverdue(today: Date = Date()) -> Bool {
        completedOn == nil && Self.isOverdue(due: dueOn, today: today)
    }

    /// An open milestone is overdue once its due day has passed (days are whole UTC days).
    /// Pages that read milestones with plain SQL ask this too.
    static func isOverdue(due: Date, today: Date = Date()) -> Bool {
        due < CalendarDate.startOfDay(today)
    }
}
