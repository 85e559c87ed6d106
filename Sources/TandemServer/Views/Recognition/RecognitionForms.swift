import Foundation
import TandemCore
import Vapor

/// Time given on a day, with an optional expense and its receipt. The form is an upload (the
/// receipt streams to disk), so it is built from the upload's text fields.
struct ClaimForm: Sendable {
    var day = "", month = "", year = ""
    var activity = ""
    var level = ActivityLevel.standard.rawValue
    var hours = ""
    var preparation = ""
    var opportunity = ""
    var event = ""
    var timeRecord = ""
    var declared = false
    var expense = ""
    var vehicle = Vehicle.car.rawValue
    var miles = ""
    var amount = ""

    init() {}

    init(fields: [String: String]) {
        day = fields["on-day"] ?? ""
        month = fields["on-month"] ?? ""
        year = fields["on-year"] ?? ""
        activity = fields["activity"] ?? ""
        level = fields["level"] ?? ""
        hours = fields["hours"] ?? ""
        preparation = fields["preparation"] ?? ""
        opportunity = fields["opportunity"] ?? ""
        event = fields["event"] ?? ""
        timeRecord = fields["time-record"] ?? ""
        declared = fields["declared[]"] == "yes"
        expense = fields["expense"] ?? ""
        vehicle = fields["vehicle"] ?? ""
        miles = fields["miles"] ?? ""
        amount = fields["amount"] ?? ""
    }

    /// Pre-filled from a record of time given: a session delivered, a panel meeting, an event attended.
    init(from record: MyTimePage.FromRecords) {
        (day, month, year) = CalendarDate.parts(of: record.day)
        activity = record.activity
        level = record.level.rawValue
        hours = record.hours > 0 ? RecognitionReports.hours(record.hours) : ""
        preparation = record.preparation > 0 ? RecognitionReports.hours(record.preparation) : ""
        event = record.eventID?.lowercasedString ?? ""
        timeRecord = record.timeRecordID?.lowercasedString ?? ""
    }

