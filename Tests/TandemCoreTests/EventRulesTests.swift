import Foundation
import Testing

@testable import TandemCore

@Suite struct EventRulesTests {
    @Test func placesAreConfirmedUntilFullThenWait() {
        #expect(EventPlaces.placeFor(capacity: 3, confirmed: 2) == .confirmed)
        #expect(EventPlaces.placeFor(capacity: 3, confirmed: 3) == .waiting)
        #expect(EventPlaces.placeFor(capacity: nil, confirmed: 500) == .confirmed)
    }

    @Test func freedPlacesGoToTheEarliestWaitingAsManyAsFit() {
        let waiting = [(id: "Chloe", position: 5), (id: "Ben", position: 4), (id: "Dev", position: 6)]
        #expect(EventPlaces.promote(waiting: waiting, capacity: 3, confirmed: 2) == ["Ben"])
        #expect(EventPlaces.promote(waiting: waiting, capacity: 5, confirmed: 3) == ["Ben", "Chloe"])
        #expect(EventPlaces.promote(waiting: waiting, capacity: 3, confirmed: 3).isEmpty)
    }

    @Test func anEventMovesDraftPublishedThenHeldOrCancelledWithAReason() throws {
        try EventRules.check(from: .draft, to: .published, reason: nil)
        try EventRules.check(from: .published, to: .held, reason: nil)
        #expect(throws: EventRuleError.reasonNeeded) { try EventRules.check(from: .published, to: .cancelled, reason: " ") }
        #expect(throws: EventRuleError.notAllowed(from: .held, to: .published)) {
            try EventRules.check(from: .held, to: .published, reason: nil)
        }
        #expect(EventStatus.published.takesRegistrations && !EventStatus.draft.takesRegistrations)
    }

    @Test func timesAndCapacityAreCheckedAgainstThePlacesTaken() throws {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(throws: EventRuleError.endBeforeStart) {
            try EventRules.check(start: start, end: start, capacity: 10, confirmed: 0)
        }
        #expect(throws: EventRuleError.capacityBelowRegistered(registered: 12)) {
            try EventRules.check(start: start, end: start.addingTimeInterval(3_600), capacity: 10, confirmed: 12)
        }
        #expect(EventRuleError.capacityBelowRegistered(registered: 12).message.contains("must be 12 or more"))
        #expect(EventRules.reminderDue(start: start, days: 2) == start.addingTimeInterval(-172_800))
        #expect(EventRules.reminderDue(start: start, days: nil) == nil)
    }

    @Test func peopleAreToldOfANewTimeOrPlaceButNotOfOtherChanges() {
        let (nine, ten, noon) = (
            Date(timeIntervalSince1970: 9 * 3_600), Date(timeIntervalSince1970: 10 * 3_600),
            Date(timeIntervalSince1970: 12 * 3_600)
        )
        #expect(
            EventRules.changesToTell(start: (nine, nine), end: (noon, noon), venue: ("Hall", "Hall"), joiningLink: (nil, nil))
                .isEmpty)
        #expect(
            EventRules.changesToTell(start: (nine, ten), end: (noon, noon), venue: ("Hall", "Hall"), joiningLink: (nil, nil)) == [
                "time"
            ])
        #expect(
            EventRules.changesToTell(start: (nine, nine), end: (noon, noon), venue: ("Hall", "Library"), joiningLink: (nil, nil))
                == ["place"])
        #expect(
            EventRules.changesToTell(start: (nine, nine), end: (noon, ten), venue: (nil, nil), joiningLink: ("a", "b"))
                == ["time", "joining link"])
    }
}
