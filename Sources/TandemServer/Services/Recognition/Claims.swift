import Fluent
import Foundation
import TandemCore

/// Claims for time and expenses: made, worked out from the rate card, decided once, exported for
/// finance and summed for each person's statement.
enum Claims {
    struct NewExpense: Sendable {
        let kind: ExpenseKind
        let vehicle: Vehicle?
        let miles: Double?
        let amount: Pence?
        /// The receipt as it landed on disk, with the extension to keep it by and the name it was sent with.
        let receipt: (incoming: String, ext: String, name: String)?
    }

    struct NewClaim: Sendable {
        let day: Date
        let activity: String
        let level: ActivityLevel
        let hours: Double
        let preparation: Double
        let opportunityID: UUID?
        let eventID: UUID?
        let timeRecordID: UUID?
        let declaredOutsideWork: Bool
        let expense: NewExpense?
    }

    /// Makes a claim: the time at the rate on the day under the person's payment choice now, and the
    /// expense (mileage at the rate on the day, a car's miles counted towards the tax year's threshold).
    static func submit(
        _ new: NewClaim, personID: UUID, files: EvidenceFiles, on db: any Database
    ) async throws -> Result<Claim, PaymentCalculation.Problem> {
        let card = try await RateCards.current(on: db).card
        let choice = try await PaymentChoices.current(personID, on: db)?.paymentChoice ?? .paid
        let time: Pence
        if new.hours + new.preparation > 0 {
            switch PaymentCalculation.time(
                hours: new.hours, preparation: new.preparation, level: new.level, on: new.day, card: card, choice: choice)
            {
            case .success(let amount): time = amount
            case .failure(let problem): return .failure(problem)
            }
        } else {
            time = .zero
        }
        var expenseAmount = Pence.zero
        if let expense = new.expense {
            if expense.kind == .mileage, let vehicle = expense.vehicle, let miles = expense.miles {
                let already = try await milesThisTaxYear(personID, vehicle: vehicle, day: new.day, on: db)
                switch PaymentCalculation.mileage(
                    miles: miles, vehicle: vehicle, alreadyThisTaxYear: already, on: new.day, card: card)
                {
                case .success(let amount): expenseAmount = amount
                case .failure(let problem): return .failure(problem)
                }
            } else {
                expenseAmount = expense.amount ?? .zero
            }
        }
        let claim = Claim(
            personID: personID, day: new.day, activity: new.activity, level: new.level, hours: new.hours,
            preparationHours: new.preparation)
        claim.$opportunity.id = new.opportunityID
        claim.$event.id = new.eventID
        claim.$timeRecord.id = new.timeRecordID
        claim.paymentChoice = choice.kind.rawValue
        claim.timePence = time.value
        claim.expensesPence = expenseAmount.value
        claim.declaredOutsideWork = new.declaredOutsideWork
        let expenseTotal = expenseAmount
        try await db.transaction { db in
            try await claim.create(on: db)
            if let expense = new.expense {
                let line = ClaimExpense(
                    claimID: claim.savedID, kind: expense.kind, vehicle: expense.vehicle, miles: expense.miles,
                    amount: expenseTotal)
                if let receipt = expense.receipt {
                    line.receiptFile = try files.keep(receipt.incoming, extension: receipt.ext)
                    line.receiptName = receipt.name
                }
                try await line.create(on: db)
            }
        }
        return .success(claim)
    }

    /// Miles already claimed for this kind of vehicle in the tax year of `day`.
    static func milesThisTaxYear(_ personID: UUID, vehicle: Vehicle, day: Date, on db: any Database) async throws -> Double {
        let year = PaymentCalculation.taxYear(of: day)
        let start = Calendar.utc.date(from: DateComponents(year: year, month: 4, day: 6))!
        let end = Calendar.utc.date(from: DateComponents(year: year + 1, month: 4, day: 6))!
        let expenses = try await ClaimExpense.query(on: db).join(Claim.self, on: \ClaimExpense.$claim.$id == \Claim.$id)
            .filter(Claim.self, \.$person.$id == personID).filter(Claim.self, \.$day >= start).filter(Claim.self, \.$day < end)
            .filter(\.$kind == .mileage).filter(\.$vehicle == vehicle).all()
        return expenses.reduce(0) { $0 + ($1.miles ?? 0) }
    }

