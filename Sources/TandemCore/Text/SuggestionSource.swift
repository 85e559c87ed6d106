/// Where theme suggestions come from: the built-in codebook's phrases until
/// enough comments have been coded to train, then the trained model.
public enum SuggestionSource: Sendable, Equatable {
    case codebookRules
    case trainedModel

    /// Coded comments needed before a model is trained and trusted.
    public static let minimumCodedComments = 100
    /// A theme needs this many examples for the model to learn it.
    public static let minimumExamplesPerTheme = 5

    public static func choose(codedComments: Int, themesWithEnoughExamples: Int) -> SuggestionSource {
        codedComments >= minimumCodedComments && themesWithEnoughExamples >= 2 ? .trainedModel : .codebookRules
    }
}
