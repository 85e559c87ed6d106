import Foundation
import TandemCore
import Vapor

/// The recommendation page's forms that move it on: a change of status, and the review of whether a change has held.

/// A change of status, with the reason (needed to decline) and a note (needed on "implemented").
struct StatusChangeForm: Content, Sendable {
    var status: String?
    var reason: String?
    var note: String?

    struct Valid: Sendable {
        let status: RecommendationStatus
        let reason: String?
        let note: String?
    }

    /// Checks the move from `current` against `RecommendationRules`.
    func validate(from current: RecommendationStatus) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        guard let target = status.flatMap(RecommendationStatus.init(rawValue:)) else {
            errors.add("status", "Choose what has happened to the recommendation")
            return .failure(errors)
        }
        do {
            try RecommendationRules.check(from: current, to: target, reason: reason)
        } catch {
            errors.add(error == .reasonNeeded ? "reason" : "status", error.message)
            return .failure(errors)
        }
        let reason = errors.check(FieldRules.optionalText(reason, maximum: TextLimit.short, name: "The reason"), "reason")
        let note = errors.check(FieldRules.optionalText(note, maximum: TextLimit.short, name: "The note"), "note")
        if errors.isEmpty, target == .implemented, note == .some(nil) {
            errors.add("note", "Say what has been done: it is what people whose feedback led to it are told")
        }
        return errors.result {
            guard let reason, let note else { return nil }
            return Valid(status: target, reason: reason, note: note)
        }
    }
}

/// Whether an implemented change has held, and how the team knows.
struct ReviewForm: Content, Sendable {
    var held: String?
    var note: String?

    struct Valid: Sendable {
        let held: Bool
        let note: String
    }

    func validate() -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        if held != "yes" && held != "no" { errors.add("held", "Say whether the change has held") }
        let note = errors.check(
            FieldRules.requiredText(
                note, maximum: TextLimit.short, missing: "Say how you know, for example what the measure shows",
                name: "How you know"),
            "note")
        return errors.result { note.map { Valid(held: held == "yes", note: $0) } }
    }
}

/// A progress update as typed, with a file or a link as its evidence. The form is an upload
/// (see `UploadReceiver`), so its fields arrive as the upload's text fields, and the file's
/// name and size are checked here alongside them.
struct ProgressUpdateForm: Sendable {
    var text: String?
    var link: String?
    var on = DateParts()

    init(text: String? = nil, link: String? = nil, on: DateParts = DateParts()) {
        self.text = text
        self.link = link
        self.on = on
    }

    /// From an upload's text fields.
    init(fields: [String: String]) {
        self.init(
            text: fields["text"], link: fields["link"],
            on: DateParts(day: fields["on-day"] ?? "", month: fields["on-month"] ?? "", year: fields["on-year"] ?? ""))
    }

    struct Valid: Sendable {
        let text: String
        let link: String?
        let writtenOn: Date
        /// The evidence file's extension, when a file was sent.
        let fileExtension: String?
    }

    /// - Parameters:
    ///   - fileName: the name of the file sent, without its folders; nil or empty bytes mean no file.
    ///   - today: the day it happened unless another is given; an update is never dated in the future.
    func validate(fileName: String?, hasFile: Bool, today: Date) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let text = errors.check(
            FieldRules.requiredText(text, maximum: 2_000, missing: "Write what has happened", name: "An update"), "text")
        let link = errors.check(FieldRules.optional(link, WebAddress.self), "link") ?? nil
        let ext = ((fileName ?? "") as NSString).pathExtension.lowercased()
        if hasFile, let problem = EvidenceFiles.typeProblem(fileName) { errors.add("file", problem) }
        let writtenOn = errors.check(FieldRules.optionalDate(on, name: "The date", latest: today), "on") ?? nil
        return errors.result {
            guard let text else { return nil }
            return Valid(text: text, link: link, writtenOn: writtenOn ?? today, fileExtension: hasFile ? ext : nil)
        }
    }
}

/// A new due date for overdue work, proposed by the organisation that acts, with why.
struct DueDateProposalForm: Content, Sendable {
    var day: String?, month: String?, year: String?
    var why: String?

    enum CodingKeys: String, CodingKey {
        case day = "new-due", month = "new-due-month", year = "new-due-year", why = "due-why"
    }

    var date: DateParts { DateParts(day: day ?? "", month: month ?? "", year: year ?? "") }

    struct Valid: Sendable {
        let dueOn: Date
        let why: String
    }

    func validate(today: Date) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let tomorrow = today.addingTimeInterval(86_400)
        var dueOn = errors.check(FieldRules.date(date, name: "The new due date", earliest: today), "new-due")
        if let chosen = dueOn, chosen < tomorrow {
            errors.add("new-due", "The new due date must be after today")
            dueOn = nil
        }
        let why = errors.check(
            FieldRules.requiredText(
                why, maximum: TextLimit.short, missing: "Say why more time is needed", name: "Why more time is needed"),
            "due-why")
        return errors.result { dueOn.flatMap { due in why.map { Valid(dueOn: due, why: $0) } } }
    }
}
