import Fluent
import Foundation

/// Someone who runs an event: its lead (the first) and its co-facilitators, patient
/// partners among them, in the order the organiser gave.
final class EventFacilitator: Model, @unchecked Sendable {
    static let schema = "event_facilitators"

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @Parent(key: "event_id") var event: Event
    @Parent(key: "person_id") var person: Person

    // data
    @Field(key: "position") var position: Int

    init() {}

    init(eventID: UUID, personID: UUID, position: Int) {
        self.$event.id = eventID
        self.$person.id = personID
        self.position = position
    }
}
