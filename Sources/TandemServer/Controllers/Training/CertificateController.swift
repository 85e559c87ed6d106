import Fluent
import TandemCore
import Vapor

/// Completion certificates: issued only to people who completed (`CompletionRule`), printable,
/// naming the patient trainers who delivered the programme.
enum CertificateController {
    static func issue(req: Request) async throws -> Response {
        let (cohort, programme, ref) = try await req.cohort(Permission.runCohort)
        let chosen = try req.content.get(String.self, at: "person")
        let attendance = try await TrainingReports.attendance(cohort, on: req.db)
        guard let required = programme.sessionsRequired else {
            return try await refuse(
                req, cohort, programme, ref, "Decide the programme's completion rule before issuing certificates")
        }
        let rule = CompletionRule(sessionsRequired: required)
        let issued = Set(
            try await TrainingCertificate.query(on: req.db).filter(\.$cohort.$id == cohort.savedID).all().map(\.$person.id))
        let people: [TrainingReports.Attendance.Member]
        if chosen == "everyone" {
            people = attendance.members.filter { rule.isCompleted(attended: attendance.attended($0.personID)) }
        } else {
            guard let personID = UUID(uuidString: chosen),
                let member = attendance.members.first(where: { $0.personID == personID })
            else { throw AppError.notFound }
            if let problem = rule.checkCertificate(name: member.name, attended: attendance.attended(personID)) {
                return try await refuse(req, cohort, programme, ref, problem.message)
            }
            people = [member]
        }
        let toIssue = people.filter { !issued.contains($0.personID) }
        try await req.db.transaction { db in
            var next = try await TrainingCertificate.query(on: db).count() + 1
            for member in toIssue {
                try await TrainingCertificate(
                    cohortID: cohort.savedID, personID: member.personID, issuedByID: req.auditActor.personID,
                    number: number(year: CalendarDate.parts(of: cohort.lastDay).year, sequence: next)
                ).create(on: db)
                next += 1
            }
        }
        try await req.flash(
            toIssue.isEmpty
                ? "Everyone who completed already has a certificate"
                : "\(toIssue.count) certificate\(toIssue.count == 1 ? "" : "s") issued")
        return req.seeOther(SiteURL.cohort(.value(cohort.savedID)))
    }

    /// The printable certificate: the person, the programme, the cohort's dates, the trainers.
    static func show(req: Request) async throws -> Response {
        let (cohort, programme, ref) = try await req.cohort(Permission.viewCohort)
        let personID = try req.id(.person)
        let viewer = try req.requireUser().viewer
        // Someone on a team sees their own certificate only; the programme's viewers see everyone's.
        guard personID == viewer.personID || viewer.can(.viewProgramme(ref.programme)) else { throw AppError.notFound }
        guard
            let certificate = try await TrainingCertificate.query(on: req.db).filter(\.$cohort.$id == cohort.savedID)
                .filter(\.$person.$id == personID).with(\.$person).first()
        else { throw AppError.notFound }
        let trainers = try await ProgrammeTrainer.query(on: req.db).filter(\.$programme.$id == programme.savedID)
            .with(\.$person).all()
        let delivered = Set(try await TrainingReports.attendance(cohort, on: req.db).sessions.flatMap(\.trainers))
        let who = trainers.filter { delivered.contains($0.$person.id) }.sorted { $0.person.name < $1.person.name }
        let organisation = try await Organisation.find(programme.$organisation.id, on: req.db)?.name ?? ""
        let model = CertificatePage.Model(
            cohortID: cohort.savedID, cohortName: cohort.name, programmeID: programme.savedID, programmeName: programme.name,
            organisation: organisation, person: certificate.person.name, number: certificate.number,
            issuedOn: certificate.issuedAt, firstDay: cohort.firstDay, lastDay: cohort.lastDay,
            patientTrainers: who.filter { $0.kind == .patient }.map(\.person.name),
            staffTrainers: who.filter { $0.kind == .staff }.map(\.person.name))
        return CertificatePage.render(model, context: try await PageContext.make(req, section: .training)).response()
    }

    /// "TC-2027-0042".
    static func number(year: String, sequence: Int) -> String {
        "TC-\(year)-\(String(format: "%04d", sequence))"
    }

    private static func refuse(
        _ req: Request, _ cohort: TrainingCohort, _ programme: TrainingProgramme, _ ref: CohortRef, _ message: String
    ) async throws -> Response {
        try await CohortController.render(
            req, cohort, programme, ref: ref, errors: .one("certificates", message), status: .badRequest)
    }
}
