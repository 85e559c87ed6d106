import Foundation

/// When a survey may open, and when its questions may change.
public enum SurveyRules {
    /// What stops a survey opening, in plain English; empty when it may open. Shown before
    /// anyone presses "Open", and checked again when they do.
    public static func openingProblems(questions: Int, closesOn: Date?, today: Date) -> [String] {
        var problems: [String] = []
        if questions == 0 { problems.append("Add at least one question") }
        if let closesOn {
            if closesOn < today { problems.append("The closing date has passed: set a later one") }
        } else {
            problems.append("Set a closing date (change the survey's details)")
        }
        return problems
    }

    /// Questions change only while nobody can be answering: not while the survey is open,
    /// and never once it has answers (they would no longer match what people were asked).
    public static func questionsCanChange(isOpen: Bool, responses: Int) -> Bool { !isOpen && responses == 0 }

    /// Why the questions cannot change now, for the page and for a refused request.
    public static func whyQuestionsCannotChange(isOpen: Bool, responses: Int) -> String? {
        if responses > 0 { return "This survey has answers, so its questions can no longer change. Make a new survey instead." }
        if isOpen { return "The survey is open, so its questions cannot change while people may be answering. Close it first." }
        return nil
    }
}
