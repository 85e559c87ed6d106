import Foundation
import TandemCore
import Vapor

/// `tandem themes benchmark --model FILE --comments FILE [--seconds N]`: how many
/// comments a second one core classifies (themes and sentiment), measured by
/// classifying the file's comments over and over for a few seconds.
struct ThemesBenchmarkCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "model", help: "A saved model")
        var model: String?
        @Option(name: "comments", help: "A labelled CSV whose comments to classify")
        var comments: String?
        @Option(name: "seconds", help: "How long to run (default 3)")
        var seconds: Double?
        init() {}
    }

    var help: String { "Measures prediction speed on one core, in comments a second" }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let modelPath = signature.model, let commentsPath = signature.comments else {
            throw CommandFailure("Give --model FILE and --comments FILE")
        }
        let model = try ThemeModel.load(from: URL(fileURLWithPath: modelPath))
        let comments = try readDataset(commentsPath).rows.map(\.comment)
        let predictor = ThemeModel.Predictor(model: model)
        var assigned = [Bool](repeating: false, count: model.labels.count)
        let budget = signature.seconds ?? 3
        var classified = 0
        var checksum = 0
        let start = DispatchTime.now()
        while seconds(since: start) < budget {
            for comment in comments {
                let sentiment = predictor.assign(comment, into: &assigned)
                checksum &+= assigned.filter { $0 }.count &+ SentimentClass.allCases.firstIndex(of: sentiment)!
            }
            classified += comments.count
        }
        let elapsed = seconds(since: start)
        context.console.print(
            #"{"comments_per_second":\#(Int(Double(classified) / elapsed)),"comments":\#(classified),"seconds":\#(format(elapsed)),"checksum":\#(checksum)}"#
        )
    }
}
