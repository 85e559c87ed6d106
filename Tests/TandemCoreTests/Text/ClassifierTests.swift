import Foundation
@testable import TandemCore
import Testing

/// A small made-up training set: three themes marked by their words.
enum ToyData {
    static let labels = ["Waiting", "Staff attitude", "Food"]
    static let phrases = [
        ["waited hours", "long delay", "kept waiting", "late again", "took ages"],
        ["rude receptionist", "kind nurse", "friendly staff", "caring team", "polite driver"],
        ["cold food", "lovely meals", "tea and toast", "hungry all day", "nice sandwiches"],
    ]

    static func examples(count: Int, seed: UInt64 = 3) -> [LabelledComment] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { index in
            var flags = [false, false, false]
            var parts: [String] = []
            let first = index % 3
            flags[first] = true
            parts.append(phrases[first].randomElement(using: &random)!)
            if index % 4 == 0 {
                let second = (first + 1) % 3
                flags[second] = true
                parts.append(phrases[second].randomElement(using: &random)!)
            }
            let negative = parts.joined().contains("rude") || parts.joined().contains("cold") || first == 0
            return LabelledComment(
                id: String(index),
                comment: CommentInput(
                    text: parts.joined(separator: " and "), context: ["question": negative ? "could_improve" : "what_good"]),
                labels: flags, sentiment: negative ? .negative : .positive)
        }
    }

    static var options: ThemeModel.TrainingOptions {
        var options = ThemeModel.TrainingOptions()
        options.features.contextFields = ["question"]
        options.folds = 3
        return options
    }
}

@Suite("Features, the linear SVM and thresholds")
struct LearnerTests {
    @Test func theVocabularyStartsWithTheInterceptAndRowsAreNormalisedByBlock() {
        var options = FeatureOptions()
        options.contextFields = ["question"]
        options.charNgramMin = 2
        options.charNgramMax = 5
        let vectoriser = Vectoriser(options: options)
        let comments = [
            CommentInput(text: "kind nurse", context: ["question": "what_good"]),
            CommentInput(text: "rude nurse", context: ["question": "could_improve"]),
        ]
        let (vocabulary, matrix) = vectoriser.fit(comments)
        #expect(vocabulary.names[0] == "(intercept)")
        #expect(vocabulary.names.contains("kind nurse") && vocabulary.names.contains("question=what_good"))
        #expect(vocabulary.blocks.filter { $0 == .char }.count >= 5, "character n-grams of the padded words")
        #expect(matrix.rowCount == 2)
        // word block and character block each have length 1; plus intercept 1 and context 1.
        let norm = matrix.squaredNorm(of: 0)
        #expect(abs(norm - 4) < 1e-4, "\(norm)")
        // Unknown words add nothing.
        var columns: [Int32] = [], values: [Float] = []
        vectoriser.row(for: CommentInput(text: "zzzz"), with: vocabulary, columns: &columns, values: &values)
        #expect(columns == [0])
    }

    @Test func theSVMLearnsSeparableLabelsAcrossLaneGroupsAndIgnoresUnknownTargets() {
        // 10 labels: more than one group of eight lanes.
        var options = FeatureOptions()
        options.charNgramMax = 0
        let words = (0..<10).map { "word\($0)" }
        let comments = (0..<40).map { CommentInput(text: words[$0 % 10] + " filler") }
        let (_, x) = Vectoriser(options: options).fit(comments)
        var targets = (0..<40).map { row in (0..<10).map { Float($0 == row % 10 ? 1 : -1) } }
        targets[0][9] = 0
        let model = LinearSVM.train(x: x, targets: targets, labelCount: 10, rows: Array(0..<40), options: .init())
        let scores = model.scores(x)
        for row in 0..<40 {
            let best = scores[row].indices.max { scores[row][$0] < scores[row][$1] }!
            #expect(best == row % 10)
            #expect(scores[row][row % 10] > 0)
        }
    }

    @Test func theBestThresholdCutsBetweenScores() throws {
        let pairs: [(Float, Bool)] = [(2, true), (1.5, true), (1, false), (0.5, true), (-1, false), (-2, false)]
        // Taking the top 4 gives 3 true of 4 (F1 = 6/7), better than the top 2 (F1 = 0.8).
        // Found on a fine histogram: within a 4,096th of the score range of the exact -0.25.
        let found = try #require(ThresholdTuner.bestThreshold(pairs: pairs))
        #expect(abs(found + 0.25) < 4.0 / 4096)
        #expect(ThresholdTuner.bestThreshold(pairs: [(1, false)]) == nil)
    }

    @Test func aRareLabelsThresholdIsPulledTowardsTheSharedOne() {
        // Label 0 has many examples, label 1 only one: its own best cut is far from the shared one.
        var scores: [[Float]] = [], truth: [[Bool]] = []
        for i in 0..<40 {
            let positive = i < 20
            scores.append([positive ? 1 : -1, i == 0 ? -0.9 : -1.5])
            truth.append([positive, i == 0])
        }
        let unshrunk = ThresholdTuner.tune(scores: scores, truth: truth, labelCount: 2, shrinkage: 0)
        let shrunk = ThresholdTuner.tune(scores: scores, truth: truth, labelCount: 2, shrinkage: 10)
        #expect(unshrunk[1] < -1)
        #expect(shrunk[1] > unshrunk[1] && shrunk[1] < 0)
        #expect(
            ThresholdTuner.tune(scores: scores, truth: truth.map { [$0[0], false] }, labelCount: 2, shrinkage: 10)[1]
                == ThresholdTuner.never)
    }
}

