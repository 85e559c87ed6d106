import Fluent
import TandemCore
import Vapor

/// A person's own time and claims: what their records say they gave, claiming time and an expense
/// with its receipt, answering a query, and their yearly statement.
enum MyTimeController {
    static func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let card = try await RateCards.current(on: req.db)
        let fromRecords = try await fromRecords(user.personID, maximumAgeDays: card.maximumClaimAgeDays, on: req.db)
        var form = ClaimForm()
        let chosenEvent = req.query[String.self, at: "event"].flatMap(UUID.init(uuidString:))
        let chosenRecord = req.query[String.self, at: "record"].flatMap(UUID.init(uuidString:))
        if let record = fromRecords.first(where: {
            ($0.eventID != nil && $0.eventID == chosenEvent) || ($0.timeRecordID != nil && $0.timeRecordID == chosenRecord)
        }) {
            form = ClaimForm(from: record)
        }
        if let opportunity = req.query[String.self, at: "opportunity"] { form.opportunity = opportunity }
        return try await render(req, form: form, errors: FormErrors(), fromRecords: fromRecords)
    }

    /// A claim, sent as an upload so that its receipt streams to disk.
    static func claim(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let files = receipts(req.application)
        let incoming = try files.incoming()
        let upload = try await UploadReceiver.receive(
            req, fileField: "receipt", to: incoming, maxBytes: req.application.config.maxUploadBytes, fileIsOptional: true)
        let form = ClaimForm(fields: upload?.fields ?? [:])
        let card = try await RateCards.current(on: req.db)
        let choice = try await PaymentChoices.current(user.personID, on: req.db)
        let placements = try await placements(user.personID, on: req.db)
        let receipt = (upload?.bytes ?? 0) > 0 ? (path: incoming, fileName: upload?.fileName ?? "") : nil
        switch form.validate(
            receipt: receipt, today: Date(), maximumAgeDays: card.maximumClaimAgeDays,
            publicBodyStaff: choice?.publicBodyStaff ?? false, opportunities: Set(placements.map(\.savedID)))
        {
        case .failure(let errors):
            files.discard(incoming)
            return try await render(req, form: form, errors: errors, status: .badRequest)
        case .success(let new):
            // A claim made from a record names only the person's own: their time record, an event they came to.
            if let problem = try await recordProblem(
                new, personID: user.personID, maximumAgeDays: card.maximumClaimAgeDays, on: req.db)
            {
                files.discard(incoming)
                return try await render(req, form: form, errors: .one("on", problem), status: .badRequest)
            }
            if new.expense?.receipt == nil { files.discard(incoming) }
            switch try await Claims.submit(new, personID: user.personID, files: files, on: req.db) {
            case .failure(let problem):
                files.discard(incoming)
                return try await render(req, form: form, errors: .one("on", problem.message), status: .badRequest)
            case .success(let claim):
                try await req.flash("Claim sent for \(claim.total.text). You will hear when it is approved.")
                return req.seeOther(SiteURL.myTime)
            }
        }
    }

    /// Why a claim cannot be made from the record it names (one not the person's, or already claimed), if so.
    private static func recordProblem(
        _ new: Claims.NewClaim, personID: UUID, maximumAgeDays: Int, on db: any Database
    ) async throws -> String? {
        // Only a claim that names a record needs the person's records worked out.
        guard new.timeRecordID != nil || new.eventID != nil else { return nil }
        let records = try await fromRecords(personID, maximumAgeDays: maximumAgeDays, on: db)
        if let recordID = new.timeRecordID, !records.contains(where: { $0.timeRecordID == recordID }) {
            return "That time has already been claimed or is not yours to claim"
        }
        if let eventID = new.eventID, new.timeRecordID == nil, !records.contains(where: { $0.eventID == eventID }) {
            return "That event has already been claimed or you were not recorded there"
        }
        return nil
    }

    static func answer(req: Request) async throws -> Response {
        let (claim, ref) = try await req.claim(Permission.viewClaim)
        guard ref.claimantID == (try req.requireUser().personID) else { throw AppError.forbidden }
        let text = (try req.content.get(String?.self, at: "answer") ?? "").trimmed
        guard !text.isEmpty, text.count <= TextLimit.short else {
            return try await ClaimApprovalController.render(
                req, claim, errors: .one("answer", "Answer the question so the claim can be approved"), status: .badRequest)
        }
        guard try await Claims.answer(claim, answer: text, on: req.db) else {
            try await req.flash("The claim is no longer queried")
            return req.seeOther(SiteURL.claim(.value(claim.savedID)))
        }
        try await req.flash("Answer sent: the claim is back with the approvers")
        return req.seeOther(SiteURL.myTime)
    }

    static func statement(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let thisYear = PaymentCalculation.taxYear(of: Date())
        let year = req.query[String.self, at: "year"].flatMap(Int.init).flatMap { (2000...thisYear).contains($0) ? $0 : nil }
        let statement = try await RecognitionReports.statement(user.personID, taxYear: year ?? thisYear, on: req.db)
        let person = try await Person.find(user.personID, on: req.db)
        let model = StatementPage.Model(
            person: person?.name ?? "", statement: statement, years: Array((thisYear - 4...thisYear).reversed()))
        return StatementPage.render(model, context: try await PageContext.make(req, section: .time)).response()
    }

    // MARK: - Page model

    static func render(
        _ req: Request, form: ClaimForm, errors: FormErrors, fromRecords known: [MyTimePage.FromRecords]? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let user = try req.requireUser()
        let card = try await RateCards.current(on: req.db)
        let choice = try await PaymentChoices.current(user.personID, on: req.db)
        let claims = try await Claim.query(on: req.db).filter(\.$person.$id == user.personID).sort(\.$day, .descending)
            .range(..<100).all()
        let placements = try await placements(user.personID, on: req.db)
        var records = known ?? []
        if known == nil {
            records = try await fromRecords(user.personID, maximumAgeDays: card.maximumClaimAgeDays, on: req.db)
        }
        let model = MyTimePage.Model(
            choice: (choice?.paymentChoice ?? .paid).label, cardConfirmed: card.isConfirmed,
            maximumAgeDays: card.maximumClaimAgeDays, publicBodyStaff: choice?.publicBodyStaff ?? false,
            fromRecords: records,
            opportunities: placements.map { .init(value: $0.savedID.lowercasedString, label: $0.title) },
            claims: claims.map {
                .init(
                    id: $0.savedID, day: $0.day, activity: $0.activity, hours: $0.hours + $0.preparationHours, total: $0.total,
                    status: $0.status, queryReason: $0.queryReason)
            }, form: form, errors: errors)
        return MyTimePage.render(model, context: try await PageContext.make(req, section: .time)).response(status)
    }

    /// The opportunities the person was selected for, to claim against.
    static func placements(_ personID: UUID, on db: any Database) async throws -> [Opportunity] {
        try await OpportunityInterest.query(on: db).filter(\.$person.$id == personID).filter(\.$status == .selected)
            .with(\.$opportunity).all().map(\.opportunity)
    }

    /// Time Tandem knows the person gave in the claim window and has not been claimed: sessions
    /// delivered and panel meetings (time records), and events they were present at.
    static func fromRecords(
        _ personID: UUID, maximumAgeDays: Int, on db: any Database
    ) async throws
        -> [MyTimePage.FromRecords]
    {
        let since = Date().addingTimeInterval(-Double(maximumAgeDays) * 86_400)
        let claims = try await Claim.query(on: db).filter(\.$person.$id == personID).filter(
            \.$day >= since.addingTimeInterval(-86_400)
        ).all()
        let claimedRecords = Set(claims.compactMap(\.$timeRecord.id)), claimedEvents = Set(claims.compactMap(\.$event.id))
        let records = try await TimeRecord.query(on: db).filter(\.$person.$id == personID).filter(\.$day >= since)
            .filter(\.$day <= Date()).sort(\.$day, .descending).all()
        var rows: [MyTimePage.FromRecords] = records.filter { !claimedRecords.contains($0.savedID) }.map {
            .init(
                day: $0.day, activity: $0.activity, level: $0.kind == .trainingDelivered ? .enhanced : .standard,
                hours: $0.hours, preparation: $0.preparationHours, eventID: $0.$event.id, timeRecordID: $0.savedID)
        }
        let recordedEvents = Set(records.compactMap(\.$event.id))
        let attended = try await EventRegistration.query(on: db).filter(\.$person.$id == personID)
            .filter(\.$attendance == .present).join(Event.self, on: \EventRegistration.$event.$id == \Event.$id)
            .filter(Event.self, \.$startsAt >= since).filter(Event.self, \.$startsAt <= Date()).all()
        for registration in attended {
            let event = try registration.joined(Event.self)
            guard !claimedEvents.contains(event.savedID), !recordedEvents.contains(event.savedID) else { continue }
            let hours = (event.endsAt.timeIntervalSince(event.startsAt) / 3_600 * 4).rounded() / 4
            rows.append(
                .init(
                    day: Calendar.utc.startOfDay(for: event.startsAt), activity: event.title, level: .standard,
                    hours: min(12, max(0.25, hours)), preparation: 0, eventID: event.savedID, timeRecordID: nil))
        }
        return rows.sorted { $0.day > $1.day }
    }

    static func receipts(_ app: Application) -> EvidenceFiles { EvidenceFiles(app, folder: "receipts") }
}
