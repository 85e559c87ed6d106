import Foundation
import TandemCore
import Vapor

/// A new recommendation, as typed on the recommendations page.
struct RecommendationForm: Content, Sendable {
    var text: String?
    var findings: [String]?
    var organisation: String?
    var owner: String?
    var priority: String?
    var dueDay: String?, dueMonth: String?, dueYear: String?

    enum CodingKeys: String, CodingKey {
        case text, findings, organisation, owner, priority
        case dueDay = "due-day", dueMonth = "due-month", dueYear = "due-year"
    }

    var due: DateParts { DateParts(day: dueDay ?? "", month: dueMonth ?? "", year: dueYear ?? "") }

    /// A new recommendation is of medium priority until someone says otherwise.
    /// A new recommendation: for the project's partner organisation to act on, unless another is chosen.
    static func blank(for project: Project) -> RecommendationForm {
        RecommendationForm(
            organisation: project.$organisation.id.lowercasedString, priority: RecommendationPriority.medium.rawValue)
    }

    struct Valid: Sendable {
        let text: String
        let findingIDs: Set<UUID>
        let organisationID: UUID
        let ownerID: UUID?
        let priority: RecommendationPriority
        let dueOn: Date?
    }

    /// Findings, organisations and owners are accepted only from `choices`.
    func validate(choices: RecommendationChoices) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let text = errors.check(
            FieldRules.requiredText(text, maximum: 2_000, missing: "Write what should change", name: "A recommendation"), "text")
        let findingIDs = Set((findings ?? []).compactMap(UUID.init(uuidString:))).intersection(choices.findings.map(\.id))
        if findingIDs.isEmpty {
            errors.add(
                "findings",
                choices.findings.isEmpty
                    ? "Write a finding first: a recommendation rests on what the evidence shows"
                    : "Choose the findings the recommendation rests on")
        }
        let organisationID = organisation.flatMap(UUID.init(uuidString:)).flatMap { id in
            choices.organisations.contains { $0.id == id } ? id : nil
        }
        if organisationID == nil { errors.add("organisation", "Choose the organisation that must act on it") }
        let ownerID = owner.flatMap(UUID.init(uuidString:)).flatMap { id in choices.owners.contains { $0.id == id } ? id : nil }
        // The owner sees it through for the organisation that acts: someone on the team or one of its people.
        if let ownerID, let organisationID, let chosen = choices.owners.first(where: { $0.id == ownerID }),
            !chosen.onTeam && !chosen.organisations.contains(organisationID)
        {
            let name = choices.organisations.first { $0.id == organisationID }?.label ?? "the organisation"
            errors.add("owner", "Choose an owner from the project team or from \(name)'s people")
        }
        let priority = errors.check(
            FieldRules.choice(priority, as: RecommendationPriority.self, missing: "Choose how urgent it is"), "priority")
        let dueOn = errors.check(FieldRules.optionalDate(due, name: "Due date"), "due")
        return errors.result {
            guard let text, let organisationID, let priority, let dueOn else { return nil }
            return Valid(
                text: text, findingIDs: findingIDs, organisationID: organisationID, ownerID: ownerID, priority: priority,
                dueOn: dueOn)
        }
    }
}
