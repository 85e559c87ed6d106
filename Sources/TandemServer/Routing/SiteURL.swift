import Foundation
import Vapor

/// A route parameter: `.key` when registering the route, `.value` when linking to it.
enum Param<T: Sendable & CustomStringConvertible & Equatable>: Sendable, Equatable {
    case key
    case value(T)
}

/// Every path in Tandem. Routes are registered from `pathComponents` and links
/// are built from `path`, so a link can never drift from its route. A record's
/// pages nest under it: `.project(id, .surveys)`, `.survey(id, .results)`.
enum SiteURL: Sendable, Equatable {
    case home
    case healthz
    case signIn
    case signOut
    case me
    case confirmEmail(Param<String>)
    case forgotPassword
    case setPassword(Param<String>)
    case accessibility
    case privacy

    case organisations
    case newOrganisation
    case organisation(Param<UUID>, OrganisationPath = .overview)

    case people
    case newPerson
    case person(Param<UUID>, PersonPath = .overview)

    case equalitySummary
    case auditLog
    case users
    case newUser
    case editUser(Param<UUID>)
    case sendPasswordLink(Param<UUID>)
    case inbox
    case outbox
    case outboxEmail(Param<UUID>)
    case resendEmail(Param<UUID>)

    case apiOrganisations

    case projects
    case newProject
    case project(Param<UUID>, ProjectPath = .overview)
    case survey(Param<UUID>, SurveyPath = .overview)
    case publicSurvey(Param<String>)
    case publicSurveyThanks(Param<String>)
    case activity(Param<UUID>, ActivityPath = .overview)
    case checklist(Param<UUID>)
    case measure(Param<UUID>, MeasurePath = .overview)
    case story(Param<UUID>, StoryPath = .overview)
    case importJob(Param<UUID>, ImportPath = .overview)
    case feedbackItem(Param<UUID>, FeedbackItemPath = .overview)
    case theme(Param<UUID>)
    case finding(Param<UUID>, FindingPath = .overview)
    case recommendation(Param<UUID>, RecommendationPath = .overview)
    case youSaidWeDidIndex
    case youSaidWeDid(Param<UUID>)
    case youSaidWeDidProject(Param<UUID>)
    case whatsOn
    case events
    case newEvent
    case event(Param<UUID>, EventPath = .overview)
    case publicEvent(Param<UUID>)
    case publicEventCalendar(Param<UUID>)
    case registerMe(Param<UUID>)
    case cancelRegistration(Param<String>)
    case resources
    case publicResource(Param<String>)
    case resourceDownload(Param<String>, Param<UUID>)
    case resourceUseful(Param<String>)
    case manageResources
    case newResource
    case resourceUsage
    case resource(Param<UUID>, ResourcePath = .overview)
    case ppgs
    case ppgsExport
    case newPPG
    case populations
    case ppgQuestionnaire
    case ppgNeeds
    case ppgNeedWorkshop
    case buddies
    case ppg(Param<UUID>, PPGPath = .overview)
    case ppgDirectory
    case ppgDirectoryPractice(Param<UUID>)
    case programmes
    case newProgramme
    case programme(Param<UUID>, ProgrammePath = .overview)
    case cohort(Param<UUID>, CohortPath = .overview)
    case myTraining
    case myTrainingTime
    case panels
    case newPanel
    case panel(Param<UUID>, PanelPath = .overview)
    case publicPanelSubmission(Param<UUID>)
    case panelReview(Param<UUID>, ReviewPath = .overview)
    case opportunities
    case newOpportunity
    case opportunity(Param<UUID>, OpportunityPath = .overview)
    case myOpportunities
    case communityReach
    case getInvolved
    case getInvolvedOpportunity(Param<UUID>)
    case myTime
    case myClaims
    case myPayment
    case myStatement
    /// The signed-in person's record of involvement (it sends them to their own).
    case myRecord
    case recognition
    case claim(Param<UUID>, ClaimPath = .overview)
    case financeExport
    case rateCard
    case rateCardRates
    case rateCardConfirm
    case groups
    case newGroup
    case group(Param<UUID>, GroupPath = .overview)
    case groupMeeting(Param<UUID>, GroupMeetingPath = .overview)

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

/// One segment of a path: fixed text, or a parameter with its value when linking.
enum PathPart {
    case fixed(String)
    case parameter(String, String?)

    static func id(_ key: RouteParameter, _ value: Param<UUID>) -> PathPart {
        switch value {
        case .key: .parameter(key.name, nil)
        case .value(let id): .parameter(key.name, id.lowercasedString)
        }
    }

