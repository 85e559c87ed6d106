import Foundation
import TandemCore
import Vapor

/// Consent being given, as typed on a person's consent page: by the person
/// themselves, or recorded by staff with how and when it was given.
struct ConsentForm: Content, Sendable {
    var purposes: [String]?
    var how: String?
    var givenDay: String?
    var givenMonth: String?
    var givenYear: String?

    enum CodingKeys: String, CodingKey {
        case purposes, how
        case givenDay = "given-day", givenMonth = "given-month", givenYear = "given-year"
    }

    var given: DateParts { DateParts(day: givenDay ?? "", month: givenMonth ?? "", year: givenYear ?? "") }

    static let waysOfGiving = ["In person", "On a paper form", "By phone", "By email", "Online"]
    static let selfServiceWay = "Online, by the person themselves"

    struct Valid: Sendable {
        let purposes: [ConsentPurpose]
        let howGiven: String
        let givenAt: Date
    }

    /// - Parameters:
    ///   - active: the purposes already consented to, which are not given again.
    ///   - isSelf: the person is giving their own consent, online and now.
    func validate(active: Set<ConsentPurpose>, isSelf: Bool, now: Date = Date()) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let chosen = (purposes ?? []).compactMap(ConsentPurpose.init(rawValue:)).filter { !active.contains($0) }
        if chosen.isEmpty { errors.add("purposes", "Select what \(isSelf ? "you consent" : "they consented") to") }
        var howGiven = Self.selfServiceWay
        var givenAt = now
        if !isSelf {
            if let way = how.nonBlank, Self.waysOfGiving.contains(way) {
                howGiven = way
            } else {
                errors.add("how", "Select how consent was given")
            }
            if let date = errors.check(FieldRules.optionalDate(given, name: "Date given", latest: now), "given") ?? nil {
                givenAt = date
            }
        }
        return errors.result { Valid(purposes: chosen, howGiven: howGiven, givenAt: givenAt) }
    }
}