    /// `receipt` is the receipt sent, if any, as it landed on disk and the name it was sent with; `today`
    /// and `maximumAgeDays` the claim's age rule; `publicBodyStaff` asks for the declaration.
    func validate(
        receipt: (path: String, fileName: String)?, today: Date, maximumAgeDays: Int, publicBodyStaff: Bool,
        opportunities: Set<UUID>
    ) -> Result<Claims.NewClaim, FormErrors> {
        var errors = FormErrors()
        let date = errors.check(FieldRules.date(DateParts(day: day, month: month, year: year), name: "The date"), "on")
        let activity = errors.check(
            FieldRules.requiredText(
                activity, maximum: TextLimit.title, missing: "Say what you did, such as \u{201C}Reading group meeting\u{201D}",
                name: "What you did"), "activity")
        let level = errors.check(
            FieldRules.choice(level, as: ActivityLevel.self, missing: "Choose standard or enhanced"), "level")
        let kind = expense.isEmpty ? nil : ExpenseKind(rawValue: expense)
        let overADay = (Double(hours.trimmed) ?? 0) + (Double(preparation.trimmed) ?? 0) > ClaimRules.maximumHoursInADay
        let hours =
            overADay
            ? errors.check(Result<Double, FieldProblem>.failure(FieldProblem(ClaimRules.Problem.tooManyHours.message)), "hours")
            : errors.check(TimeRecordRules.hours(hours, name: "Hours", required: kind == nil), "hours")
        let preparation = errors.check(
            TimeRecordRules.hours(preparation, name: "Preparation time", required: false), "preparation")
        if let date, let hours, let preparation,
            let problem = ClaimRules.checkTime(
                day: date, hours: hours, preparation: preparation, today: today, maximumAgeDays: maximumAgeDays)
        {
            errors.add(problem == .tooManyHours ? "hours" : "on", problem.message)
        }
        if !expense.isEmpty, kind == nil { errors.add("expense", "Choose the kind of expense") }
        var newExpense: Claims.NewExpense?
        if let kind {
            let vehicle = kind == .mileage ? Vehicle(rawValue: vehicle) : nil
            if kind == .mileage, vehicle == nil { errors.add("vehicle", "Choose how you travelled") }
            let miles = kind == .mileage ? Double(self.miles.trimmed).flatMap { $0 > 0 && $0 <= 2_000 ? $0 : nil } : nil
            let amount = kind == .mileage ? nil : Pence.parse(self.amount)
            if kind != .mileage, let value = amount, value > Pence(100_000) {
                errors.add("amount", "An expense must be £1,000 or less: ask the coordinator about larger costs")
            }
            if let problem = ClaimRules.checkExpense(kind: kind, miles: miles, amount: amount, receiptName: receipt?.fileName) {
                switch problem {
                case .milesNeeded:
                    errors.add("miles", self.miles.trimmed.isEmpty ? problem.message : "Miles must be a number from 0.1 to 2,000")
                case .amountNeeded:
                    errors.add("amount", self.amount.trimmed.isEmpty ? problem.message : "Enter the amount in pounds, like 4.50")
                default: errors.add("receipt", problem.message)
                }
            }
            newExpense = Claims.NewExpense(
                kind: kind, vehicle: vehicle, miles: miles, amount: amount,
                receipt: receipt.map {
                    ($0.path, ($0.fileName as NSString).pathExtension.lowercased(), ($0.fileName as NSString).lastPathComponent)
                })
        }
        if publicBodyStaff && !declared { errors.add("declared", ClaimRules.Problem.notOutsideWork.message) }
        let opportunityID = UUID(uuidString: opportunity).flatMap { opportunities.contains($0) ? $0 : nil }
        return errors.result {
            guard let date, let activity, let level, let hours, let preparation else { return nil }
            return Claims.NewClaim(
                day: date, activity: activity, level: level, hours: hours, preparation: preparation,
                opportunityID: opportunityID, eventID: UUID(uuidString: event), timeRecordID: UUID(uuidString: timeRecord),
                declaredOutsideWork: declared, expense: newExpense)
        }
    }
}

/// What someone chooses to receive for their time, their own limit for a period, and the
/// reference finance pays them by.
struct PaymentChoiceForm: Content, Sendable {
    var choice: String?
    var lowerRate: String?
    var limit: String?
    var limitFromDay: String?, limitFromMonth: String?, limitFromYear: String?
    var limitToDay: String?, limitToMonth: String?, limitToYear: String?
    var reference: String?
    var publicBody: [String]?

    enum CodingKeys: String, CodingKey {
        case choice, limit, reference
        case lowerRate = "lower-rate"
        case limitFromDay = "limit-from-day", limitFromMonth = "limit-from-month", limitFromYear = "limit-from-year"
        case limitToDay = "limit-to-day", limitToMonth = "limit-to-month", limitToYear = "limit-to-year"
        case publicBody = "public-body"
    }

    init() { choice = PaymentChoice.Kind.paid.rawValue }

    init(_ record: PaymentChoiceRecord) {
        choice = record.choice.rawValue
        lowerRate = record.lowerRatePence.map { Pence($0).decimal }
        limit = record.limitPence.map { Pence($0).decimal }
        if let from = record.limitFrom { (limitFromDay, limitFromMonth, limitFromYear) = CalendarDate.parts(of: from) }
        if let to = record.limitTo { (limitToDay, limitToMonth, limitToYear) = CalendarDate.parts(of: to) }
        reference = record.paymentReference
        publicBody = record.publicBodyStaff ? ["yes"] : []
    }

    struct Valid: Sendable {
        let choice: PaymentChoice
        let limit: (amount: Pence, from: Date, to: Date)?
        let reference: String?
        let publicBodyStaff: Bool
    }

