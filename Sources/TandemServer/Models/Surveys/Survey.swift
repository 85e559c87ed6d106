import Fluent
import Foundation
import TandemCore

/// A survey of patients, carers or staff, answered on a public link or entered from paper.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class Survey: Model, @unchecked Sendable {
    static let schema = "surveys"

    @ID(key: .id) var id: UUID?
    @Parent(key: "project_id") var project: Project

    @Field(key: "title") var title: String
    @Field(key: "introduction") var introduction: String
    @Field(key: "audience") var audience: SurveyAudience
    @Field(key: "status") var status: SurveyStatus
    /// The random part of the public link: hard to guess, so draft surveys stay private.
    @Field(key: "public_token") var publicToken: String
    @OptionalField(key: "closes_on") var closesOn: Date?
    /// Whether to ask the optional equality monitoring questions at the end.
    @Field(key: "asks_demographics") var asksDemographics: Bool
    /// How many people were invited, for the response rate (optional).
    @OptionalField(key: "invited") var invited: Int?

    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(
        projectID: UUID, title: String, introduction: String, audience: SurveyAudience, asksDemographics: Bool,
        publicToken: String
    ) {
        self.$project.id = projectID
        self.title = title
        self.introduction = introduction
        self.audience = audience
        self.status = SurveyStatus.draft
        self.asksDemographics = asksDemographics
        self.publicToken = publicToken
    }

    /// Open to answers now: opened, and not past its closing date.
    func isAcceptingAnswers(today: Date = Date()) -> Bool {
        guard status == .open else { return false }
        guard let closesOn else { return true }
        return Calendar.utc.startOfDay(for: today) <= closesOn
    }
}

extension Survey: ProjectOwned {
    static var routeParameter: RouteParameter { .survey }
    static var projectKey: ProjectKey<Survey> { \.$project }
}
