import Foundation
import TandemCore
@testable import TandemServer
import Testing

/// Forms whose fields are not fixed properties (one per step, per question) or that arrive
/// as an upload: checked directly, without a request.
@Suite("Forms check what was typed")
struct FormTests {

    @Test func anInvolvementPlanAboveInformSaysWhoIsInvolved() throws {
        let form = InvolvementPlanForm(steps: [
            .designing: .init(level: InvolvementLevel.coProduce.rawValue, who: ""),
            .reviewing: .init(level: InvolvementLevel.inform.rawValue, who: ""),
            .makingSense: .init(level: nil, who: "Nobody yet"),
        ])
        guard case .failure(let errors) = form.validate() else { Issue.record("accepted without who"); return }
        #expect(errors[InvolvementPlanForm.whoField(.designing)] == "Say who is involved in designing the project")
        #expect(errors[InvolvementPlanForm.whoField(.reviewing)] == nil)
        #expect(errors.items.count == 1)
    }

    @Test func anInvolvementPlanKeepsOnlyPlannedStepsInOrder() throws {
        let form = InvolvementPlanForm(steps: [
            .reviewing: .init(level: InvolvementLevel.inform.rawValue, who: ""),
            .designing: .init(level: InvolvementLevel.involve.rawValue, who: " Two partners "),
            .makingSense: .init(level: nil, who: ""),
        ])
        let planned = try form.validate().get()
        #expect(planned.map(\.step) == [.designing, .reviewing])
        #expect(planned[0].who == "Two partners")
        #expect(form.levels == [.designing: .involve, .reviewing: .inform])
    }

    @Test func anInvolvementPlanRefusesAnUnknownLevel() {
        let form = InvolvementPlanForm(steps: [.designing: .init(level: "everything", who: "All")])
        guard case .failure(let errors) = form.validate() else { Issue.record("accepted"); return }
        #expect(errors[InvolvementPlanForm.levelField(.designing)] != nil)
    }

    @Test func equalityAnswersMustBeOneOfTheOptions() throws {
        let question = try #require(EqualityMonitoring.questions.first)
        let option = try #require(question.options.first).value
        #expect(try EqualityAnswersForm(answers: [question.id: option]).validate().get() == [question.id: option])
        guard case .failure(let errors) = EqualityAnswersForm(answers: [question.id: "made-up"]).validate() else {
            Issue.record("accepted an answer that is not an option")
            return
        }
        #expect(errors[question.id] == "Select one of the answers for: \(question.question)")
    }

    @Test func aSurveyResponseKeepsAnswersAboutThePersonOnlyWithAgreement() throws {
        let question = try #require(EqualityMonitoring.questions.first)
        let option = try #require(question.options.first).value
        let without = SurveyResponseForm(values: [question.id: [option]])
        guard case .failure(let errors) = without.validate(questions: [], asksDemographics: true) else {
            Issue.record("kept answers about the person without agreement")
            return
        }
        #expect(errors[SurveyResponseForm.demographicsConsentField] != nil)
        let with = SurveyResponseForm(values: [question.id: [option], SurveyResponseForm.demographicsConsentField: ["yes"]])
        #expect(try with.validate(questions: [], asksDemographics: true).get().demographics == [question.id: option])
        // A survey that does not ask about the person ignores such fields.
        #expect(try without.validate(questions: [], asksDemographics: false).get().demographics.isEmpty)
    }

    @Test func aProgressUpdateNeedsTextAndAcceptsOnlyKnownFiles() throws {
        let today = CalendarDate.startOfDay(Date())
        guard case .failure(let errors) = ProgressUpdateForm(text: " ").validate(fileName: "a.exe", hasFile: true, today: today)
        else {
            Issue.record("accepted an empty update with a program file")
            return
        }
        #expect(errors["text"] == "Write what has happened")
        #expect(errors["file"]?.hasPrefix("The file must be a document") == true)
        let valid = try ProgressUpdateForm(text: "Signs are up").validate(fileName: "Photo.JPG", hasFile: true, today: today)
            .get()
        #expect(valid.fileExtension == "jpg")
        #expect(valid.writtenOn == today)
        let noFile = try ProgressUpdateForm(text: "Done").validate(fileName: "", hasFile: false, today: today).get()
        #expect(noFile.fileExtension == nil)
    }

    @Test func aProgressUpdateIsNeverDatedInTheFuture() {
        let today = CalendarDate.startOfDay(Date())
        let next = Calendar(identifier: .gregorian).component(.year, from: today) + 1
        let form = ProgressUpdateForm(text: "Done", on: DateParts(day: "1", month: "1", year: "\(next)"))
        guard case .failure(let errors) = form.validate(fileName: nil, hasFile: false, today: today) else {
            Issue.record("accepted a future date")
            return
        }
        #expect(errors["on"] != nil)
    }

    @Test func aSurveyCannotBeGivenAClosingDateInThePast() {
        let today = CalendarDate.startOfDay(Date())
        let yesterday = today.addingTimeInterval(-86_400)
        let parts = DateParts(yesterday)
        var form = SurveyForm()
        form.title = "Going home"
        form.audience = SurveyAudience.allCases.first?.rawValue
        (form.closesDay, form.closesMonth, form.closesYear) = (parts.day, parts.month, parts.year)
        guard case .failure(let errors) = form.validate(today: today) else {
            Issue.record("accepted a closing date in the past")
            return
        }
        #expect(errors["closes"] == "Closing date must be today or in the future")
        // A survey that has closed keeps its closing date when its title is corrected.
        #expect((try? form.validate(saved: yesterday, today: today).get()) != nil)
    }
}
