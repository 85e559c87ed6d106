import Foundation
import TandemCore
import Vapor

/// A new activity (a focus group, an interview, a visit), as typed on the activities page.
struct ActivityForm: Content, Sendable {
    var kind: String?
    var title: String?
    var place: String?
    var participants: String?
    var notes: String?
    var checklist: String?
    var facilitators: [String]?
    var heldDay: String?, heldMonth: String?, heldYear: String?

    enum CodingKeys: String, CodingKey {
        case kind, title, place, participants, notes, checklist, facilitators
        case heldDay = "held-day", heldMonth = "held-month", heldYear = "held-year"
    }

    var held: DateParts { DateParts(day: heldDay ?? "", month: heldMonth ?? "", year: heldYear ?? "") }

    struct Valid: Sendable {
        let kind: EvidenceMethod
        let title: String
        let place: String
        let participants: Int?
        let notes: String
        let heldOn: Date?
        let checklistID: UUID?
        let facilitatorIDs: [UUID]
    }

    /// - Parameters:
    ///   - checklists: the project's checklists, one of which a visit may use.
    ///   - team: the project's team, from whom facilitators are chosen.
    func validate(checklists: Set<UUID>, team: Set<UUID>) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        var kind = errors.check(FieldRules.choice(kind, as: EvidenceMethod.self, missing: "Select the kind of activity"), "kind")
        if let chosen = kind, !EvidenceMethod.activities.contains(chosen) {
            errors.add("kind", "Select the kind of activity")
            kind = nil
        }
        let title = errors.check(
            FieldRules.requiredText(
                title, maximum: TextLimit.title, missing: "Enter a short name for the activity",
                name: "The name"), "title")
        let place = errors.check(FieldRules.optionalText(place, maximum: TextLimit.title, name: "The place"), "place")
        let notes = errors.check(FieldRules.optionalText(notes, maximum: TextLimit.long, name: "Notes"), "notes")
        let heldOn = errors.check(FieldRules.optionalDate(held, name: "Date"), "held")
        let participants = errors.check(
            FieldRules.optionalWholeNumber(
                participants, in: 0...99_999,
                problem: "Enter the number of people who took part, like 12"), "participants")
        var checklistID: UUID?
        if let raw = checklist.nonBlank {
            if let id = UUID(uuidString: raw), checklists.contains(id) {
                checklistID = id
            } else {
                errors.add("checklist", "Select a checklist from this project")
            }
        }
        let facilitatorIDs = (facilitators ?? []).compactMap(UUID.init(uuidString:)).filter(team.contains)
        return errors.result {
            guard let kind, let title, let place, let notes, let heldOn, let participants else { return nil }
            return Valid(
                kind: kind, title: title, place: place ?? "", participants: participants, notes: notes ?? "", heldOn: heldOn,
                checklistID: checklistID, facilitatorIDs: facilitatorIDs)
        }
    }
}
