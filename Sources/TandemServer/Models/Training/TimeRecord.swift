import Fluent
import Foundation
import TandemCore

/// Time someone gave, kept for recognition (and later payment): a session they delivered,
/// with its preparation. Personal: the person, coordinators and admins see it.
final class TimeRecord: Model, @unchecked Sendable {
    static let schema = "time_records"

    @ID(key: .id) var id: UUID?
    @Parent(key: "person_id") var person: Person
    /// The event the time was given at, when there was one.
    @OptionalParent(key: "event_id") var event: Event?
    @Field(key: "kind") var kind: TimeActivityKind
    @Field(key: "activity") var activity: String
    @Field(key: "day") var day: Date
    @Field(key: "hours") var hours: Double
    @Field(key: "preparation_hours") var preparationHours: Double
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(
        personID: UUID, eventID: UUID?, kind: TimeActivityKind, activity: String, day: Date, hours: Double,
        preparationHours: Double
    ) {
        self.$person.id = personID
        self.$event.id = eventID
        self.kind = kind
        self.activity = activity
        self.day = day
        self.hours = hours
        self.preparationHours = preparationHours
        self.createdAt = Date()
    }
}
