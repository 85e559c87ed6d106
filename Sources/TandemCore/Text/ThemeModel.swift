import Foundation

/// A trained theme and sentiment classifier: features, one linear SVM per
/// theme (and per sentiment class), thresholds tuned by cross-validation on
/// the training data, and a calibration that turns margins into confidences.
public struct ThemeModel: Sendable {
    public struct TrainingOptions: Codable, Sendable, Equatable {
        public var features = FeatureOptions()
        public var svm = LinearSVM.Options()
        /// Folds for tuning thresholds; the final model is trained on everything.
        public var folds = 4
        /// How strongly a rare label's threshold is pulled towards the shared one.
        public var shrinkage: Float = 10
        /// Train a sixth model on everything rather than averaging the fold models.
        public var retrainOnAll = false

        public init() {
            features.contextFields = ["question", "service", "rating"]
            features.interactionField = "question"
            features.charNgramMin = 4
            features.charNgramMax = 4
            svm.maximumPasses = 10
        }
    }

    public let labels: [String]
    public let options: TrainingOptions
    let vocabulary: Vocabulary
    let svm: LinearSVM
    let thresholds: [Float]
    /// Platt scaling of margins (score minus threshold) into probabilities.
    let calibration: (slope: Float, intercept: Float)
    /// Softmax temperature for the three sentiment scores.
    let sentimentTemperature: Float
    public let trainingExamples: Int
    /// Theme examples per label in the training data.
    public let labelCounts: [Int]

    var themeCount: Int { labels.count }

    // MARK: training

    public static func train(_ examples: [LabelledComment], labels: [String], options: TrainingOptions = .init()) -> ThemeModel {
        let vectoriser = Vectoriser(options: options.features)
        let (vocabulary, x) = vectoriser.fit(examples.map(\.comment))
        let laneCount = labels.count + SentimentClass.allCases.count
        let targets: [[Float]] = examples.map { example in
            example.labels.map { $0 ? 1 : -1 }
                + SentimentClass.allCases.map { c in
                    guard let s = example.sentiment else { return 0 }
                    return s == c ? 1 : -1
                }
        }

        // Cross-validation: each comment is scored by the fold model that never saw it.
        // The folds train at the same time, one per core.
        let folds = max(2, options.folds)
        var order = Array(examples.indices)
        var random = SeededGenerator(seed: options.svm.seed &+ 7)
        order.shuffle(using: &random)
        var foldOf = [Int](repeating: 0, count: examples.count)
        for (position, row) in order.enumerated() { foldOf[row] = position % folds }
        let assignment = foldOf
        let (shared, privateFeatures) = PrivateFeatures.split(x)
        let foldModels = concurrentMap(0..<folds) { fold -> ([Int], [[Float]], LinearSVM) in
            let train = examples.indices.filter { assignment[$0] != fold }
            let test = examples.indices.filter { assignment[$0] == fold }
            var svmOptions = options.svm
            svmOptions.seed &+= UInt64(fold)
            let model = LinearSVM.train(
                x: shared, privateFeatures: privateFeatures, targets: targets, labelCount: laneCount,
                rows: train, options: svmOptions)
            return (test, model.scores(x, rows: test), model)
        }
        var outOfFold = [[Float]](repeating: [], count: examples.count)
        for (rows, scores, _) in foldModels { for (row, score) in zip(rows, scores) { outOfFold[row] = score } }
        let truth = examples.map(\.labels)
        let themeScores = outOfFold.map { Array($0.prefix(labels.count)) }
        let thresholds = ThresholdTuner.tune(
            scores: themeScores, truth: truth, labelCount: labels.count, shrinkage: options.shrinkage)
        let calibration = Calibration.platt(margins: themeScores, truth: truth, thresholds: thresholds)
        let temperature = Calibration.softmaxTemperature(
            scores: outOfFold.map { Array($0.suffix(SentimentClass.allCases.count)) },
            truth: examples.map { $0.sentiment?.index })

        // The fold models' average is the final model: each saw most of the data, and the
        // thresholds were tuned on exactly this kind of model's scores.
        let svm =
            options.retrainOnAll
            ? LinearSVM.train(x: x, targets: targets, labelCount: laneCount, rows: Array(examples.indices), options: options.svm)
            : LinearSVM.average(foldModels.map(\.2))
        return ThemeModel(
            labels: labels, options: options, vocabulary: vocabulary, svm: svm, thresholds: thresholds,
            calibration: calibration, sentimentTemperature: temperature, trainingExamples: examples.count,
            labelCounts: (0..<labels.count).map { label in examples.filter { $0.labels[label] }.count })
    }

