import Foundation
import Vapor

/// The name of a parameter in a route's path, spelled once: `SiteURL` registers
/// and links with it, handlers read it with `req.id(_:)`, tests fill it in.
struct RouteParameter: Sendable, Hashable, CustomStringConvertible {
    let name: String
    var description: String { name }

    static let organisation = RouteParameter(name: "organisationID")
    static let person = RouteParameter(name: "personID")
    static let consent = RouteParameter(name: "consentID")
    static let user = RouteParameter(name: "userID")
    static let project = RouteParameter(name: "projectID")
    static let milestone = RouteParameter(name: "milestoneID")
    static let member = RouteParameter(name: "memberID")
    static let survey = RouteParameter(name: "surveyID")
    static let question = RouteParameter(name: "questionID")
    static let activity = RouteParameter(name: "activityID")
    static let checklist = RouteParameter(name: "checklistID")
    static let measure = RouteParameter(name: "measureID")
    static let story = RouteParameter(name: "storyID")
    static let importJob = RouteParameter(name: "jobID")
    static let feedbackItem = RouteParameter(name: "itemID")
    static let theme = RouteParameter(name: "themeID")
    static let finding = RouteParameter(name: "findingID")
    static let findingEvidence = RouteParameter(name: "linkID")
    static let recommendation = RouteParameter(name: "recommendationID")
    static let recommendationUpdate = RouteParameter(name: "updateID")
    static let outboxEmail = RouteParameter(name: "emailID")
    static let event = RouteParameter(name: "eventID")
    /// A registration's six-character check-in code.
    static let checkInCode = RouteParameter(name: "code")
    static let resource = RouteParameter(name: "resourceID")
    static let resourceFile = RouteParameter(name: "fileID")
    /// A resource's public address words ("running-your-ppgs-agm").
    static let slug = RouteParameter(name: "slug")
    static let ppg = RouteParameter(name: "ppgID")
    static let ppgMember = RouteParameter(name: "ppgMemberID")
    static let ppgMeeting = RouteParameter(name: "meetingID")
    static let ppgAction = RouteParameter(name: "actionID")
    static let programme = RouteParameter(name: "programmeID")
    static let cohort = RouteParameter(name: "cohortID")
    static let curriculumSession = RouteParameter(name: "curriculumSessionID")
    static let cohortSession = RouteParameter(name: "cohortSessionID")
    static let trainingTeam = RouteParameter(name: "teamID")
    static let stage = RouteParameter(name: "stage")
    static let panel = RouteParameter(name: "panelID")
    static let panelReview = RouteParameter(name: "reviewID")
    static let reviewPoint = RouteParameter(name: "pointID")
    static let reviewAction = RouteParameter(name: "reviewActionID")
    static let reviewFollowUp = RouteParameter(name: "followUpID")
    static let buddyPair = RouteParameter(name: "pairID")
    static let opportunity = RouteParameter(name: "opportunityID")
    static let claim = RouteParameter(name: "claimID")
    static let claimExpense = RouteParameter(name: "expenseID")
    static let group = RouteParameter(name: "groupID")
    static let groupMeeting = RouteParameter(name: "groupMeetingID")
    static let agendaItem = RouteParameter(name: "agendaItemID")
    static let groupAction = RouteParameter(name: "groupActionID")
    static let challenge = RouteParameter(name: "challengeID")
    static let planPhase = RouteParameter(name: "phaseID")
    static let contributionCertificate = RouteParameter(name: "certificateID")
    /// An unguessable token: a public survey's link, an email confirmation.
    static let token = RouteParameter(name: "token")
}

extension Request {
    /// A record's id from the path, or 404 when it is missing or malformed.
    func id(_ parameter: RouteParameter) throws -> UUID {
        guard let raw = parameters.get(parameter.name), let id = UUID(uuidString: raw) else { throw AppError.notFound }
        return id
    }

    /// A text parameter (a token) from the path, or 404 when it is missing.
    func text(_ parameter: RouteParameter) throws -> String {
        guard let raw = parameters.get(parameter.name), !raw.isEmpty else { throw AppError.notFound }
        return raw
    }
}
