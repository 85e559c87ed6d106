import Foundation
import Plot
import TandemCore

enum SurveyResultsPage {
    struct QuestionResult: Sendable {
        let id: UUID
        let text: String
        let kind: SurveyQuestionKind
        let bars: [BarChartBar]
        /// The people who answered it: what each answer's share is of.
        let answered: Int
        let written: Int
    }

    struct Model {
        let header: ProjectHeader
        let surveyID: UUID
        let title: String
        let responses: Int
        let invited: Int?
        let questions: [QuestionResult]
        let demographics: [EqualitySummaryPage.Table]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            "Results", project: model.header, section: .surveys, context: context,
            extraCrumbs: [Crumb(title: model.title, href: SiteURL.survey(.value(model.surveyID)).path)],
            Blocks.lead(
                "\(model.responses.commaGrouped) \(model.responses == 1 ? "response" : "responses")"
                    + (model.invited.map {
                        " from \($0.commaGrouped) people invited (\(Share.percent(model.responses, of: $0)))"
                    } ?? "") + "."),
            .group(
                model.questions.enumerated().map { index, question in
                    .group(
                        Blocks.heading(question.text, level: 2, size: "s"),
                        question.kind == .friendsAndFamily ? fftScore(question) : .empty,
                        question.kind == .freeText
                            ? .p(
                                .plain(
                                    "\(question.written.commaGrouped) written \(question.written == 1 ? "answer" : "answers"). "),
                                link(
                                    "Read them in the evidence library",
                                    href: SiteURL.project(.value(model.header.id), .evidence).path(query: [
                                        ("survey", model.surveyID.lowercasedString)
                                    ])))
                            : barChart(
                                BarChartFigures(
                                    title: question.text, bars: question.bars, whole: question.answered,
                                    wholeLabel: question.answered == 1 ? "person who answered" : "people who answered"),
                                id: "chart-\(index + 1)"))
                }),
            model.demographics.isEmpty
                ? .empty
                : .group(
                    Blocks.heading("Who answered", level: 2, size: "m"),
                    Blocks.paragraph(
                        "From the answers people agreed to keep. Groups of fewer than \(DisclosureControl.threshold) people are hidden."
                    ),
                    .group(model.demographics.map(EqualitySummaryPage.table))))
    }

    /// The Friends and Family Test's published figures, above its chart.
    private static func fftScore(_ question: QuestionResult) -> Markup {
        let score = FriendsAndFamilyTest.score(Dictionary(question.bars.map { ($0.label, $0.count) }, uniquingKeysWith: +))
        guard score.answers > 0 else { return .empty }
        return Blocks.inset(
            .p(.strong(.plain("Friends and Family Test: \(score.positiveShare) positive, \(score.negativeShare) negative"))),
            Blocks.paragraph(
                "Of \(counted(score.answers, "answer", "answers")). Positive is very good or good; negative is poor or very poor. As NHS England counts them, \"Neither good nor poor\" and \"Don't know\" are in the total."
            ))
    }
}
