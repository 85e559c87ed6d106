import Foundation
import Vapor

/// A route parameter: `.key` when registering the route, `.value` when linking to it.
enum Param<T: Sendable & CustomStringConvertible>: Sendable {
    case key
    case value(T)
}

/// Every path in Tandem. Routes are registered from `pathComponents` and links
/// are built from `path`, so a link can never drift from its route.
enum SiteURL: Sendable {
    case home
    case healthz
    case signIn
    case signOut
    case me
    case confirmEmail(Param<String>)
    case accessibility
    case privacy

    case organisations
    case newOrganisation
    case organisation(Param<UUID>)
    case editOrganisation(Param<UUID>)
    case removeOrganisation(Param<UUID>)
    case restoreOrganisation(Param<UUID>)
    case organisationMembership(Param<UUID>)

    case people
    case newPerson
    case person(Param<UUID>)
    case editPerson(Param<UUID>)
    case personOrganisations(Param<UUID>)
    case removePersonOrganisation(Param<UUID>, Param<UUID>)
    case personConsents(Param<UUID>)
    case withdrawConsent(Param<UUID>, Param<UUID>)
    case personEquality(Param<UUID>)

    case equalitySummary
    case auditLog
    case users
    case newUser
    case editUser(Param<UUID>)

    case apiOrganisations

    // Projects
    case projects
    case newProject
    case project(Param<UUID>)
    case editProject(Param<UUID>)
    case projectProposal(Param<UUID>)
    case agreeProject(Param<UUID>)
    case projectMilestones(Param<UUID>)
    case completeMilestone(Param<UUID>, Param<UUID>)
    case removeMilestone(Param<UUID>, Param<UUID>)
    case projectOutcomes(Param<UUID>)
    case projectStage(Param<UUID>)
    case projectTeam(Param<UUID>)
    case removeTeamMember(Param<UUID>, Param<UUID>)
    case projectPlan(Param<UUID>)
    case replicateProject(Param<UUID>)

    // Surveys
    case projectSurveys(Param<UUID>)
    case survey(Param<UUID>)
    case editSurvey(Param<UUID>)
    case surveyQuestions(Param<UUID>)
    case editSurveyQuestion(Param<UUID>, Param<UUID>)
    case moveSurveyQuestion(Param<UUID>, Param<UUID>)
    case removeSurveyQuestion(Param<UUID>, Param<UUID>)
    case surveyStatus(Param<UUID>)
    case surveyResults(Param<UUID>)
    case surveyExport(Param<UUID>)
    case surveyPaper(Param<UUID>)
    case publicSurvey(Param<String>)
    case publicSurveyThanks(Param<String>)

    // Activities and checklists
    case projectActivities(Param<UUID>)
    case activity(Param<UUID>)
    case activityScores(Param<UUID>)
    case activityEvidence(Param<UUID>)
    case projectChecklists(Param<UUID>)
    case checklist(Param<UUID>)

    // Measures and SPC charts
    case projectMeasures(Param<UUID>)
    case measure(Param<UUID>)
    case measurePoints(Param<UUID>)
    case measurePhases(Param<UUID>)

    // Stories
    case projectStories(Param<UUID>)
    case story(Param<UUID>)
    case storyRecording(Param<UUID>)
    case storyClips(Param<UUID>)

    // Imports and the evidence library
    case projectImport(Param<UUID>)
    case importJob(Param<UUID>)
    case importMapping(Param<UUID>)
    case importConfirm(Param<UUID>)
    case importProgress(Param<UUID>)
    case cancelImport(Param<UUID>)
    case projectEvidence(Param<UUID>)
    case organisationEvidence(Param<UUID>)
    case feedbackItem(Param<UUID>)

    // From evidence to change
    case projectCoding(Param<UUID>)
    case codingNext(Param<UUID>)
    case codeItem(Param<UUID>)
    case projectCodebook(Param<UUID>)
    case editTheme(Param<UUID>)
    case projectThemes(Param<UUID>)
    case projectFindings(Param<UUID>)
    case finding(Param<UUID>)
    case findingEvidence(Param<UUID>)
    case removeFindingEvidence(Param<UUID>, Param<UUID>)
    case projectRecommendations(Param<UUID>)
    case recommendation(Param<UUID>)
    case recommendationStatus(Param<UUID>)
    case recommendationUpdates(Param<UUID>)
    case recommendationUpdateFile(Param<UUID>, Param<UUID>)
    case recommendationPublish(Param<UUID>)
    case recommendationReview(Param<UUID>)
    case organisationRecommendations(Param<UUID>)
    case projectReport(Param<UUID>)
    case projectReportText(Param<UUID>)
    case projectReportDocx(Param<UUID>)
    case inbox
    case outbox
    case youSaidWeDid(Param<UUID>)
    case youSaidWeDidProject(Param<UUID>)

