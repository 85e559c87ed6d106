import Foundation
import TandemCore
import Testing

@Suite("Project stages, co-production index and survey answers")
struct ProjectRulesTests {
    let ready = StageFacts(proposalAgreed: true, outcomes: 2, milestones: 1, patientOrCarerPartners: 1, methods: 1, evidence: 5)

    @Test func stagesMoveForwardOneAtATime() {
        #expect(StageRules.problems(from: .proposal, to: .agreed, facts: ready).isEmpty)
        #expect(StageRules.problems(from: .proposal, to: .fieldwork, facts: ready).first?.contains("one stage at a time") == true)
        #expect(StageRules.problems(from: .analysis, to: .agreed, facts: ready).first?.contains("only moves forward") == true)
        #expect(ProjectStage.closed.next == nil)
    }

    @Test func agreementNeedsTheAgreementOutcomesAndMilestones() {
        let facts = StageFacts(
            proposalAgreed: false, outcomes: 0, milestones: 0, patientOrCarerPartners: 0, methods: 0, evidence: 0)
        #expect(StageRules.problems(from: .proposal, to: .agreed, facts: facts).count == 3)
    }

    @Test func fieldworkNeedsAPartnerAndAMethod() {
        var facts = ready
        facts.patientOrCarerPartners = 0
        facts.methods = 0
        let problems = StageRules.problems(from: .agreed, to: .fieldwork, facts: facts)
        #expect(problems.count == 2)
        #expect(problems[0].contains("patient or carer partner"))
    }

    @Test func noAnalysisWithoutEvidence() {
        var facts = ready
        facts.evidence = 0
        #expect(
            StageRules.problems(from: .fieldwork, to: .analysis, facts: facts) == [
                "There is no evidence yet. Gather some before making sense of it."
            ])
        #expect(StageRules.problems(from: .fieldwork, to: .analysis, facts: ready).isEmpty)
    }

    @Test func coProductionIndexRunsFromZeroToAHundred() {
        #expect(CoProductionIndex.score([:]) == 0)
        let all = Dictionary(uniqueKeysWithValues: InvolvementStep.allCases.map { ($0, InvolvementLevel.coProduce) })
        #expect(CoProductionIndex.score(all) == 100)
        #expect(
            CoProductionIndex.score(
                Dictionary(uniqueKeysWithValues: InvolvementStep.allCases.map { ($0, InvolvementLevel.inform) })) == 0)
        // 3 + 2 + 1 of a possible 21.
        #expect(CoProductionIndex.score([.designing: .coProduce, .gatheringEvidence: .involve, .reviewing: .consult]) == 29)
    }

    @Test func requiredQuestionsNeedAnAnswer() throws {
        let rule = QuestionRule(kind: .freeText, text: "What could be better?", required: true, options: [])
        #expect(throws: Never.self) { try rule.check(["  Faster pharmacy "]).get() }
        guard case .failure(let problem) = rule.check(["   "]) else { Issue.record("accepted a blank answer"); return }
        #expect(problem.message == "Answer the question: What could be better?")
    }

    @Test func choicesMustComeFromTheList() throws {
        let single = QuestionRule(kind: .singleChoice, text: "Which ward?", required: false, options: ["Ward 7", "Ward 12"])
        #expect(try single.check(["Ward 7"]).get() == ["Ward 7"])
        #expect((try? single.check(["Ward 9"]).get()) == nil)
        #expect((try? single.check(["Ward 7", "Ward 12"]).get()) == nil)
        #expect(try single.check([]).get() == [])
        let many = QuestionRule(kind: .multipleChoice, text: "Which?", required: true, options: ["A", "B", "C"])
        #expect(try many.check(["C", "A"]).get() == ["A", "C"])
        let fft = QuestionRule(kind: .friendsAndFamily, text: FriendsAndFamilyTest.question, required: true, options: [])
        #expect(try fft.check(["Very poor"]).get() == ["Very poor"])
        #expect(FriendsAndFamilyTest.rating(for: "Very poor") == 5)
        let rating = QuestionRule(kind: .rating, text: "Rate it", required: true, options: [])
        #expect(try rating.check(["5"]).get() == ["5"])
        #expect((try? rating.check(["6"]).get()) == nil)
    }

    @Test func checklistSummaryCountsPartlyMetAsHalfAndLeavesOutNotSeen() {
        let summary = ChecklistItemSummary.summarise([.met, .partlyMet, .notMet, .notSeen])
        #expect(summary.counts[.met] == 1 && summary.counts[.notSeen] == 1)
        #expect(summary.percentMet == 50)
        #expect(ChecklistItemSummary.summarise([.notSeen, .notSeen]).percentMet == nil)
        #expect(ChecklistItemSummary.summarise([]).percentMet == nil)
    }
}