    static func text(_ key: RouteParameter, _ value: Param<String>) -> PathPart {
        switch value {
        case .key: .parameter(key.name, nil)
        case .value(let text): .parameter(key.name, text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? text)
        }
    }
}

/// The pages under a record, each as the segments after the record's own path.
protocol RecordPath: Sendable, Equatable {
    var parts: [PathPart] { get }
}

extension SiteURL {
    fileprivate var parts: [PathPart] {
        func under(_ root: String, _ key: RouteParameter, _ id: Param<UUID>, _ page: some RecordPath) -> [PathPart] {
            [.fixed(root), .id(key, id)] + page.parts
        }
        switch self {
        case .home: return []
        case .healthz: return [.fixed("healthz")]
        case .signIn: return [.fixed("sign-in")]
        case .signOut: return [.fixed("sign-out")]
        case .me: return [.fixed("me")]
        case .confirmEmail(let token): return [.fixed("me"), .fixed("email"), .text(.token, token)]
        case .forgotPassword: return [.fixed("forgotten-password")]
        case .setPassword(let token): return [.fixed("password"), .text(.token, token)]
        case .accessibility: return [.fixed("accessibility")]
        case .privacy: return [.fixed("privacy")]

        case .organisations: return [.fixed("organisations")]
        case .newOrganisation: return [.fixed("organisations"), .fixed("new")]
        case .organisation(let id, let page): return under("organisations", .organisation, id, page)
        case .people: return [.fixed("people")]
        case .newPerson: return [.fixed("people"), .fixed("new")]
        case .person(let id, let page): return under("people", .person, id, page)

        case .equalitySummary: return [.fixed("reports"), .fixed("equality")]
        case .auditLog: return [.fixed("admin"), .fixed("audit")]
        case .users: return [.fixed("admin"), .fixed("accounts")]
        case .newUser: return [.fixed("admin"), .fixed("accounts"), .fixed("new")]
        case .editUser(let id): return [.fixed("admin"), .fixed("accounts"), .id(.user, id), .fixed("edit")]
        case .sendPasswordLink(let id): return [.fixed("admin"), .fixed("accounts"), .id(.user, id), .fixed("password-link")]
        case .inbox: return [.fixed("inbox")]
        case .outbox: return [.fixed("admin"), .fixed("outbox")]
        case .outboxEmail(let id): return [.fixed("admin"), .fixed("outbox"), .id(.outboxEmail, id)]
        case .resendEmail(let id): return [.fixed("admin"), .fixed("outbox"), .id(.outboxEmail, id), .fixed("resend")]
        case .apiOrganisations: return [.fixed("api"), .fixed("v1"), .fixed("organisations")]

        case .projects: return [.fixed("projects")]
        case .newProject: return [.fixed("projects"), .fixed("new")]
        case .project(let id, let page): return under("projects", .project, id, page)
        case .survey(let id, let page): return under("surveys", .survey, id, page)
        case .publicSurvey(let token): return [.fixed("s"), .text(.token, token)]
        case .publicSurveyThanks(let token): return [.fixed("s"), .text(.token, token), .fixed("thanks")]
        case .activity(let id, let page): return under("activities", .activity, id, page)
        case .checklist(let id): return [.fixed("checklists"), .id(.checklist, id)]
        case .measure(let id, let page): return under("measures", .measure, id, page)
        case .story(let id, let page): return under("stories", .story, id, page)
        case .importJob(let id, let page): return under("imports", .importJob, id, page)
        case .feedbackItem(let id, let page): return under("evidence", .feedbackItem, id, page)
        case .theme(let id): return [.fixed("themes"), .id(.theme, id)]
        case .finding(let id, let page): return under("findings", .finding, id, page)
        case .recommendation(let id, let page): return under("recommendations", .recommendation, id, page)
        case .youSaidWeDidIndex: return [.fixed("you-said-we-did")]
        case .youSaidWeDid(let id): return [.fixed("you-said-we-did"), .id(.organisation, id)]
        case .youSaidWeDidProject(let id): return [.fixed("you-said-we-did"), .fixed("projects"), .id(.project, id)]
        case .whatsOn: return [.fixed("whats-on")]
        case .events: return [.fixed("events")]
        case .newEvent: return [.fixed("events"), .fixed("new")]
        case .event(let id, let page): return under("events", .event, id, page)
        case .publicEvent(let id): return [.fixed("whats-on"), .id(.event, id)]
        case .publicEventCalendar(let id): return [.fixed("whats-on"), .id(.event, id), .fixed("event.ics")]
        case .registerMe(let id): return [.fixed("whats-on"), .id(.event, id), .fixed("register-me")]
        case .cancelRegistration(let token): return [.fixed("places"), .text(.token, token)]
        case .resources: return [.fixed("resources")]
        case .publicResource(let slug): return [.fixed("resources"), .text(.slug, slug)]
        case .resourceDownload(let slug, let file):
            return [.fixed("resources"), .text(.slug, slug), .fixed("files"), .id(.resourceFile, file)]
        case .resourceUseful(let slug): return [.fixed("resources"), .text(.slug, slug), .fixed("useful")]
        case .manageResources: return [.fixed("admin"), .fixed("resources")]
        case .newResource: return [.fixed("admin"), .fixed("resources"), .fixed("new")]
        case .resourceUsage: return [.fixed("admin"), .fixed("resources"), .fixed("usage")]
        case .resource(let id, let page): return [.fixed("admin"), .fixed("resources"), .id(.resource, id)] + page.parts
        case .ppgs: return [.fixed("ppgs")]
        case .ppgsExport: return [.fixed("ppgs"), .fixed("ppgs.csv")]
        case .newPPG: return [.fixed("ppgs"), .fixed("new")]
        case .populations: return [.fixed("ppgs"), .fixed("populations")]
        case .ppgQuestionnaire: return [.fixed("ppgs"), .fixed("self-assessment")]
        case .ppgNeeds: return [.fixed("ppgs"), .fixed("needs")]
        case .ppgNeedWorkshop: return [.fixed("ppgs"), .fixed("needs"), .fixed("workshop")]
        case .buddies: return [.fixed("ppgs"), .fixed("buddies")]
        case .ppg(let id, let page): return under("ppgs", .ppg, id, page)
        case .ppgDirectory: return [.fixed("ppg-directory")]
        case .ppgDirectoryPractice(let id): return [.fixed("ppg-directory"), .id(.organisation, id)]
        case .programmes: return [.fixed("programmes")]
        case .newProgramme: return [.fixed("programmes"), .fixed("new")]
        case .programme(let id, let page): return under("programmes", .programme, id, page)
        case .cohort(let id, let page): return under("cohorts", .cohort, id, page)
        case .myTraining: return [.fixed("me"), .fixed("training")]
        case .myTrainingTime: return [.fixed("me"), .fixed("training"), .fixed("time")]
        case .panels: return [.fixed("panels")]
        case .newPanel: return [.fixed("panels"), .fixed("new")]
        case .panel(let id, let page): return under("panels", .panel, id, page)
        case .publicPanelSubmission(let id): return [.fixed("bring-a-project"), .id(.panel, id)]
        case .panelReview(let id, let page): return under("panel-reviews", .panelReview, id, page)
        case .opportunities: return [.fixed("opportunities")]
        case .newOpportunity: return [.fixed("opportunities"), .fixed("new")]
        case .opportunity(let id, let page): return under("opportunities", .opportunity, id, page)
        case .myOpportunities: return [.fixed("me"), .fixed("opportunities")]
        case .communityReach: return [.fixed("opportunities"), .fixed("reach")]
        case .getInvolved: return [.fixed("get-involved")]
        case .getInvolvedOpportunity(let id): return [.fixed("get-involved"), .id(.opportunity, id)]
        case .myTime: return [.fixed("me"), .fixed("time")]
        case .myClaims: return [.fixed("me"), .fixed("time"), .fixed("claims")]
        case .myPayment: return [.fixed("me"), .fixed("payment")]
        case .myStatement: return [.fixed("me"), .fixed("statement")]
        case .myRecord: return [.fixed("me"), .fixed("record")]
        case .recognition: return [.fixed("recognition")]
        case .claim(let id, let page): return [.fixed("recognition")] + under("claims", .claim, id, page)
        case .financeExport: return [.fixed("recognition"), .fixed("finance.csv")]
        case .rateCard: return [.fixed("recognition"), .fixed("rate-card")]
        case .rateCardRates: return [.fixed("recognition"), .fixed("rate-card"), .fixed("rates")]
        case .rateCardConfirm: return [.fixed("recognition"), .fixed("rate-card"), .fixed("confirm")]
        case .groups: return [.fixed("groups")]
        case .newGroup: return [.fixed("groups"), .fixed("new")]
        case .group(let id, let page): return under("groups", .group, id, page)
        case .groupMeeting(let id, let page): return under("group-meetings", .groupMeeting, id, page)
        }
    }
}