@Suite("Theme model")
struct ThemeModelTests {
    @Test func itLearnsThemesAndSentimentAndAlwaysGivesOneTheme() {
        let model = ThemeModel.train(ToyData.examples(count: 90), labels: ToyData.labels, options: ToyData.options)
        let analysis = model.analyse(CommentInput(text: "we waited hours, a long delay", context: ["question": "could_improve"]))
        #expect(analysis.themes.first?.label == "Waiting")
        #expect(analysis.sentiment.sentiment == .negative)
        #expect(analysis.themes.allSatisfy { $0.confidence > 0 && $0.confidence < 1 })
        let unknown = model.analyse(CommentInput(text: "zebra crossing"))
        #expect(!unknown.themes.isEmpty, "a comment with words always gets a theme, even words never seen")
        #expect(model.analyse(CommentInput(text: "")).themes.isEmpty)
        let food = model.topFeatures(forLabel: 2, count: 15).map(\.feature)
        #expect(food.contains { ["food", "meals", "tea", "hungry", "sandwiches", "cold food"].contains($0) })
    }

    @Test func aSavedModelLoadsAndScoresTheSame() throws {
        let model = ThemeModel.train(ToyData.examples(count: 60), labels: ToyData.labels, options: ToyData.options)
        let data = try model.fileData()
        let loaded = try ThemeModel.load(data)
        let comment = CommentInput(text: "kind nurse but cold food", context: ["question": "what_good"])
        #expect(model.analyse(comment).ranked == loaded.analyse(comment).ranked)
        #expect(loaded.labels == model.labels && loaded.labelCounts == model.labelCounts)
    }

    @Test func damagedOrForeignFilesAreRefused() throws {
        let model = ThemeModel.train(ToyData.examples(count: 30), labels: ToyData.labels, options: ToyData.options)
        var data = try model.fileData()
        #expect(throws: ThemeModel.FileError.notAModel) { try ThemeModel.load(Data("hello world, not a model".utf8)) }
        data[8] = 99
        #expect(throws: ThemeModel.FileError.unsupportedVersion(99)) { try ThemeModel.load(data) }
        let good = try model.fileData()
        #expect(throws: ThemeModel.FileError.self) { try ThemeModel.load(good.prefix(good.count - 4)) }
    }

    @Test func activeLearningPutsTheMostUncertainFirst() {
        let model = ThemeModel.train(ToyData.examples(count: 60), labels: ToyData.labels, options: ToyData.options)
        let comments = [
            CommentInput(text: "waited hours long delay kept waiting"), CommentInput(text: "the parking was fine"),
            CommentInput(text: "kind nurse friendly staff caring team"),
        ]
        let ranked = ActiveLearning.rank(comments, with: model)
        #expect(ranked.first?.index == 1)
        #expect(Set(ranked.map(\.index)) == [0, 1, 2])
    }

    @Test func metricsMatchTheirDefinitions() {
        let truth = [[true, false], [true, true], [false, true]]
        let predicted = [[true, true], [true, false], [false, true]]
        // tp 3, fp 1, fn 1 → micro F1 0.75
        #expect(ClassificationMetrics.microF1(truth: truth, predicted: predicted) == 0.75)
        // label 0: tp 2 fp 0 fn 0 → 1; label 1: tp 1 fp 1 fn 1 → 0.5
        #expect(ClassificationMetrics.macroF1(truth: truth, predicted: predicted, minimumPositives: 1) == 0.75)
        // rows: 2/3, 2/3, 1
        #expect(abs(ClassificationMetrics.samplesF1(truth: truth, predicted: predicted) - 7.0 / 9) < 1e-9)
        #expect(ClassificationMetrics.accuracy(truth: [1, 2, 3], predicted: [1, 2, 2]) == 2.0 / 3)
    }
}

@Suite("Cold start: codebook rules and rule-based sentiment")
struct ColdStartTests {
    @Test func codebookPhrasesSuggestThemesAndSayWhy() {
        let suggestions = KeywordSuggester().suggest("Waited 4 hours and the receptionist was rude. Parking was a nightmare.")
        let names = suggestions.map(\.theme)
        #expect(names.contains("Waiting and delays"))
        #expect(names.contains("Kindness and attitude of staff"))
        #expect(names.contains("Parking"))
        #expect(suggestions.first { $0.theme == "Parking" }?.because == ["parking"])
        #expect(KeywordSuggester().suggest("").isEmpty)
        #expect(DefaultCodebook.themes.count >= 20 && DefaultCodebook.themes.allSatisfy { !$0.description.isEmpty })
    }

    @Test(arguments: [
        ("The nurses were kind and caring, thank you", SentimentClass.positive),
        ("Rude staff and an awful wait", .negative),
        ("Nothing to improve, no complaints at all", .positive),
        ("The doctor was not helpful", .negative),
        ("Kind staff but the wait was awful", .neutral),
        ("I went on Tuesday", .neutral),
    ])
    func ruleBasedSentimentReadsNegationAndMixedComments(text: String, expected: SentimentClass) {
        #expect(RuleBasedSentiment.classify(text).sentiment == expected)
    }

    @Test func suggestionsComeFromTheModelOnlyOnceEnoughIsCoded() {
        #expect(SuggestionSource.choose(codedComments: 20, themesWithEnoughExamples: 5) == .codebookRules)
        #expect(SuggestionSource.choose(codedComments: 150, themesWithEnoughExamples: 1) == .codebookRules)
        #expect(SuggestionSource.choose(codedComments: 150, themesWithEnoughExamples: 6) == .trainedModel)
    }
}
