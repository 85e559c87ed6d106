import Fluent
import Foundation
import TandemCore
import Vapor

struct ProjectForm: Content, Sendable {
    var title: String?
    var organisation: String?
    var manager: String?
    var problem: String?
    var aims: String?
    var outcomes: String?
    var startsDay: String?, startsMonth: String?, startsYear: String?
    var endsDay: String?, endsMonth: String?, endsYear: String?

    enum CodingKeys: String, CodingKey {
        case title, organisation, manager, problem, aims, outcomes
        case startsDay = "starts-day", startsMonth = "starts-month", startsYear = "starts-year"
        case endsDay = "ends-day", endsMonth = "ends-month", endsYear = "ends-year"
    }

    var starts: DateParts { DateParts(day: startsDay ?? "", month: startsMonth ?? "", year: startsYear ?? "") }
    var ends: DateParts { DateParts(day: endsDay ?? "", month: endsMonth ?? "", year: endsYear ?? "") }

    init() {}

    init(_ project: Project) {
        title = project.title
        organisation = project.$organisation.id.lowercasedString
        manager = project.$projectManager.id?.lowercasedString
        problem = project.problem
        aims = project.aims
        if let date = project.startsOn { (startsDay, startsMonth, startsYear) = Self.parts(date) }
        if let date = project.endsOn { (endsDay, endsMonth, endsYear) = Self.parts(date) }
    }

    private static func parts(_ date: Date) -> (String?, String?, String?) {
        let p = CalendarDate.parts(of: date)
        return (p.day, p.month, p.year)
    }

    struct Valid: Sendable {
        let title: String
        let organisationID: UUID
        let managerID: UUID?
        let problem: String
        let aims: String
        let outcomes: [String]
        let startsOn: Date?
        let endsOn: Date?
    }

    func validate(on db: any Database) async throws -> Result<Valid, FormErrors> {
        let input = self
        var errors = FormErrors()
        let title = input.title.nonBlank
        if title == nil {
            errors.add("title", "Enter a title for the project")
        } else if title!.count > 200 {
            errors.add("title", "Title must be 200 characters or fewer")
        }
        var organisationID: UUID?
        if let raw = input.organisation.nonBlank, let id = UUID(uuidString: raw),
            let organisation = try await Organisation.find(id, on: db), !organisation.isArchived
        {
            organisationID = id
        } else {
            errors.add("organisation", "Select the partner organisation")
        }
        var managerID: UUID?
        if let raw = input.manager.nonBlank {
            if let id = UUID(uuidString: raw), try await Person.find(id, on: db) != nil {
                managerID = id
            } else {
                errors.add("manager", "Select a project manager from the list")
            }
        }
        let problem = input.problem.nonBlank
        if problem == nil { errors.add("problem", "Describe the problem the project will work on") }
        let aims = input.aims.nonBlank
        if aims == nil { errors.add("aims", "Say what the project aims to do") }
        let outcomes = FieldRules.lines(input.outcomes)
        if outcomes.contains(where: { $0.count > 500 }) { errors.add("outcomes", "Each outcome must be 500 characters or fewer") }
        let starts = errors.check(FieldRules.optionalDate(input.starts, name: "Start date"), "starts") ?? nil
        let ends = errors.check(FieldRules.optionalDate(input.ends, name: "End date"), "ends") ?? nil
        if let starts, let ends, ends < starts { errors.add("ends", "End date must be after the start date") }
        guard errors.isEmpty, let title, let organisationID, let problem, let aims else { return .failure(errors) }
        return .success(
            Valid(
                title: title, organisationID: organisationID, managerID: managerID, problem: problem,
                aims: aims, outcomes: outcomes, startsOn: starts, endsOn: ends))
    }
}