    func validate() -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let kind = errors.check(
            FieldRules.choice(choice, as: PaymentChoice.Kind.self, missing: "Choose how you would like to be recognised"),
            "choice")
        var payment: PaymentChoice?
        if let kind {
            if kind == .lowerRate {
                if let rate = Pence.parse(lowerRate ?? ""), rate > .zero {
                    payment = .lowerRate(rate)
                } else {
                    errors.add("lower-rate", "Enter the amount an hour you would like, like 8.00")
                }
            } else {
                payment = PaymentChoice(kind: kind, lowerRate: nil)
            }
        }
        var limitValue: (Pence, Date, Date)?
        let limitText = (limit ?? "").trimmed
        let from = errors.check(
            FieldRules.optionalDate(
                DateParts(day: limitFromDay ?? "", month: limitFromMonth ?? "", year: limitFromYear ?? ""),
                name: "The start of the period"), "limit-from")
        let to = errors.check(
            FieldRules.optionalDate(
                DateParts(day: limitToDay ?? "", month: limitToMonth ?? "", year: limitToYear ?? ""),
                name: "The end of the period"), "limit-to")
        if !limitText.isEmpty {
            let amount = Pence.parse(limitText)
            if amount == nil { errors.add("limit", "Enter your limit in pounds, like 200.00") }
            if case .some(.none) = from { errors.add("limit-from", "Enter the first day of the period the limit is for") }
            if case .some(.none) = to { errors.add("limit-to", "Enter the last day of the period the limit is for") }
            if let amount, let start = from ?? nil, let end = to ?? nil {
                if end < start {
                    errors.add("limit-to", "The period must end after it starts")
                } else {
                    limitValue = (amount, start, end)
                }
            }
        }
        let reference = errors.check(FieldRules.optionalText(reference, maximum: 40, name: "The payment reference"), "reference")
        return errors.result {
            guard let payment, let reference else { return nil }
            return Valid(
                choice: payment, limit: limitValue, reference: reference,
                publicBodyStaff: (publicBody ?? []).contains("yes"))
        }
    }
}

/// An approver's decision on a claim.
struct ClaimDecisionForm: Content, Sendable {
    var decision: String?
    var reason: String?
    /// When the person set a limit this approval would pass: the approver confirms they asked.
    var checked: [String]?
}

/// A new rate on the rate card, from a day.
struct RateForm: Content, Sendable {
    var level: String?
    var fromDay: String?, fromMonth: String?, fromYear: String?
    var hourly: String?
    var halfDay: String?
    var day: String?

    enum CodingKeys: String, CodingKey {
        case level, hourly, day
        case halfDay = "half-day"
        case fromDay = "from-day", fromMonth = "from-month", fromYear = "from-year"
    }

    init() {}

    func validate() -> Result<RateCard.Rate, FormErrors> {
        var errors = FormErrors()
        let level = errors.check(FieldRules.choice(level, as: ActivityLevel.self, missing: "Choose the level"), "level")
        let from = errors.check(
            FieldRules.date(
                DateParts(day: fromDay ?? "", month: fromMonth ?? "", year: fromYear ?? ""), name: "The day it applies from"),
            "from")
        let hourly = Pence.parse(hourly ?? "")
        if hourly == nil || hourly == .zero { errors.add("hourly", "Enter the hourly rate in pounds, like 12.65") }
        func optional(_ text: String?, _ field: String, _ name: String) -> Pence? {
            guard let text = text?.trimmed, !text.isEmpty else { return nil }
            guard let value = Pence.parse(text) else {
                errors.add(field, "\(name) must be in pounds, like 44.00")
                return nil
            }
            return value
        }
        let half = optional(halfDay, "half-day", "The half-day rate")
        let whole = optional(day, "day", "The day rate")
        return errors.result {
            guard let level, let from, let hourly else { return nil }
            return RateCard.Rate(level: level, from: from, hourly: hourly, halfDay: half, day: whole)
        }
    }
}