    private enum Part {
        case fixed(String)
        case parameter(String, String?)
    }

    private static func param(_ name: String, _ value: Param<UUID>) -> Part {
        switch value {
        case .key: .parameter(name, nil)
        case .value(let id): .parameter(name, id.lowercasedString)
        }
    }

    private static func param(_ name: String, _ value: Param<String>) -> Part {
        switch value {
        case .key: .parameter(name, nil)
        case .value(let text): .parameter(name, text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? text)
        }
    }

    private var parts: [Part] {
        let org = { (id: Param<UUID>) in Self.param("organisationID", id) }
        let person = { (id: Param<UUID>) in Self.param("personID", id) }
        let project = { (id: Param<UUID>) in Self.param("projectID", id) }
        let survey = { (id: Param<UUID>) in Self.param("surveyID", id) }
        let finding = { (id: Param<UUID>) in Self.param("findingID", id) }
        let recommendation = { (id: Param<UUID>) in Self.param("recommendationID", id) }
        switch self {
        case .home: return []
        case .healthz: return [.fixed("healthz")]
        case .signIn: return [.fixed("sign-in")]
        case .signOut: return [.fixed("sign-out")]
        case .me: return [.fixed("me")]
        case .confirmEmail(let token): return [.fixed("me"), .fixed("email"), Self.param("token", token)]
        case .accessibility: return [.fixed("accessibility")]
        case .privacy: return [.fixed("privacy")]

        case .organisations: return [.fixed("organisations")]
        case .newOrganisation: return [.fixed("organisations"), .fixed("new")]
        case .organisation(let id): return [.fixed("organisations"), org(id)]
        case .editOrganisation(let id): return [.fixed("organisations"), org(id), .fixed("edit")]
        case .removeOrganisation(let id): return [.fixed("organisations"), org(id), .fixed("remove")]
        case .restoreOrganisation(let id): return [.fixed("organisations"), org(id), .fixed("restore")]
        case .organisationMembership(let id): return [.fixed("organisations"), org(id), .fixed("membership")]

        case .people: return [.fixed("people")]
        case .newPerson: return [.fixed("people"), .fixed("new")]
        case .person(let id): return [.fixed("people"), person(id)]
        case .editPerson(let id): return [.fixed("people"), person(id), .fixed("edit")]
        case .personOrganisations(let id): return [.fixed("people"), person(id), .fixed("organisations")]
        case .removePersonOrganisation(let id, let orgID):
            return [.fixed("people"), person(id), .fixed("organisations"), org(orgID), .fixed("remove")]
        case .personConsents(let id): return [.fixed("people"), person(id), .fixed("consent")]
        case .withdrawConsent(let id, let consentID):
            return [.fixed("people"), person(id), .fixed("consent"), Self.param("consentID", consentID), .fixed("withdraw")]
        case .personEquality(let id): return [.fixed("people"), person(id), .fixed("equality")]

        case .equalitySummary: return [.fixed("reports"), .fixed("equality")]
        case .auditLog: return [.fixed("admin"), .fixed("audit")]
        case .users: return [.fixed("admin"), .fixed("accounts")]
        case .newUser: return [.fixed("admin"), .fixed("accounts"), .fixed("new")]
        case .editUser(let id): return [.fixed("admin"), .fixed("accounts"), Self.param("userID", id), .fixed("edit")]

        case .apiOrganisations: return [.fixed("api"), .fixed("v1"), .fixed("organisations")]

        case .projects: return [.fixed("projects")]
        case .newProject: return [.fixed("projects"), .fixed("new")]
        case .project(let id): return [.fixed("projects"), project(id)]
        case .editProject(let id): return [.fixed("projects"), project(id), .fixed("edit")]
        case .projectProposal(let id): return [.fixed("projects"), project(id), .fixed("proposal")]
        case .agreeProject(let id): return [.fixed("projects"), project(id), .fixed("agree")]
        case .projectMilestones(let id): return [.fixed("projects"), project(id), .fixed("milestones")]
        case .completeMilestone(let id, let milestone):
            return [.fixed("projects"), project(id), .fixed("milestones"), Self.param("milestoneID", milestone), .fixed("complete")]
        case .removeMilestone(let id, let milestone):
            return [.fixed("projects"), project(id), .fixed("milestones"), Self.param("milestoneID", milestone), .fixed("remove")]
        case .projectOutcomes(let id): return [.fixed("projects"), project(id), .fixed("outcomes")]
        case .projectStage(let id): return [.fixed("projects"), project(id), .fixed("stage")]
        case .projectTeam(let id): return [.fixed("projects"), project(id), .fixed("team")]
        case .removeTeamMember(let id, let member):
            return [.fixed("projects"), project(id), .fixed("team"), Self.param("memberID", member), .fixed("remove")]
        case .projectPlan(let id): return [.fixed("projects"), project(id), .fixed("involvement")]
        case .replicateProject(let id): return [.fixed("projects"), project(id), .fixed("replicate")]

        case .projectSurveys(let id): return [.fixed("projects"), project(id), .fixed("surveys")]
        case .survey(let id): return [.fixed("surveys"), survey(id)]
        case .editSurvey(let id): return [.fixed("surveys"), survey(id), .fixed("edit")]
        case .surveyQuestions(let id): return [.fixed("surveys"), survey(id), .fixed("questions")]
        case .editSurveyQuestion(let id, let question):
            return [.fixed("surveys"), survey(id), .fixed("questions"), Self.param("questionID", question), .fixed("edit")]
        case .moveSurveyQuestion(let id, let question):
            return [.fixed("surveys"), survey(id), .fixed("questions"), Self.param("questionID", question), .fixed("move")]
        case .removeSurveyQuestion(let id, let question):
            return [.fixed("surveys"), survey(id), .fixed("questions"), Self.param("questionID", question), .fixed("remove")]
        case .surveyStatus(let id): return [.fixed("surveys"), survey(id), .fixed("status")]
        case .surveyResults(let id): return [.fixed("surveys"), survey(id), .fixed("results")]
        case .surveyExport(let id): return [.fixed("surveys"), survey(id), .fixed("responses.csv")]
        case .surveyPaper(let id): return [.fixed("surveys"), survey(id), .fixed("paper")]
        case .publicSurvey(let token): return [.fixed("s"), Self.param("token", token)]
        case .publicSurveyThanks(let token): return [.fixed("s"), Self.param("token", token), .fixed("thanks")]

        case .projectActivities(let id): return [.fixed("projects"), project(id), .fixed("activities")]
        case .activity(let id): return [.fixed("activities"), Self.param("activityID", id)]
        case .activityScores(let id): return [.fixed("activities"), Self.param("activityID", id), .fixed("scores")]
        case .activityEvidence(let id): return [.fixed("activities"), Self.param("activityID", id), .fixed("evidence")]
        case .projectChecklists(let id): return [.fixed("projects"), project(id), .fixed("checklists")]
        case .checklist(let id): return [.fixed("checklists"), Self.param("checklistID", id)]
        case .projectMeasures(let id): return [.fixed("projects"), project(id), .fixed("measures")]
        case .measure(let id): return [.fixed("measures"), Self.param("measureID", id)]
        case .measurePoints(let id): return [.fixed("measures"), Self.param("measureID", id), .fixed("points")]
        case .measurePhases(let id): return [.fixed("measures"), Self.param("measureID", id), .fixed("phases")]

        case .projectStories(let id): return [.fixed("projects"), project(id), .fixed("stories")]
        case .story(let id): return [.fixed("stories"), Self.param("storyID", id)]
        case .storyRecording(let id): return [.fixed("stories"), Self.param("storyID", id), .fixed("recording")]
        case .storyClips(let id): return [.fixed("stories"), Self.param("storyID", id), .fixed("clips")]

        case .projectImport(let id): return [.fixed("projects"), project(id), .fixed("import")]
        case .importJob(let id): return [.fixed("imports"), Self.param("jobID", id)]
        case .importMapping(let id): return [.fixed("imports"), Self.param("jobID", id), .fixed("mapping")]
        case .importConfirm(let id): return [.fixed("imports"), Self.param("jobID", id), .fixed("confirm")]
        case .importProgress(let id): return [.fixed("imports"), Self.param("jobID", id), .fixed("progress")]
        case .cancelImport(let id): return [.fixed("imports"), Self.param("jobID", id), .fixed("cancel")]
        case .projectEvidence(let id): return [.fixed("projects"), project(id), .fixed("evidence")]
        case .organisationEvidence(let id): return [.fixed("organisations"), org(id), .fixed("evidence")]
        case .feedbackItem(let id): return [.fixed("evidence"), Self.param("itemID", id)]

        case .projectCoding(let id): return [.fixed("projects"), project(id), .fixed("coding")]
        case .codingNext(let id): return [.fixed("projects"), project(id), .fixed("coding"), .fixed("next")]
        case .codeItem(let id): return [.fixed("evidence"), Self.param("itemID", id), .fixed("code")]
        case .projectCodebook(let id): return [.fixed("projects"), project(id), .fixed("codebook")]
        case .editTheme(let id): return [.fixed("themes"), Self.param("themeID", id)]
        case .projectThemes(let id): return [.fixed("projects"), project(id), .fixed("themes")]
        case .projectFindings(let id): return [.fixed("projects"), project(id), .fixed("findings")]
        case .finding(let id): return [.fixed("findings"), finding(id)]
        case .findingEvidence(let id): return [.fixed("findings"), finding(id), .fixed("evidence")]
        case .removeFindingEvidence(let id, let link):
            return [.fixed("findings"), finding(id), .fixed("evidence"), Self.param("linkID", link), .fixed("remove")]
        case .projectRecommendations(let id): return [.fixed("projects"), project(id), .fixed("recommendations")]
        case .recommendation(let id): return [.fixed("recommendations"), recommendation(id)]
        case .recommendationStatus(let id): return [.fixed("recommendations"), recommendation(id), .fixed("status")]
        case .recommendationUpdates(let id): return [.fixed("recommendations"), recommendation(id), .fixed("updates")]
        case .recommendationUpdateFile(let id, let update):
            return [.fixed("recommendations"), recommendation(id), .fixed("updates"), Self.param("updateID", update), .fixed("file")]
        case .recommendationPublish(let id): return [.fixed("recommendations"), recommendation(id), .fixed("publish")]
        case .recommendationReview(let id): return [.fixed("recommendations"), recommendation(id), .fixed("review")]
        case .organisationRecommendations(let id): return [.fixed("organisations"), org(id), .fixed("recommendations")]
        case .projectReport(let id): return [.fixed("projects"), project(id), .fixed("report")]
        case .projectReportText(let id): return [.fixed("projects"), project(id), .fixed("report"), .fixed("text")]
        case .projectReportDocx(let id): return [.fixed("projects"), project(id), .fixed("report.docx")]
        case .inbox: return [.fixed("inbox")]
        case .outbox: return [.fixed("admin"), .fixed("outbox")]
        case .youSaidWeDid(let id): return [.fixed("you-said-we-did"), org(id)]
        case .youSaidWeDidProject(let id): return [.fixed("you-said-we-did"), .fixed("projects"), project(id)]
        }
    }

