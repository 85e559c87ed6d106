import Fluent
import Foundation
import TandemCore

/// A rate on the rate card for one activity level, from the day it applies.
final class PayRate: Model, @unchecked Sendable {
    static let schema = "pay_rates"

    @ID(key: .id) var id: UUID?
    @Field(key: "level") var level: ActivityLevel
    @Field(key: "applies_from") var appliesFrom: Date
    @Field(key: "hourly_pence") var hourlyPence: Int
    @OptionalField(key: "half_day_pence") var halfDayPence: Int?
    @OptionalField(key: "day_pence") var dayPence: Int?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(_ rate: RateCard.Rate) {
        level = rate.level
        appliesFrom = rate.from
        hourlyPence = rate.hourly.value
        halfDayPence = rate.halfDay?.value
        dayPence = rate.day?.value
        createdAt = Date()
    }

    var rate: RateCard.Rate {
        .init(
            level: level, from: appliesFrom, hourly: Pence(hourlyPence), halfDay: halfDayPence.map(Pence.init),
            day: dayPence.map(Pence.init))
    }
}

/// A mileage rate from the day it applies (HMRC's approved rates), with the car's lower rate
/// after a number of miles in a tax year.
final class MileageRate: Model, @unchecked Sendable {
    static let schema = "mileage_rates"

    @ID(key: .id) var id: UUID?
    @Field(key: "vehicle") var vehicle: Vehicle
    @Field(key: "applies_from") var appliesFrom: Date
    @Field(key: "per_mile_pence") var perMilePence: Int
    @OptionalField(key: "threshold_miles") var thresholdMiles: Int?
    @OptionalField(key: "after_threshold_pence") var afterThresholdPence: Int?

    init() {}

    init(_ rate: RateCard.Mileage) {
        vehicle = rate.vehicle
        appliesFrom = rate.from
        perMilePence = rate.perMile.value
        thresholdMiles = rate.threshold?.miles
        afterThresholdPence = rate.threshold?.perMile.value
    }

    var mileage: RateCard.Mileage {
        let threshold = thresholdMiles.flatMap { miles in afterThresholdPence.map { (miles, Pence($0)) } }
        return .init(vehicle: vehicle, from: appliesFrom, perMile: Pence(perMilePence), threshold: threshold)
    }
}

/// The rate card's settings: how old a claim may be, and whether an admin has confirmed the card.
/// One row; until an admin confirms, the shipped examples are used and every page says so.
final class RecognitionSettings: Model, @unchecked Sendable {
    static let schema = "recognition_settings"

    @ID(key: .id) var id: UUID?
    @Field(key: "maximum_claim_age_days") var maximumClaimAgeDays: Int
    @OptionalParent(key: "confirmed_by_id") var confirmedBy: Person?
    @OptionalField(key: "confirmed_at") var confirmedAt: Date?

    init() {}

    init(maximumClaimAgeDays: Int) { self.maximumClaimAgeDays = maximumClaimAgeDays }
}

/// What someone chose to receive for their time, each choice kept with its date (the latest is
/// in force), with their own limit for a period and their payment reference for finance.
/// Tandem never stores bank details.
final class PaymentChoiceRecord: Model, @unchecked Sendable {
    var auditNote: AuditNote?

    static let schema = "payment_choices"

    @ID(key: .id) var id: UUID?
    @Parent(key: "person_id") var person: Person
    @Field(key: "choice") var choice: PaymentChoice.Kind
    @OptionalField(key: "lower_rate_pence") var lowerRatePence: Int?
    @OptionalField(key: "limit_pence") var limitPence: Int?
    @OptionalField(key: "limit_from") var limitFrom: Date?
    @OptionalField(key: "limit_to") var limitTo: Date?
    @OptionalField(key: "payment_reference") var paymentReference: String?
    @Field(key: "public_body_staff") var publicBodyStaff: Bool
    @Field(key: "chosen_at") var chosenAt: Date

    init() {}

    init(personID: UUID, choice: PaymentChoice, publicBodyStaff: Bool) {
        self.$person.id = personID
        self.choice = choice.kind
        if case .lowerRate(let rate) = choice { lowerRatePence = rate.value }
        self.publicBodyStaff = publicBodyStaff
        self.chosenAt = Date()
    }

    var paymentChoice: PaymentChoice { PaymentChoice(kind: choice, lowerRate: lowerRatePence.map(Pence.init)) }
}

extension PaymentChoiceRecord: AuditedRecord {
    static let auditType = AuditRecordType.paymentChoice
    var auditSubjectPersonID: UUID? { $person.id }
}
