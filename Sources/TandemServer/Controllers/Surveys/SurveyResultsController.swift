import Fluent
import SQLKit
import TandemCore
import Vapor

/// A survey's results (counts and percentages, as charts with tables) and its
/// responses as CSV.
enum SurveyResultsController {
    static func show(req: Request) async throws -> Response {
        let (survey, project, _) = try await req.owned(Survey.self, Permission.viewProject)
        let model = try await resultsModel(survey, project: project, on: req.db)
        return SurveyResultsPage.render(model, context: try await PageContext.make(req, section: .projects)).response()
    }

    static func resultsModel(_ survey: Survey, project: Project, on db: any Database) async throws -> SurveyResultsPage.Model {
        let surveyID = try survey.requireID()
        let questions = try await SurveyController.questions(of: survey, on: db)
        let responses = try await SurveyResponse.query(on: db).filter(\.$survey.$id == surveyID).count()
        let counts = try await SurveyAnswerCount.byQuestion(surveyID: surveyID, on: db)
        let answered = try await SurveyQuestionRespondents.byQuestion(surveyID: surveyID, on: db)
        let results = questions.map { question -> SurveyResultsPage.QuestionResult in
            let mine = counts[question.id!] ?? [:]
            if question.kind == .freeText {
                return .init(
                    id: question.id!, text: question.text, kind: question.kind, bars: [], answered: 0,
                    written: mine.values.reduce(0, +))
            }
            let choices = question.kind.needsOptions ? question.options : question.kind.fixedOptions
            return .init(
                id: question.id!, text: question.text, kind: question.kind,
                bars: choices.map { BarChartBar(label: $0, count: mine[$0] ?? 0) }, answered: answered[question.id!] ?? 0,
                written: 0)
        }
        return SurveyResultsPage.Model(
            header: try await ProjectController.header(project, on: db), surveyID: surveyID, title: survey.title,
            responses: responses, invited: survey.invited, questions: results,
            demographics: survey.asksDemographics ? try await demographics(surveyID, on: db) : [])
    }

    /// Who answered, for the answers kept with consent; groups under 5 hidden.
    static func demographics(_ surveyID: UUID, on db: any Database) async throws -> [EqualitySummaryPage.Table] {
        let responses = try await SurveyResponse.query(on: db).filter(\.$survey.$id == surveyID).all()
        let answered = responses.filter { response in EqualityMonitoring.questions.contains { response[equality: $0.id] != nil } }
        guard !answered.isEmpty else { return [] }
        return EqualityMonitoring.questions.map { question in
            let counts = question.options.map { option in answered.filter { $0[equality: question.id] == option.value }.count }
            let cells = DisclosureControl.protectBreakdown(counts)
            // Answers nobody gave are left out (a 0 shown is never beside a hidden figure).
            return EqualitySummaryPage.Table(
                question: question.question,
                rows: zip(question.options.map(\.label), cells).filter { $0.1 != .count(0) }.map {
                    .init(label: $0.0, cell: $0.1)
                })
        }
    }

    static func export(req: Request) async throws -> Response {
        // The written answers as the team reads them: as given, or for partners
        // without contact details (`AccessPolicy.textView`).
        let (survey, _, ref) = try await req.owned(Survey.self, Permission.seeTeamDetails)
        let surveyID = try survey.requireID()
        let questions = try await SurveyController.questions(of: survey, on: req.db)
        let responses = try await SurveyResponse.query(on: req.db).filter(\.$survey.$id == surveyID).sort(\.$submittedAt).all()
        let answers = try await SurveyAnswer.query(on: req.db).filter(\.$response.$id ~~ responses.compactMap(\.id)).all()
        var byResponse: [UUID: [UUID: [String]]] = [:]
        for answer in answers {
            byResponse[answer.$response.id, default: [:]][answer.$question.id, default: []].append(answer.value)
        }
        var csv = CSVWriter.row(["response", "submitted", "source", "may be read by"] + questions.map(\.text))
        for response in responses {
            let mine = (byResponse[response.id!] ?? [:]).mapValues {
                $0.map { req.reader.teamText($0, scope: response.consentScope, ref) }
            }
            csv += CSVWriter.row(
                [
                    response.id!.lowercasedString, ISO8601DateFormatter().string(from: response.submittedAt),
                    response.source, response.consentScope.rawValue,
                ]
                    + questions.map { (mine[$0.id!] ?? []).joined(separator: "; ") })
        }
        let fileName = survey.title.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " }.replacingOccurrences(
            of: " ", with: "-")
        return Response.download(csv, type: Response.csv, fileName: "\(fileName.isEmpty ? "survey" : fileName)-responses.csv")
    }
}
