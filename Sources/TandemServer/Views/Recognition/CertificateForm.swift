import Foundation
import TandemCore
import Vapor

/// A certificate of contribution as a coordinator writes it: what it is for, in their words what the
/// partner did, the period, the hours (optional) and the name and role it is signed with.
struct CertificateForm: Content, Sendable {
    var title: String?
    var citation: String?
    var fromDay: String?, fromMonth: String?, fromYear: String?
    var toDay: String?, toMonth: String?, toYear: String?
    var hours: String?
    var signedBy: String?

    enum CodingKeys: String, CodingKey {
        case title, citation, hours
        case fromDay = "from-day", fromMonth = "from-month", fromYear = "from-year"
        case toDay = "to-day", toMonth = "to-month", toYear = "to-year"
        case signedBy = "signed-by"
    }

    init() {}

    /// Filled in from the partner's record: the year so far, the hours they gave in it, and the signer.
    init(hours: Double, year: Int, today: Date, signedBy: String) {
        (fromDay, fromMonth, fromYear) = ("1", "1", String(year))
        (toDay, toMonth, toYear) = CalendarDate.parts(of: today)
        self.hours = hours > 0 ? RecognitionReports.hours(hours) : ""
        self.signedBy = signedBy
    }

    var from: DateParts { DateParts(day: fromDay ?? "", month: fromMonth ?? "", year: fromYear ?? "") }
    var to: DateParts { DateParts(day: toDay ?? "", month: toMonth ?? "", year: toYear ?? "") }

    func validate(today: Date) -> Result<ContributionCertificates.New, FormErrors> {
        var errors = FormErrors()
        let title = errors.check(
            FieldRules.requiredText(
                title, maximum: TextLimit.title,
                missing: "Say what the certificate is for, such as \u{201C}Member of the Check and Challenge Group\u{201D}",
                name: "What it is for"), "title")
        let citation = errors.check(
            FieldRules.requiredText(
                citation, maximum: TextLimit.long, missing: "Say in a sentence or two what they did and what it changed",
                name: "What they did"), "citation")
        let from = errors.check(FieldRules.date(from, name: "The first day"), "from")
        let to = errors.check(FieldRules.date(to, name: "The last day"), "to")
        if let from, let to, let problem = ContributionCertificateRules.periodProblem(from: from, to: to, today: today) {
            errors.add("to", problem.message)
        }
        var hours: Double?
        switch ContributionCertificateRules.hours(self.hours ?? "") {
        case .success(let value): hours = value
        case .failure(let problem): errors.add("hours", problem.message)
        }
        let signedBy = errors.check(
            FieldRules.requiredText(
                signedBy, maximum: TextLimit.title, missing: "Enter the name and role the certificate is signed with",
                name: "Signed by"), "signed-by")
        return errors.result {
            guard let title, let citation, let from, let to, let signedBy else { return nil }
            return ContributionCertificates.New(
                title: title, citation: citation, from: from, to: to, hours: hours, signedBy: signedBy)
        }
    }
}