    // MARK: predicting

    /// A theme for a comment, with its decision score and a confidence from 0 to 1.
    public struct ThemeScore: Codable, Sendable, Equatable {
        public let label: String
        public let index: Int
        /// How far above (positive) or below its threshold the comment scored.
        public let margin: Float
        public let confidence: Float
    }

    public struct Analysis: Sendable {
        /// The themes the model assigns: every theme above its threshold, and
        /// at least one for a comment with any words.
        public let themes: [ThemeScore]
        /// Every theme, most likely first.
        public let ranked: [ThemeScore]
        public let sentiment: SentimentResult
    }

    /// Reusable scratch space for predicting many comments on one thread.
    public final class Predictor {
        let model: ThemeModel
        let vectoriser: Vectoriser
        var columns: [Int32] = []
        var values: [Float] = []
        var scores: [Float]

        public init(model: ThemeModel) {
            self.model = model
            vectoriser = Vectoriser(options: model.vocabulary.options)
            scores = [Float](repeating: 0, count: model.svm.groups * 8)
        }

        /// Fills `assigned` with the themes given to the comment (cheap: no allocation per theme).
        public func assign(_ comment: CommentInput, into assigned: inout [Bool]) -> SentimentClass {
            vectoriser.row(for: comment, with: model.vocabulary, columns: &columns, values: &values)
            model.svm.scores(columns: columns, values: values, into: &scores)
            let n = model.themeCount
            let hasWords = vectoriser.lastWordCount > 0
            var best = -Float.infinity, bestLabel = 0, any = false
            for label in 0..<n {
                let margin = scores[label] - model.thresholds[label]
                assigned[label] = hasWords && margin > 0
                any = any || assigned[label]
                if margin > best { best = margin; bestLabel = label }
            }
            // Every comment with words gets at least one theme; an empty one gets none.
            if !any && hasWords { assigned[bestLabel] = true }
            var sentiment = 0
            for c in 1..<3 where scores[n + c] > scores[n + sentiment] { sentiment = c }
            return SentimentClass.allCases[sentiment]
        }

        public func analyse(_ comment: CommentInput) -> Analysis {
            vectoriser.row(for: comment, with: model.vocabulary, columns: &columns, values: &values)
            model.svm.scores(columns: columns, values: values, into: &scores)
            return model.analysis(scores: scores, hasWords: vectoriser.lastWordCount > 0)
        }
    }

    public func analyse(_ comment: CommentInput) -> Analysis {
        Predictor(model: self).analyse(comment)
    }

    func analysis(scores: [Float], hasWords: Bool) -> Analysis {
        let ranked = (0..<themeCount).map { label in
            let margin = scores[label] - thresholds[label]
            return ThemeScore(
                label: labels[label], index: label, margin: margin,
                confidence: 1 / (1 + exp(-(calibration.slope * margin + calibration.intercept))))
        }.sorted { $0.margin > $1.margin }
        var themes = hasWords ? ranked.filter { $0.margin > 0 } : []
        if themes.isEmpty && hasWords, let top = ranked.first { themes = [top] }
        let raw = Array(scores[themeCount..<(themeCount + 3)])
        let probabilities = Calibration.softmax(raw, temperature: sentimentTemperature)
        let best = probabilities.indices.max { probabilities[$0] < probabilities[$1] }!
        return Analysis(
            themes: themes, ranked: ranked,
            sentiment: SentimentResult(sentiment: SentimentClass.allCases[best], confidence: probabilities[best]))
    }

    // MARK: explaining

    /// The features that push hardest towards a theme: how a suggestion is made, in words.
    public func topFeatures(forLabel label: Int, count: Int = 15) -> [(feature: String, weight: Float)] {
        (1..<vocabulary.count)
            .filter { vocabulary.blocks[$0] != .char }
            .map { (vocabulary.name($0), svm.weight(feature: $0, label: label)) }
            .sorted { $0.1 > $1.1 }
            .prefix(count)
            .map { (feature: $0.0, weight: $0.1) }
    }
}

extension ThemeModel.Analysis: Codable {}

/// Runs `transform` for each element on all cores, keeping the order.
func concurrentMap<T: Sendable>(_ range: Range<Int>, _ transform: @Sendable (Int) -> T) -> [T] {
    let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: range.count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    nonisolated(unsafe) let output = results
    DispatchQueue.concurrentPerform(iterations: range.count) { offset in
        output[offset] = transform(range.lowerBound + offset)
    }
    return results.map { $0! }
}
