import Foundation

/// A claim's life: submitted, then approved or queried (with a reason the person sees), then paid.
/// A queried claim goes back to submitted when the person answers.
public enum ClaimStatus: String, CaseIterable, Codable, Sendable {
    case submitted, queried, approved, paid

    public var label: String {
        switch self {
        case .submitted: "Waiting for approval"
        case .queried: "Queried"
        case .approved: "Approved, to be paid"
        case .paid: "Paid"
        }
    }

    public var next: [ClaimStatus] {
        switch self {
        case .submitted: [.approved, .queried]
        case .queried: [.submitted]
        case .approved: [.paid]
        case .paid: []
        }
    }
}

/// What can be claimed for besides time.
public enum ExpenseKind: String, CaseIterable, Codable, Sendable {
    case mileage, fare, parking, care

    public var label: String {
        switch self {
        case .mileage: "Mileage"
        case .fare: "Fare (bus, train, taxi)"
        case .parking: "Parking"
        case .care: "Care or childcare"
        }
    }

    /// Whether a receipt is needed: everything but mileage (the miles are the evidence).
    public var needsReceipt: Bool { self != .mileage }
}

public enum ClaimRules {
    /// Receipts are accepted as pictures or documents, never as web pages or scripts.
    public static let receiptTypes: Set<String> = ["pdf", "jpg", "jpeg", "png", "heic"]
    public static let maximumHoursInADay = 24.0

    public enum Problem: Error, Equatable, Sendable {
        case futureDate
        case tooOld(days: Int)
        case tooManyHours
        case milesNeeded
        case amountNeeded
        case receiptNeeded(ExpenseKind)
        case receiptType
        case notAllowed(from: ClaimStatus, to: ClaimStatus)
        case ownClaim
        case reasonNeeded
        case notOutsideWork

        public var message: String {
            switch self {
            case .futureDate: "The date must be today or in the past: claims are for time already given"
            case .tooOld(let days): "Claims must be made within \(days) days of the activity"
            case .tooManyHours: "There are only 24 hours in a day: check the hours and the preparation time"
            case .milesNeeded: "Enter how many miles you travelled"
            case .amountNeeded: "Enter the amount you paid"
            case .receiptNeeded(let kind): "Add a receipt for the \(kind.label.lowercased())"
            case .receiptType:
                "A receipt must be a photo or a PDF (\(ClaimRules.receiptTypes.sorted().joined(separator: ", ")))"
            case .notAllowed(let from, let to):
                "A claim that is \(from.label.lowercased()) cannot become \(to.label.lowercased())"
            case .ownClaim: "You cannot approve your own claim: another approver must"
            case .reasonNeeded: "Say what needs answering: the person sees it"
            case .notOutsideWork:
                "Staff of public bodies are paid only for involvement outside their job and working time: confirm the declaration"
            }
        }
    }

    /// The day and hours of a time claim: not in the future, not older than the card allows,
    /// no more than 24 hours with preparation.
    public static func checkTime(
        day: Date, hours: Double, preparation: Double, today: Date, maximumAgeDays: Int
    ) -> Problem? {
        let claimed = Calendar.utc.startOfDay(for: day), now = Calendar.utc.startOfDay(for: today)
        if claimed > now { return .futureDate }
        if now.timeIntervalSince(claimed) > Double(maximumAgeDays) * 86_400 { return .tooOld(days: maximumAgeDays) }
        if hours + preparation > maximumHoursInADay { return .tooManyHours }
        return nil
    }

    /// An expense: mileage needs its miles; other kinds an amount and a receipt of an accepted type.
    public static func checkExpense(
        kind: ExpenseKind, miles: Double?, amount: Pence?, receiptName: String?
    ) -> Problem? {
        if kind == .mileage { return (miles ?? 0) > 0 ? nil : .milesNeeded }
        guard let amount, amount > .zero else { return .amountNeeded }
        guard let receiptName, !receiptName.isEmpty else { return kind.needsReceipt ? .receiptNeeded(kind) : nil }
        return receiptTypes.contains((receiptName as NSString).pathExtension.lowercased()) ? nil : .receiptType
    }

    /// A move of a claim by an approver: allowed moves only, never their own claim, a reason to query,
    /// and for staff of public bodies the declaration that it was outside their job.
    public static func check(
        from: ClaimStatus, to: ClaimStatus, claimant: UUID, approver: UUID, reason: String?, isPublicBodyStaff: Bool,
        declaredOutsideWork: Bool
    ) -> Problem? {
        guard from.next.contains(to) else { return .notAllowed(from: from, to: to) }
        if to == .approved || to == .paid {
            if claimant == approver { return .ownClaim }
            if isPublicBodyStaff && !declaredOutsideWork { return .notOutsideWork }
        }
        if to == .queried, (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .reasonNeeded }
        return nil
    }
}
