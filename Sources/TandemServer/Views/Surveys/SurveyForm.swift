import Foundation
import TandemCore
import Vapor

/// A survey's details, as typed: made on the surveys list, changed on its edit page.
struct SurveyForm: Content, Sendable {
    var title: String?
    var introduction: String?
    var audience: String?
    var demographics: String?
    var invited: String?
    var closesDay: String?, closesMonth: String?, closesYear: String?

    enum CodingKeys: String, CodingKey {
        case title, introduction, audience, demographics, invited
        case closesDay = "closes-day", closesMonth = "closes-month", closesYear = "closes-year"
    }

    /// What a valid form gives.
    struct Valid: Sendable {
        let title: String
        let introduction: String
        let audience: SurveyAudience
        let asksDemographics: Bool
        let invited: Int?
        let closesOn: Date?
    }

    /// A new survey: for patients, with the optional questions about the person.
    static let blank = SurveyForm(audience: SurveyAudience.patients.rawValue, demographics: "yes")

    init(title: String? = nil, introduction: String? = nil, audience: String? = nil, demographics: String? = nil) {
        (self.title, self.introduction, self.audience, self.demographics) = (title, introduction, audience, demographics)
    }

    init(_ survey: Survey) {
        self.init(
            title: survey.title, introduction: survey.introduction, audience: survey.audience.rawValue,
            demographics: survey.asksDemographics ? "yes" : "no")
        invited = survey.invited.map(String.init)
        let closes = DateParts(survey.closesOn)
        (closesDay, closesMonth, closesYear) = (closes.day, closes.month, closes.year)
    }

    var closes: DateParts { DateParts(day: closesDay ?? "", month: closesMonth ?? "", year: closesYear ?? "") }

    /// - Parameter saved: the closing date already saved, which may stay as it is even once
    ///   past; a new closing date must be today or later (a survey cannot close before it opens).
    func validate(saved: Date? = nil, today: Date = CalendarDate.startOfDay(Date())) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let title = errors.check(
            FieldRules.requiredText(title, maximum: TextLimit.title, missing: "Enter a title for the survey", name: "Title"),
            "title")
        let introduction = errors.check(
            FieldRules.optionalText(introduction, maximum: TextLimit.short, name: "The introduction"), "introduction")
        let audience = errors.check(
            FieldRules.choice(audience, as: SurveyAudience.self, missing: "Select who the survey is for"), "audience")
        let invited = errors.check(
            FieldRules.optionalWholeNumber(
                invited, in: 1...10_000_000,
                problem: "Enter the number of people invited, like 250"), "invited")
        var closesOn = errors.check(FieldRules.optionalDate(closes, name: "Closing date"), "closes")
        if let date = closesOn ?? nil, date != saved, date < today {
            closesOn = errors.check(FieldRules.optionalDate(closes, name: "Closing date", earliest: today), "closes")
        }
        return errors.result {
            guard let title, let introduction, let audience, let invited, let closesOn else { return nil }
            return Valid(
                title: title, introduction: introduction ?? "", audience: audience, asksDemographics: demographics == "yes",
                invited: invited, closesOn: closesOn)
        }
    }
}