    /// The path for a link. Only call on values built with `.value` parameters.
    var path: String {
        var path = ""
        for part in parts {
            path += "/"
            switch part {
            case .fixed(let text): path += text
            case .parameter(let name, let value):
                guard let value else { preconditionFailure("SiteURL.path needs a value for :\(name)") }
                path += value
            }
        }
        return path.isEmpty ? "/" : path
    }

    /// The pattern for registering a route.
    var pathComponents: [PathComponent] {
        parts.map { part in
            switch part {
            case .fixed(let text): .constant(text)
            case .parameter(let name, _): .parameter(name)
            }
        }
    }

    /// The path with a query string; empty values are left out.
    func path(query: [(String, String?)]) -> String {
        let items = query.compactMap { name, value in
            value.flatMap { $0.isEmpty ? nil : URLQueryItem(name: name, value: $0) }
        }
        guard !items.isEmpty else { return path }
        var components = URLComponents()
        components.queryItems = items
        // URLComponents leaves "+" alone, which form decoding would read as a space.
        let query = (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
        return path + "?" + query
    }
}

extension Request {
    /// A UUID route parameter, or 404 when it is missing or malformed.
    func uuid(_ name: String) throws -> UUID {
        guard let raw = parameters.get(name), let id = UUID(uuidString: raw) else { throw AppError.notFound }
        return id
    }
}
