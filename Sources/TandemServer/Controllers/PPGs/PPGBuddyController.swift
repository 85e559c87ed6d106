import Fluent
import TandemCore
import Vapor

/// The buddy scheme: the coordinators' list and proposals, and each pairing's page, where both
/// PPGs answer, agree goals, log contacts, review at 3 and 6 months and record the outcome.
enum PPGBuddyController {
    static func list(req: Request) async throws -> Response {
        try req.authorize(.managePPGs)
        let pairs = try await PPGBuddyPair.query(on: req.db).with(\.$buddy).with(\.$supported).sort(\.$createdAt, .descending)
            .all()
        let model = BuddyListPage.Model(
            pairs: pairs.map {
                .init(
                    id: $0.savedID, buddyID: $0.$buddy.id, buddy: $0.buddy.name, supported: $0.supported.name, status: $0.status,
                    score: Int($0.score.rounded()), reasons: $0.reasonList)
            })
        return BuddyListPage.render(model, context: try await PageContext.withForm(req, section: .ppgs)).response()
    }

    static func propose(req: Request) async throws -> Response {
        try req.authorize(.managePPGs)
        let capacity =
            (try? req.content.get(Int.self, at: "capacity")).map { min(max($0, 1), 5) } ?? BuddyMatching.defaultCapacity
        let made = try await PPGBuddies.propose(capacity: capacity, by: req.currentUser?.personID, on: req.db)
        try await req.flash(
            made.count == 0
                ? "No new pairs to propose: no PPG needing support has an established PPG able to help with what it needs."
                : "\(counted(made.count, "pair", "pairs")) proposed (the matching took \(String(format: "%.2f", made.seconds)) s). Both PPGs in each pair are asked to accept or decline."
        )
        return req.seeOther(SiteURL.buddies)
    }

    static func show(req: Request) async throws -> Response {
        let (ppg, ref) = try await req.ppg(Permission.viewPPG)
        return try await render(req, ppg, ref: ref, pair: try await find(req, ppg))
    }

    static func answer(req: Request) async throws -> Response {
        let (ppg, _) = try await req.ppg(Permission.runPPG)
        let pair = try await find(req, ppg)
        guard pair.status == .proposed, let choice = try? req.content.get(String.self, at: "answer"),
            ["accept", "decline"].contains(choice)
        else { throw AppError.badRequest("Choose to accept or decline the proposal") }
        try await PPGBuddies.answer(pair, side: try ppg.requireID(), accept: choice == "accept", on: req.db)
        try await req.flash(choice == "accept" ? "Accepted" : "Declined")
        return req.seeOther(SiteURL.ppg(.value(try ppg.requireID()), .buddy(.value(pair.savedID))))
    }

    static func agreement(req: Request) async throws -> Response {
        try await write(req) { pair, ppg, ref in
            let form = try req.content.decode(BuddyAgreementForm.self)
            switch form.validate() {
            case .failure(let errors):
                return try await render(req, ppg, ref: ref, pair: pair, forms: .init(agreement: form, errors: errors))
            case .success(let (goals, review)):
                (pair.goals, pair.reviewOn) = (goals, review)
                try await pair.save(on: req.db)
                return nil
            }
        }
    }

    static func contact(req: Request) async throws -> Response {
        try await write(req) { pair, ppg, ref in
            let form = try req.content.decode(BuddyContactForm.self)
            switch form.validate() {
            case .failure(let errors):
                return try await render(req, ppg, ref: ref, pair: pair, forms: .init(contact: form, errors: errors))
            case .success(let (on, note)):
                try await PPGBuddyContact(pairID: pair.savedID, happenedOn: on, note: note, loggedByID: req.currentUser?.personID)
                    .create(on: req.db)
                return nil
            }
        }
    }

    static func review(req: Request) async throws -> Response {
        try await write(req) { pair, ppg, ref in
            let form = try req.content.decode(BuddyReviewForm.self)
            switch form.validate() {
            case .failure(let errors):
                return try await render(req, ppg, ref: ref, pair: pair, forms: .init(review: form, errors: errors))
            case .success(let (months, going)):
                try await PPGBuddyReview(
                    pairID: pair.savedID, ppgID: try ppg.requireID(), months: months, howItIsGoing: going,
                    writtenByID: req.currentUser?.personID
                ).create(on: req.db)
                return nil
            }
        }
    }