    enum Decision: Sendable, Equatable {
        case done
        case refused(String)
        /// Someone else moved the claim first; nothing changed.
        case alreadyDecided(ClaimStatus)
    }

    /// Moves a claim by an approver: the rules in `ClaimRules.check`, then one atomic move, so two
    /// approvals at once approve it once. The person is told in their inbox when it is queried or approved.
    static func decide(
        _ claim: Claim, to: ClaimStatus, approver: Viewer, actor: AuditActor, reason: String?, on db: any Database
    ) async throws -> Decision {
        let choice = try await PaymentChoices.current(claim.$person.id, on: db)
        if let problem = ClaimRules.check(
            from: claim.status, to: to, claimant: claim.$person.id, approver: approver.personID, reason: reason,
            isPublicBodyStaff: choice?.publicBodyStaff ?? false, declaredOutsideWork: claim.declaredOutsideWork)
        {
            if case .notAllowed = problem, let now = try await Claim.find(claim.id, on: db), now.status != claim.status {
                return .alreadyDecided(now.status)
            }
            return .refused(problem.message)
        }
        let from = claim.status
        let moved = try await db.transaction { db -> Bool in
            guard
                try await ClaimDecisionQuery.move(
                    claim.savedID, from: from.rawValue, to: to.rawValue, by: approver.personID, on: db)
            else { return false }
            guard let fresh = try await Claim.find(claim.id, on: db) else { return false }
            let now = Date()
            if to == .paid { fresh.paidAt = now } else { fresh.decidedAt = now }
            fresh.queryReason = to == .queried ? reason?.trimmed : fresh.queryReason
            try await fresh.save(on: db)
            try await AuditTrail.claimDecided(claim, to: to, by: actor, on: db)
            if to == .queried || to == .approved, let person = try await Person.find(claim.$person.id, on: db) {
                let link = SiteURL.myTime.path
                let when = CalendarDate.long(claim.day)
                if to == .queried {
                    try await PersonMessage.send(
                        to: person, subject: "A question about your claim for \(when)",
                        body: "Before it can be approved: \(reason?.trimmed ?? ""). Answer it on your time and claims page.",
                        link: link, on: db)
                } else {
                    try await PersonMessage.send(
                        to: person, subject: "Your claim for \(when) is approved",
                        body: "\(fresh.total.text) will be paid with the next payments. Thank you for your time.", link: link,
                        on: db)
                }
            }
            return true
        }
        if moved { return .done }
        let now = try await Claim.find(claim.id, on: db)
        return .alreadyDecided(now?.status ?? to)
    }

    /// The person answers a query: the claim goes back for approval with their answer.
    static func answer(_ claim: Claim, answer: String, on db: any Database) async throws -> Bool {
        guard claim.status == .queried else { return false }
        let moved = try await ClaimDecisionQuery.move(
            claim.savedID, from: ClaimStatus.queried.rawValue, to: ClaimStatus.submitted.rawValue, by: claim.$person.id,
            on: db)
        guard moved, let fresh = try await Claim.find(claim.id, on: db) else { return false }
        fresh.answer = answer
        fresh.$decidedBy.id = nil
        try await fresh.save(on: db)
        return true
    }

    /// Time payments already approved or paid for the person in a period, to warn before a limit is passed.
    static func approvedTotal(_ personID: UUID, from: Date, to: Date, on db: any Database) async throws -> Pence {
        let claims = try await Claim.query(on: db).filter(\.$person.$id == personID)
            .filter(\.$status ~~ [ClaimStatus.approved, .paid]).filter(\.$day >= from).filter(\.$day <= to).all()
        return claims.reduce(Pence.zero) { $0 + Pence($1.timePence) }
    }

    /// The warning an approver sees before approving, when the person set a limit for the period the claim falls in.
    static func limitWarning(_ claim: Claim, on db: any Database) async throws -> String? {
        guard claim.status == .submitted, let choice = try await PaymentChoices.current(claim.$person.id, on: db),
            let limit = choice.limitPence, let from = choice.limitFrom, let to = choice.limitTo, claim.day >= from,
            claim.day <= to
        else { return nil }
        let already = try await approvedTotal(claim.$person.id, from: from, to: to, on: db)
        return PaymentCalculation.limitWarning(limit: Pence(limit), alreadyPaid: already, claim: Pence(claim.timePence))
    }
}