@Suite("Feedback import rules")
struct FeedbackImportRulesTests {
    let mapping = ImportMapping(text: 2, date: 0, service: 1, rating: 3)

    func record(_ fields: [String], line: Int = 2) -> CSVRecord {
        try! CSVParser.records(
            in: (0..<(line - 1)).map { _ in "\n" }.joined() + fields.map { "\"\($0)\"" }.joined(separator: ",")
        ).last!
    }

    @Test func datesAreReadAsPeopleWriteThem() {
        let expected = CalendarDate.parse(day: "21", month: "11", year: "2026", fieldName: "Date")
        guard case .success(let day) = expected else { Issue.record("no date"); return }
        for written in ["21/11/2026", "21-11-2026", "2026-11-21", "21 November 2026", "21 Nov 2026", "2026-11-21T10:30:00"] {
            #expect(FlexibleDate.parse(written) == day, "\(written)")
        }
        for wrong in ["32/11/2026", "11/2026", "yesterday", "2026-13-01"] {
            #expect(FlexibleDate.parse(wrong) == nil, "\(wrong)")
        }
    }

    @Test func aGoodRowIsTidied() throws {
        let row = try ImportRowChecker.check(
            record(["3/4/2026", " Ward 7 ", "  Lovely staff ", "Very good"]), mapping: mapping, columnCount: 4
        ).get()
        #expect(row.text == "Lovely staff" && row.service == "Ward 7" && row.rating == 1 && row.date != nil)
    }

    @Test func badRowsSayWhatIsWrongAndWhere() {
        func reason(_ fields: [String]) -> String? {
            if case .failure(let error) = ImportRowChecker.check(record(fields, line: 7), mapping: mapping, columnCount: 4) {
                #expect(error.line == 7)
                return error.reason
            }
            return nil
        }
        #expect(reason(["1/1/2026", "Ward", "", "1"]) == "the comment is empty")
        #expect(reason(["1/1/2026", "Ward", "Fine", "9"])?.hasPrefix("rating '9' must be") == true)
        #expect(reason(["31/2/2026", "Ward", "Fine", "1"])?.contains("is not a date") == true)
        #expect(reason(["1/1/2026", "Ward", "Fine"]) == "expected 4 columns, found 3")
    }

    @Test func theMappingIsGuessedFromTheHeader() {
        let guess = ImportMapping.guess(from: [
            "Date", "Ward or service", "Overall experience", "What was good or could be better?",
        ])
        #expect(guess == ImportMapping(text: 3, date: 0, service: 1, rating: 2))
        #expect(ImportMapping.guess(from: ["a", "b"]) == nil)
    }

    @Test func aRatingWithoutACommentIsSkippedNotAProblem() {
        // Real Friends and Family Test exports: most rows are a rating with no comment.
        #expect(
            ImportRowOutcome.of(record(["1/1/2026", "Ward", "  ", "1"], line: 9), mapping: mapping, columnCount: 4)
                == .noComment(line: 9))
        // Still a problem when the row itself is broken, or something else in it is wrong.
        guard case .problem = ImportRowOutcome.of(record(["1/1/2026", "Ward"], line: 3), mapping: mapping, columnCount: 4),
            case .problem = ImportRowOutcome.of(record(["1/1/2026", "Ward", "Fine", "9"]), mapping: mapping, columnCount: 4),
            case .row(let row) = ImportRowOutcome.of(record(["1/1/2026", "Ward", "Fine", "1"]), mapping: mapping, columnCount: 4)
        else {
            Issue.record("rows were sorted wrongly")
            return
        }
        #expect(row.text == "Fine")
    }

    @Test func identicalRowsInOneFileAreKeptAndTheSameFileAgainMatches() throws {
        let row = try ImportRowChecker.check(
            record(["1/1/2026", "Ward 7", "Excellent service", "1"]), mapping: mapping, columnCount: 4
        ).get()
        var first = DuplicateCounter()
        let a = first.fingerprint(for: row), b = first.fingerprint(for: row)
        #expect(a != b)
        var again = DuplicateCounter()
        #expect(again.fingerprint(for: row) == a && again.fingerprint(for: row) == b)
        #expect(a.count == 32)
    }

    @Test func windows1252FilesKeepTheirPoundSignsAndCurlyQuotes() throws {
        // "£5 “parking”" as Excel on Windows saves it.
        let bytes: [UInt8] = [0xA3, 0x35, 0x20, 0x93, 0x70, 0x61, 0x72, 0x6B, 0x69, 0x6E, 0x67, 0x94, 0x0A]
        var parser = CSVParser()
        let records = try parser.feed(bytes)
        #expect(records.first?.fields == ["£5 “parking”"])
        #expect(try CSVParser.records(in: "café,naïve\n").first?.fields == ["café", "naïve"])
    }
}
