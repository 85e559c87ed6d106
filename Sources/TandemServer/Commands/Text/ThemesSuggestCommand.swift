import Foundation
import TandemCore
import Vapor

/// `tandem themes suggest [--model FILE]`: one comment per line in, one JSON line out.
/// Without a model, suggestions come from the built-in codebook's phrases and
/// sentiment from the rule-based fallback.
struct ThemesSuggestCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "model", help: "A model saved by `tandem themes train` (default: the built-in codebook)")
        var model: String?
        init() {}
    }

    var help: String { "Suggests themes and sentiment for each line of standard input, as JSON lines" }

    struct Line: Encodable {
        struct Theme: Encodable {
            let theme: String
            let confidence: Float
            let because: [String]?
        }
        let text: String
        let source: String
        let themes: [Theme]
        let sentiment: String
        let sentimentConfidence: Float

        enum CodingKeys: String, CodingKey {
            case text, source, themes, sentiment
            case sentimentConfidence = "sentiment_confidence"
        }
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let model = try signature.model.map { try ThemeModel.load(from: URL(fileURLWithPath: $0)) }
        let predictor = model.map { ThemeModel.Predictor(model: $0) }
        let rules = KeywordSuggester()
        let encoder = JSONEncoder()
        while let text = readLine(strippingNewline: true) {
            let line: Line
            if let predictor {
                let analysis = predictor.analyse(CommentInput(text: text))
                line = Line(
                    text: text, source: "model",
                    themes: analysis.themes.map { .init(theme: $0.label, confidence: $0.confidence, because: nil) },
                    sentiment: analysis.sentiment.sentiment.rawValue, sentimentConfidence: analysis.sentiment.confidence)
            } else {
                let sentiment = RuleBasedSentiment.classify(text)
                line = Line(
                    text: text, source: "codebook",
                    themes: rules.suggest(text).map { .init(theme: $0.theme, confidence: $0.confidence, because: $0.because) },
                    sentiment: sentiment.sentiment.rawValue, sentimentConfidence: sentiment.confidence)
            }
            print(String(decoding: try encoder.encode(line), as: UTF8.self))
        }
    }
}

/// `tandem themes train --train FILE --save MODEL`
struct ThemesTrainCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "train", help: "Labelled comments (CSV)")
        var train: String?
        @Option(name: "save", help: "Where to save the model")
        var save: String?
        init() {}
    }

    var help: String { "Trains a theme and sentiment model on labelled comments and saves it" }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let trainPath = signature.train, let savePath = signature.save else {
            throw CommandFailure("Give --train FILE and --save MODEL")
        }
        let data = try readDataset(trainPath)
        let start = DispatchTime.now()
        let model = ThemeModel.train(data.rows, labels: data.labels)
        try model.save(to: URL(fileURLWithPath: savePath))
        context.console.print(
            "Trained on \(data.rows.count) comments in \(format(seconds(since: start))) s; saved to \(savePath).")
    }
}

/// `tandem themes explain (--model FILE | --train FILE) [--theme NAME] [--top N]`
struct ThemesExplainCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "model", help: "A saved model")
        var model: String?
        @Option(name: "train", help: "Or: labelled comments to train on first")
        var train: String?
        @Option(name: "theme", help: "Only this theme (default: all)")
        var theme: String?
        @Option(name: "top", help: "How many words per theme (default 10)")
        var top: Int?
        init() {}
    }

    var help: String { "Shows the words and phrases that count most towards each theme" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let model: ThemeModel
        if let path = signature.model {
            model = try ThemeModel.load(from: URL(fileURLWithPath: path))
        } else if let path = signature.train {
            let data = try readDataset(path)
            model = ThemeModel.train(data.rows, labels: data.labels)
        } else {
            throw CommandFailure("Give --model FILE or --train FILE")
        }
        let wanted = model.labels.indices.filter {
            signature.theme == nil || model.labels[$0].lowercased() == signature.theme!.lowercased()
        }
        guard !wanted.isEmpty else { throw CommandFailure("No theme is called \(signature.theme ?? "")") }
        for label in wanted {
            let features = model.topFeatures(forLabel: label, count: signature.top ?? 10)
            context.console.print("\(model.labels[label]) (\(model.labelCounts[label]) examples):")
            context.console.print(
                "  "
                    + features.map { "\($0.feature.trimmingCharacters(in: .whitespaces)) \(String(format: "%.2f", $0.weight))" }
                    .joined(separator: ", "))
        }
    }
}
