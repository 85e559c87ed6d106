import Fluent
import Foundation
import TandemCore

/// A claim for time given on one day, with any expenses, and what it pays. The amounts are worked
/// out when it is submitted (from the rate card in force on the day and the person's payment
/// choice then) and fixed when it is approved. Personal: the person and approvers see it.
final class Claim: Model, @unchecked Sendable {
    static let schema = "claims"

    @ID(key: .id) var id: UUID?
    @Parent(key: "person_id") var person: Person
    @Field(key: "status") var status: ClaimStatus
    @Field(key: "day") var day: Date
    @Field(key: "activity") var activity: String
    @Field(key: "level") var level: ActivityLevel
    @OptionalParent(key: "opportunity_id") var opportunity: Opportunity?
    @OptionalParent(key: "event_id") var event: Event?
    /// The time record (a session delivered, a panel meeting) the claim was made from.
    @OptionalParent(key: "time_record_id") var timeRecord: TimeRecord?
    @Field(key: "hours") var hours: Double
    @Field(key: "preparation_hours") var preparationHours: Double
    /// "paid", "volunteer", "donate" or "lower": the choice in force when it was submitted.
    @Field(key: "payment_choice") var paymentChoice: String
    @Field(key: "time_pence") var timePence: Int
    @Field(key: "expenses_pence") var expensesPence: Int
    @Field(key: "declared_outside_work") var declaredOutsideWork: Bool
    @OptionalField(key: "query_reason") var queryReason: String?
    @OptionalField(key: "answer") var answer: String?
    @Field(key: "submitted_at") var submittedAt: Date
    @OptionalParent(key: "decided_by_id") var decidedBy: Person?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "paid_at") var paidAt: Date?
    @Field(key: "is_demo") var isDemo: Bool

    init() {}

    init(personID: UUID, day: Date, activity: String, level: ActivityLevel, hours: Double, preparationHours: Double) {
        self.$person.id = personID
        self.status = .submitted
        self.day = day
        self.activity = activity
        self.level = level
        self.hours = hours
        self.preparationHours = preparationHours
        self.paymentChoice = PaymentChoice.paid.kind.rawValue
        self.timePence = 0
        self.expensesPence = 0
        self.declaredOutsideWork = false
        self.submittedAt = Date()
        self.isDemo = false
    }

    var total: Pence { Pence(timePence + expensesPence) }
}

/// An expense on a claim: mileage with its miles, or a fare, parking or care cost with its receipt.
final class ClaimExpense: Model, @unchecked Sendable {
    static let schema = "claim_expenses"

    @ID(key: .id) var id: UUID?
    @Parent(key: "claim_id") var claim: Claim
    @Field(key: "kind") var kind: ExpenseKind
    @OptionalField(key: "vehicle") var vehicle: Vehicle?
    @OptionalField(key: "miles") var miles: Double?
    @Field(key: "amount_pence") var amountPence: Int
    @OptionalField(key: "receipt_file") var receiptFile: String?
    @OptionalField(key: "receipt_name") var receiptName: String?

    init() {}

    init(claimID: UUID, kind: ExpenseKind, vehicle: Vehicle?, miles: Double?, amount: Pence) {
        self.$claim.id = claimID
        self.kind = kind
        self.vehicle = vehicle
        self.miles = miles
        self.amountPence = amount.value
    }
}
