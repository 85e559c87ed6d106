import Fluent
import Foundation
import TandemCore

/// Reminders before events: once the reminder day comes (two days before, unless the
/// organiser chose otherwise or switched it off), everyone with a place is reminded,
/// once. Run with the other background work (`SessionSweeper`).
enum EventReminders {
    /// Reminds for every published event whose reminder is due and not yet sent; returns how many people were reminded.
    @discardableResult
    static func sendDue(now: Date, links: EventMessages.Links, on db: any Database) async throws -> Int {
        let soon = try await Event.query(on: db).filter(\.$status == .published).filter(\.$remindedAt == nil)
            .filter(\.$reminderDays != nil).filter(\.$startsAt > now)
            .filter(\.$startsAt <= now.addingTimeInterval(31 * 86_400)).all()
        var reminded = 0
        for event in soon {
            guard let due = EventRules.reminderDue(start: event.startsAt, days: event.reminderDays), due <= now else { continue }
            reminded += try await db.transaction { db in
                event.remindedAt = now
                try await event.save(on: db)
                return try await EventMessages.reminder(event, links: links, on: db)
            }
        }
        return reminded
    }
}
