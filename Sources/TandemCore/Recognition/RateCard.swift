import Foundation

/// How demanding an activity is, which sets its rate: enhanced for chairing, designing or
/// delivering training and leading projects; standard for everything else.
public enum ActivityLevel: String, CaseIterable, Codable, Sendable {
    case standard, enhanced

    public var label: String {
        switch self {
        case .standard: "Standard"
        case .enhanced: "Enhanced"
        }
    }

    public var explanation: String {
        switch self {
        case .standard: "Taking part: meetings, reading groups, surveys, focus groups"
        case .enhanced: "Chairing, designing or delivering training, and leading projects"
        }
    }
}

/// How someone travelled, for mileage.
public enum Vehicle: String, CaseIterable, Codable, Sendable {
    case car, motorcycle, bicycle

    public var label: String {
        switch self {
        case .car: "Car or van"
        case .motorcycle: "Motorcycle"
        case .bicycle: "Bicycle"
        }
    }
}

/// The rates Tandem pays at, each from the day it applies: a rise applies to activities from that
/// day and not before. Session rates cap the hourly total: up to the half-day rate for up to 4
/// hours, up to the day rate for longer.
public struct RateCard: Sendable, Equatable {
    public struct Rate: Sendable, Equatable {
        public let level: ActivityLevel
        public let from: Date
        public let hourly: Pence
        public let halfDay: Pence?
        public let day: Pence?

        public init(level: ActivityLevel, from: Date, hourly: Pence, halfDay: Pence?, day: Pence?) {
            self.level = level
            self.from = from
            self.hourly = hourly
            self.halfDay = halfDay
            self.day = day
        }
    }

    /// A mileage rate: pence a mile, and for cars a lower rate after a number of miles in the tax year.
    public struct Mileage: Sendable, Equatable {
        public let vehicle: Vehicle
        public let from: Date
        public let perMile: Pence
        public let threshold: (miles: Int, perMile: Pence)?

        public init(vehicle: Vehicle, from: Date, perMile: Pence, threshold: (miles: Int, perMile: Pence)? = nil) {
            self.vehicle = vehicle
            self.from = from
            self.perMile = perMile
            self.threshold = threshold
        }

        public static func == (a: Mileage, b: Mileage) -> Bool {
            a.vehicle == b.vehicle && a.from == b.from && a.perMile == b.perMile && a.threshold?.miles == b.threshold?.miles
                && a.threshold?.perMile == b.threshold?.perMile
        }
    }

    public static let halfDayHours = 4.0

    public let rates: [Rate]
    public let mileage: [Mileage]

    public init(rates: [Rate], mileage: [Mileage]) {
        self.rates = rates
        self.mileage = mileage
    }

    /// The rate in force for a level on a day: the latest that starts on or before it.
    public func rate(_ level: ActivityLevel, on day: Date) -> Rate? {
        rates.filter { $0.level == level && $0.from <= day }.max { $0.from < $1.from }
    }

    public func mileage(_ vehicle: Vehicle, on day: Date) -> Mileage? {
        mileage.filter { $0.vehicle == vehicle && $0.from <= day }.max { $0.from < $1.from }
    }

    /// Examples an admin must confirm: £11.50 and £15 an hour (as some trusts pay), with half-day
    /// and day rates, rising 10% from 16 December 2025 (as NIHR's did); HMRC's approved mileage rates.
    public static let examples: RateCard = {
        func day(_ y: Int, _ m: Int, _ d: Int) -> Date { Calendar.utc.date(from: DateComponents(year: y, month: m, day: d))! }
        let start = day(2024, 4, 1), rise = day(2025, 12, 16)
        return RateCard(
            rates: [
                Rate(level: .standard, from: start, hourly: Pence(1_150), halfDay: Pence(4_000), day: Pence(7_500)),
                Rate(level: .enhanced, from: start, hourly: Pence(1_500), halfDay: Pence(5_500), day: Pence(10_000)),
                Rate(level: .standard, from: rise, hourly: Pence(1_265), halfDay: Pence(4_400), day: Pence(8_250)),
                Rate(level: .enhanced, from: rise, hourly: Pence(1_650), halfDay: Pence(6_050), day: Pence(11_000)),
            ],
            mileage: [
                Mileage(vehicle: .car, from: day(2011, 4, 6), perMile: Pence(45), threshold: (10_000, Pence(25))),
                Mileage(vehicle: .motorcycle, from: day(2011, 4, 6), perMile: Pence(24)),
                Mileage(vehicle: .bicycle, from: day(2011, 4, 6), perMile: Pence(20)),
            ])
    }()
}

