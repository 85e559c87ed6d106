import Fluent
import Foundation
import TandemCore

/// Demo events of every kind: an upcoming public workshop that is nearly full, an online
/// webinar, a training session that is full with a waiting list, a partners' meeting and a
/// conference already held with their attendance (the conference with its closing record),
/// and a cancelled drop-in.
struct DemoEvents {
    let coordinator: UUID
    let partner: UUID
    /// The organisation that runs them (the patient charity).
    let organisation: UUID
    let today: Date

    private static let day: Double = 86_400

    func create(on db: any Database) async throws {
        func at(_ days: Double, _ hour: Int) -> Date {
            let parts = UKTime.parts(of: today.addingTimeInterval(days * Self.day))
            return (try? UKTime.instant(year: parts.year, month: parts.month, day: parts.day, hour: hour, minute: 0).get())
                ?? today.addingTimeInterval(days * Self.day)
        }
        let workshop = try await event(
            "Getting your PPG going", kind: .workshop, start: at(12, 10), hours: 2, capacity: 12, audience: .public,
            summary:
                "A practical morning for Patient Participation Group members and practice staff: what works, and how to reach more people.",
            venue: "Riverside Surgery, Church Lane, NV3 4RT", on: db)
        workshop.topics = ["PPG support", "Reaching under-represented groups"]
        try await EventFacilitators.replace(try workshop.requireID(), with: [coordinator, partner], on: db)
        workshop.stepFree = true
        workshop.hearingLoop = true
        workshop.parking = "Free car park behind the surgery"
        try await workshop.save(on: db)
        try await register(
            workshop,
            [
                "Aisha Khan", "Tom Baker", "Priya Shah", "Grace Ofori", "Lewis Evans", "Mo Salah", "Jen Wu", "Ravi Patel",
                "Ellie Moss",
                "Sam Ortiz", "Dana Kerr",
            ], waiting: [], on: db)

        let webinar = try await event(
            "Co-production in improvement: an introduction", kind: .webinar, start: at(20, 14), hours: 1, capacity: nil,
            audience: .public,
            summary: "An hour online on working with patients and carers as equal partners, with time for questions.", venue: nil,
            on: db)
        webinar.joiningLink = "https://meet.example.org/tandem-co-production"
        webinar.topics = ["Co-production", "Training"]
        try await webinar.save(on: db)
        try await register(webinar, ["Chloe Adams", "Ben Carter", "Uma Singh"], waiting: [], on: db)

        let meeting = try await event(
            "Patient partners' quarterly meeting", kind: .meeting, start: at(-14, 18), hours: 2, capacity: 20,
            audience: .partners, summary: "What the projects heard this quarter, and what comes next.",
            venue: "Patients Together, 12 Market Street", on: db)
        meeting.status = .held
        meeting.topics = ["Patient partners"]
        try await meeting.save(on: db)
        try await register(meeting, ["Margaret Ellison", "Farhan Ahmed", "Nia Roberts"], waiting: [], on: db)
        for (index, registration) in try await EventRegistration.query(on: db).filter(\.$event.$id == meeting.requireID())
            .sort(\.$position).all().enumerated()
        {
            registration.attendance = index == 2 ? .apologies : .present
            if index == 0 { registration.$person.id = partner }
            try await registration.save(.demoData, on: db)
        }

        // A training session that filled up, with a waiting list, and a conference already held.
        let training = try await event(
            "Co-production training: working as equal partners", kind: .trainingSession, start: at(30, 13), hours: 3,
            capacity: 6, audience: .public,
            summary:
                "An afternoon's training, led by a patient trainer and a staff trainer, for teams starting an improvement project.",
            venue: "Northvale Education Centre, Room 4", on: db)
        training.topics = ["Co-production", "Training"]
        training.stepFree = true
        try await training.save(on: db)
        try await register(
            training, ["Ruth Mensah", "Owen Price", "Li Wei", "Hana Novak", "Kofi Boateng", "Ivy Clarke"],
            waiting: ["Zara Hussain", "Pete Doyle"], on: db)

        let conference = try await event(
            "Northvale voices: our annual involvement conference", kind: .conference, start: at(-40, 9), hours: 7,
            capacity: 120, audience: .public,
            summary: "A day of stories, workshops and what changed this year because patients, carers and communities spoke up.",
            venue: "Northvale Civic Hall", on: db)
        conference.status = .held
        conference.topics = ["Patient experience", "Co-production"]
        conference.outcomes =
            "Three new projects proposed by people who came (transport to clinics, carers' breaks, easy read letters); the slides are in the library."
        try await conference.save(on: db)
        try await register(
            conference, ["Aisha Khan", "Tom Baker", "Priya Shah", "Grace Ofori", "Lewis Evans", "Uma Singh", "Ben Carter"],
            waiting: [], on: db)
        for (index, registration) in try await EventRegistration.query(on: db).filter(\.$event.$id == conference.requireID())
            .sort(\.$position).all().enumerated()
        {
            registration.attendance = index == 6 ? .didNotAttend : index == 5 ? .apologies : .present
            registration.organisationText = ["Riverside Surgery PPG", "Hillcrest PPG", "Patients Together"][index % 3]
            try await registration.save(.demoData, on: db)
        }

        let dropIn = try await event(
            "Drop-in: tell us about booking appointments", kind: .dropIn, start: at(5, 11), hours: 3, capacity: nil,
            audience: .public, summary: "Come and tell us how booking a GP appointment works for you.",
            venue: "Hillcrest Library, Beacon Road", on: db)
        dropIn.status = .cancelled
        dropIn.topics = ["Patient experience"]
        dropIn.cancelReason = "The library is closed for repairs that week. A new date will follow."
        try await dropIn.save(on: db)
    }

    private func event(
        _ title: String, kind: EventKind, start: Date, hours: Double, capacity: Int?, audience: EventAudience, summary: String,
        venue: String?, on db: any Database
    ) async throws -> Event {
        let event = Event(
            title: title, summary: summary, kind: kind, startsAt: start, endsAt: start.addingTimeInterval(hours * 3_600),
            capacity: capacity, audience: audience, createdByID: coordinator, isDemo: true)
        event.venue = venue
        event.status = .published
        event.$organisation.id = organisation
        try await event.create(on: db)
        return event
    }

    /// Places taken directly (demo data is not a sign-up anyone made), counted on the event as a sign-up would be.
    private func register(_ event: Event, _ names: [String], waiting: [String], on db: any Database) async throws {
        let eventID = try event.requireID()
        for (index, name) in (names + waiting).enumerated() {
            let email = name.lowercased().replacingOccurrences(of: " ", with: ".") + "@demo.example.org"
            let registration = EventRegistration(
                eventID: eventID, personID: nil, name: name, email: email,
                status: index < names.count ? .confirmed : .waiting, position: index + 1,
                cancelTokenHash: SessionToken.hash(SessionToken.generate()), checkInCode: Registrations.checkInCode())
            try await registration.save(.demoData, on: db)
        }
        event.placesTaken = names.count
        event.lastPosition = names.count + waiting.count
        try await event.save(on: db)
    }
}