    static func end(req: Request) async throws -> Response {
        try await write(req) { pair, ppg, ref in
            let form = try req.content.decode(BuddyEndForm.self)
            switch form.validate() {
            case .failure(let errors):
                return try await render(req, ppg, ref: ref, pair: pair, forms: .init(end: form, errors: errors))
            case .success(let (outcome, badly)):
                (pair.outcome, pair.endedBadly, pair.status, pair.endedOn) = (
                    outcome, badly, .ended, CalendarDate.startOfDay(Date())
                )
                try await pair.save(on: req.db)
                try await PPGBuddies.tell(
                    pair, subject: "Your buddy pairing has ended", body: "The outcome: \(outcome)", on: req.db)
                return nil
            }
        }
    }

    /// Writes to an active pairing: the form's page again (400) on a problem, else back to the pairing.
    private static func write(
        _ req: Request, _ change: (PPGBuddyPair, PPG, PPGRef) async throws -> Response?
    ) async throws -> Response {
        let (ppg, ref) = try await req.ppg(Permission.runPPG)
        let pair = try await find(req, ppg)
        guard pair.status == .active else { throw AppError.badRequest("The pairing is not under way") }
        if let problem = try await change(pair, ppg, ref) { return problem }
        try await req.flash("Saved")
        return req.seeOther(SiteURL.ppg(.value(try ppg.requireID()), .buddy(.value(pair.savedID))))
    }

    /// The pairing in the path, when the PPG in the path is one of its two sides.
    private static func find(_ req: Request, _ ppg: PPG) async throws -> PPGBuddyPair {
        let ppgID = try ppg.requireID()
        guard let pair = try await PPGBuddyPair.find(try req.id(.buddyPair), on: req.db),
            pair.$buddy.id == ppgID || pair.$supported.id == ppgID
        else { throw AppError.notFound }
        return pair
    }

    private static func render(
        _ req: Request, _ ppg: PPG, ref: PPGRef, pair: PPGBuddyPair, forms: BuddyPairPage.Forms = .init()
    ) async throws -> Response {
        let buddy = try await pair.$buddy.get(on: req.db), supported = try await pair.$supported.get(on: req.db)
        let contacts = try await PPGBuddyContact.query(on: req.db).filter(\.$pair.$id == pair.savedID).sort(
            \.$happenedOn, .descending
        )
        .all()
        let reviews = try await PPGBuddyReview.query(on: req.db).filter(\.$pair.$id == pair.savedID).sort(\.$writtenAt).all()
        let ppgID = try ppg.requireID()
        let side: BuddyAnswer? = pair.$buddy.id == ppgID ? pair.buddyAnswer : pair.supportedAnswer
        let model = BuddyPairPage.Model(
            ppgID: ppgID, id: pair.savedID, buddy: buddy.name, supported: supported.name, isBuddy: pair.$buddy.id == ppgID,
            status: pair.status, reasons: pair.reasonList, ownAnswer: side,
            otherAnswer: pair.$buddy.id == ppgID ? pair.supportedAnswer : pair.buddyAnswer, goals: pair.goals,
            reviewOn: pair.reviewOn,
            startedOn: pair.startedOn,
            dueReviews: [3, 6].map { ($0, PPGBuddies.reviewDate(pair, months: $0)) },
            contacts: contacts.map { ($0.happenedOn, $0.note) },
            reviews: reviews.map { ($0.months, $0.$ppg.id == pair.$buddy.id ? buddy.name : supported.name, $0.howItIsGoing) },
            outcome: pair.outcome, endedBadly: pair.endedBadly,
            mayAct: AccessPolicy.allows(try req.requireUser().viewer, .runPPG(ref)), forms: forms)
        return BuddyPairPage.render(model, context: try await PageContext.withForm(req, section: .ppgs))
            .response(forms.errors.isEmpty ? .ok : .badRequest)
    }
}