/// What someone chose to receive for their time, recorded with its date.
public enum PaymentChoice: Equatable, Sendable {
    case paid
    /// Volunteering unpaid: time is still recorded and recognised.
    case volunteer
    /// The payment is given to the organisation's chosen cause.
    case donate
    /// Paid at most this much an hour.
    case lowerRate(Pence)

    public var label: String {
        switch self {
        case .paid: "Paid at the full rate"
        case .volunteer: "Volunteering, unpaid"
        case .donate: "Donating the payment"
        case .lowerRate(let rate): "Paid at a lower rate of \(rate.text) an hour"
        }
    }
}

/// Working out what a claim pays, from the rate card in force on the day of the activity.
public enum PaymentCalculation {
    public enum Problem: Error, Equatable, Sendable {
        case noRate(ActivityLevel)
        case noMileageRate(Vehicle)

        public var message: String {
            switch self {
            case .noRate(let level): "There is no \(level.label.lowercased()) rate for that day on the rate card"
            case .noMileageRate(let vehicle): "There is no mileage rate for a \(vehicle.label.lowercased()) for that day"
            }
        }
    }

    /// Time given (with its preparation) at the level's rate on the day: by the hour, up to the
    /// half-day rate for up to 4 hours in all and up to the day rate for longer. A lower rate the
    /// person chose applies to the hours; volunteering and donating pay nothing to the person.
    public static func time(
        hours: Double, preparation: Double, level: ActivityLevel, on day: Date, card: RateCard, choice: PaymentChoice = .paid
    ) -> Result<Pence, Problem> {
        guard let rate = card.rate(level, on: day) else { return .failure(.noRate(level)) }
        let total = hours + preparation
        var hourly = rate.hourly
        switch choice {
        case .volunteer, .donate: return .success(.zero)
        case .lowerRate(let lower): hourly = min(hourly, lower)
        case .paid: break
        }
        var amount = hourly.times(total)
        if total <= RateCard.halfDayHours, let halfDay = rate.halfDay {
            amount = min(amount, halfDay)
        } else if total > RateCard.halfDayHours, let whole = rate.day {
            amount = min(amount, whole)
        }
        return .success(amount)
    }

    /// The tax year a day falls in, as the year it starts (6 April).
    public static func taxYear(of day: Date) -> Int {
        let (year, month, dayOfMonth) = CalendarDate.civil(day)
        return month > 4 || (month == 4 && dayOfMonth >= 6) ? year : year - 1
    }

    /// Mileage at the rate on the day; for cars, the miles already claimed in the same tax year count
    /// towards the threshold, after which the lower rate applies.
    public static func mileage(
        miles: Double, vehicle: Vehicle, alreadyThisTaxYear: Double, on day: Date, card: RateCard
    ) -> Result<Pence, Problem> {
        guard let rate = card.mileage(vehicle, on: day) else { return .failure(.noMileageRate(vehicle)) }
        guard let threshold = rate.threshold else { return .success(rate.perMile.times(miles)) }
        let atFullRate = max(0, min(miles, Double(threshold.miles) - alreadyThisTaxYear))
        return .success(rate.perMile.times(atFullRate) + threshold.perMile.times(miles - atFullRate))
    }

    /// A warning before an approval would take someone past the limit they set for a period
    /// (people who receive benefits set their own); nil when it would not.
    public static func limitWarning(limit: Pence, alreadyPaid: Pence, claim: Pence) -> String? {
        let after = alreadyPaid + claim
        guard after > limit else { return nil }
        return
            "Approving this claim would take them to \(after.text), over the \(limit.text) they set for this period. Ask them before approving."
    }
}

extension PaymentChoice {
    /// The choice as stored, without its amount.
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case paid, volunteer, donate
        case lowerRate = "lower"

        public var label: String {
            switch self {
            case .paid: "Be paid for my time"
            case .volunteer: "Volunteer, unpaid"
            case .donate: "Donate my payment"
            case .lowerRate: "Be paid a lower amount an hour"
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .paid: .paid
        case .volunteer: .volunteer
        case .donate: .donate
        case .lowerRate: .lowerRate
        }
    }

    /// A stored choice; a lower rate without its amount is read as paid in full rather than guessed.
    public init(kind: Kind, lowerRate: Pence?) {
        switch kind {
        case .paid: self = .paid
        case .volunteer: self = .volunteer
        case .donate: self = .donate
        case .lowerRate: self = lowerRate.map { .lowerRate($0) } ?? .paid
        }
    }
}
