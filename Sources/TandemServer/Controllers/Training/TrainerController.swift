import Fluent
import TandemCore
import Vapor

/// A trainer's own view: the sessions they deliver, with materials, and their time given,
/// kept for recognition. Anyone signed in sees only their own.
enum TrainerController {
    static func show(req: Request) async throws -> Response {
        try await render(req, form: TimeRecordForm(), errors: FormErrors())
    }

    static func recordTime(req: Request) async throws -> Response {
        let personID = try req.requireUser().viewer.personID
        let form = try req.content.decode(TimeRecordForm.self)
        let sessions = try await delivered(by: personID, on: req.db)
        switch form.validate(sessions: Set(sessions.filter { $0.startsAt <= Date() }.map(\.eventID))) {
        case .failure(let errors):
            return try await render(req, form: form, errors: errors, status: .badRequest)
        case .success(let valid):
            let session = sessions.first { $0.eventID == valid.eventID }!
            let already = try await TimeRecord.query(on: req.db).filter(\.$person.$id == personID)
                .filter(\.$event.$id == valid.eventID).first()
            let record =
                already
                ?? TimeRecord(
                    personID: personID, eventID: valid.eventID, kind: .trainingDelivered, activity: session.title,
                    day: UKTime.calendarDay(of: session.startsAt), hours: valid.hours, preparationHours: valid.preparation)
            record.hours = valid.hours
            record.preparationHours = valid.preparation
            try await record.save(on: req.db)
            try await req.flash(already == nil ? "Time recorded" : "Time updated")
            return req.seeOther(SiteURL.myTraining)
        }
    }

    struct Delivered: Sendable {
        let eventID: UUID
        let cohortID: UUID
        let title: String
        let cohort: String
        let startsAt: Date
        let minutes: Int
        let lead: Bool
        let materials: [UUID]
    }

    /// The cohort sessions someone leads or co-delivers, soonest last.
    static func delivered(by personID: UUID, on db: any Database) async throws -> [Delivered] {
        let programmes = try await ProgrammeTrainer.query(on: db).filter(\.$person.$id == personID).all().map(\.$programme.id)
        guard !programmes.isEmpty else { return [] }
        let curriculum = try await CurriculumSession.query(on: db).filter(\.$programme.$id ~~ programmes).all()
            .filter { $0.trainers.contains(personID) }
        guard !curriculum.isEmpty else { return [] }
        let scheduled = try await CohortSession.query(on: db).filter(\.$curriculumSession.$id ~~ curriculum.map(\.savedID))
            .with(\.$event).with(\.$cohort).all()
        let byID = Dictionary(uniqueKeysWithValues: curriculum.map { ($0.savedID, $0) })
        return scheduled.compactMap { session in
            guard let curriculum = byID[session.$curriculumSession.id] else { return nil }
            return Delivered(
                eventID: session.$event.id, cohortID: session.$cohort.id, title: curriculum.title, cohort: session.cohort.name,
                startsAt: session.event.startsAt, minutes: curriculum.minutes, lead: curriculum.trainers.first == personID,
                materials: curriculum.materials)
        }.sorted { $0.startsAt > $1.startsAt }
    }

    private static func render(
        _ req: Request, form: TimeRecordForm, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let personID = try req.requireUser().viewer.personID
        let sessions = try await delivered(by: personID, on: req.db)
        let records = try await TimeRecord.query(on: req.db).filter(\.$person.$id == personID).sort(\.$day, .descending)
            .all()
        let recorded = Dictionary(
            records.compactMap { record in record.$event.id.map { ($0, record) } }, uniquingKeysWith: { a, _ in a })
        let resourceIDs = Set(sessions.flatMap(\.materials))
        let resources = resourceIDs.isEmpty ? [] : try await Resource.query(on: req.db).filter(\.$id ~~ resourceIDs).all()
        let titles = Dictionary(uniqueKeysWithValues: resources.map { ($0.savedID, ($0.title, $0.slug)) })
        let now = Date()
        let model = TrainerPage.Model(
            sessions: sessions.map { session in
                .init(
                    eventID: session.eventID, cohortID: session.cohortID, title: session.title, cohort: session.cohort,
                    when: UKTime.day(session.startsAt), lead: session.lead, past: session.startsAt <= now,
                    materials: session.materials.compactMap { titles[$0] }.map { (title: $0.0, slug: $0.1) },
                    suggestedHours: String(format: "%g", (Double(session.minutes) / 15).rounded(.up) * 0.25),
                    recorded: recorded[session.eventID].map { (hours: $0.hours, preparation: $0.preparationHours) })
            },
            records: records.map {
                (day: $0.day, activity: $0.activity, kind: $0.kind, hours: $0.hours, preparation: $0.preparationHours)
            },
            form: form, errors: errors)
        return TrainerPage.render(model, context: try await PageContext.withForm(req, section: .training)).response(status)
    }
}
