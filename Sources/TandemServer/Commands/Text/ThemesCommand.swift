import Foundation
import TandemCore
import Vapor

/// `tandem themes evaluate|suggest|explain|train`: the text engine on the command line.
struct ThemesCommandGroup: AsyncCommandGroup {
    let commands: [String: any AnyAsyncCommand] = [
        "evaluate": ThemesEvaluateCommand(),
        "suggest": ThemesSuggestCommand(),
        "explain": ThemesExplainCommand(),
        "train": ThemesTrainCommand(),
        "benchmark": ThemesBenchmarkCommand(),
    ]
    var help: String { "Theme and sentiment classification of comments" }
}

/// Reads a labelled file, saying which file and line is wrong when it is.
func readDataset(_ path: String) throws -> FFTDataset {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw CommandFailure("\(path): cannot read the file")
    }
    do {
        return try FFTDataset.parse(String(decoding: data, as: UTF8.self))
    } catch let error as CSVError {
        throw CommandFailure("\(path) \(error.description)")
    }
}

struct ThemesEvaluateCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "train", help: "Labelled comments to learn from (CSV)")
        var train: String?
        @Option(name: "test", help: "Labelled comments to test on (CSV, same columns)")
        var test: String?
        @Option(name: "save", help: "Also save the trained model to this file")
        var save: String?
        @Flag(name: "verbose", help: "Also print precision, recall and F1 for each theme")
        var verbose: Bool
        @Option(
            name: "options",
            help: "Training options as key=value pairs separated by commas, e.g. c=0.5,folds=5,passes=20,char=2-5")
        var options: String?
        init() {}
    }

    var help: String { "Trains on one labelled file, predicts another, and prints the scores as JSON" }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let trainPath = signature.train, let testPath = signature.test else {
            throw CommandFailure("Give both --train FILE and --test FILE")
        }
        let train = try readDataset(trainPath)
        let test = try readDataset(testPath)
        guard train.labels == test.labels else {
            throw CommandFailure("\(testPath): its label columns differ from those of \(trainPath)")
        }

        let fitStart = DispatchTime.now()
        let model = ThemeModel.train(train.rows, labels: train.labels, options: try trainingOptions(signature.options))
        let fitSeconds = seconds(since: fitStart)

        let predictStart = DispatchTime.now()
        let predictor = ThemeModel.Predictor(model: model)
        var assigned = [Bool](repeating: false, count: train.labels.count)
        var predicted: [[Bool]] = []
        var sentiments: [SentimentClass] = []
        predicted.reserveCapacity(test.rows.count)
        for row in test.rows {
            sentiments.append(predictor.assign(row.comment, into: &assigned))
            predicted.append(assigned)
        }
        let predictSeconds = seconds(since: predictStart)

        if let path = signature.save { try model.save(to: URL(fileURLWithPath: path)) }

        let truth = test.rows.map(\.labels)
        let withSentiment = test.rows.indices.filter { test.rows[$0].sentiment != nil }
        let trueSentiment = withSentiment.map { test.rows[$0].sentiment! }
        let predictedSentiment = withSentiment.map { sentiments[$0] }
        let result: [(String, String)] = [
            ("micro_f1", format(ClassificationMetrics.microF1(truth: truth, predicted: predicted))),
            ("macro_f1", format(ClassificationMetrics.macroF1(truth: truth, predicted: predicted, minimumPositives: 5))),
            ("samples_f1", format(ClassificationMetrics.samplesF1(truth: truth, predicted: predicted))),
            ("sentiment_accuracy", format(ClassificationMetrics.accuracy(truth: trueSentiment, predicted: predictedSentiment))),
            ("sentiment_macro_f1", format(ClassificationMetrics.macroF1(truth: trueSentiment, predicted: predictedSentiment))),
            ("fit_seconds", format(fitSeconds)),
            ("predict_seconds", format(predictSeconds)),
            ("rows_train", String(train.rows.count)),
            ("rows_test", String(test.rows.count)),
        ]
        if signature.verbose {
            for (index, label) in train.labels.enumerated() {
                var tp = 0, fp = 0, fn = 0
                for (t, p) in zip(truth, predicted) {
                    if t[index] && p[index] { tp += 1 } else if p[index] { fp += 1 } else if t[index] { fn += 1 }
                }
                let precision = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
                let recall = tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn)
                let f1 = tp == 0 ? 0 : 2 * precision * recall / (precision + recall)
                context.console.print(
                    String(
                        format: "%5d train %5d test  P %.2f  R %.2f  F1 %.2f  ", model.labelCounts[index], tp + fn,
                        precision, recall, f1) + label)
            }
        }
        context.console.print(
            "Trained on \(train.rows.count) comments with \(train.labels.count) themes; \(model.featureCount) features.")
        context.console.print("{" + result.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}")
    }
}

func seconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

func format(_ value: Double) -> String { String(format: "%.4f", value) }

/// Reads training options such as "c=0.5,folds=4,char=3-5,passes=10" for experiments.
func trainingOptions(_ text: String?) throws -> ThemeModel.TrainingOptions {
    var options = ThemeModel.TrainingOptions()
    for pair in (text ?? "").split(separator: ",") {
        let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw CommandFailure("--options: '\(pair)' is not key=value") }
        let (key, value) = (parts[0], parts[1])
        func number() throws -> Double {
            guard let n = Double(value) else { throw CommandFailure("--options: \(key) must be a number") }
            return n
        }
        switch key {
        case "c": options.svm.c = Float(try number())
        case "passes": options.svm.maximumPasses = Int(try number())
        case "tolerance": options.svm.tolerance = Float(try number())
        case "folds": options.folds = Int(try number())
        case "shrinkage": options.shrinkage = Float(try number())
        case "retrain": options.retrainOnAll = value == "1" || value == "true"
        case "words":
            options.features.wordNgrams = Int(try number())
            guard (1...2).contains(options.features.wordNgrams) else { throw CommandFailure("--options: words must be 1 or 2") }
        case "char":
            let range = value.split(separator: "-").compactMap { Int($0) }
            guard range.count == 2 else { throw CommandFailure("--options: char must be like 2-5, or 0-0 for none") }
            options.features.charNgramMin = range[0]
            options.features.charNgramMax = range[1]
        case "mindf-word": options.features.minWordDocumentFrequency = Int(try number())
        case "mindf-char": options.features.minCharDocumentFrequency = Int(try number())
        case "charweight": options.features.charWeight = Float(try number())
        case "context":
            options.features.contextFields = value.isEmpty || value == "none" ? [] : value.split(separator: "+").map(String.init)
        case "contextweight": options.features.contextWeight = Float(try number())
        case "interaction": options.features.interactionField = value == "none" ? nil : value
        case "interactionweight": options.features.interactionWeight = Float(try number())
        case "sublinear": options.features.sublinearTF = value == "1" || value == "true"
        default: throw CommandFailure("--options: unknown option \(key)")
        }
    }
    return options
}
