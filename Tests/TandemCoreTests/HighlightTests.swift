import Testing

@testable import TandemCore

@Suite struct HighlightTests {
    @Test func marksEachWordTheSearchMatchedWhateverItsEnding() {
        let segments = Highlight.segments("I waited hours; the Waiting room was full.", terms: ["waiting"])
        #expect(segments.filter(\.isMatch).map(\.text) == ["waited", "Waiting"])
        #expect(segments.map(\.text).joined() == "I waited hours; the Waiting room was full.")
    }

    @Test func leavesOtherWordsAndShortTermsAlone() {
        #expect(Highlight.segments("Waitrose is a shop", terms: ["wait"]).filter(\.isMatch).isEmpty)
        #expect(Highlight.segments("A to B", terms: ["a"]) == [.init("A to B", isMatch: false)])
        #expect(Highlight.segments("Nothing here", terms: []) == [.init("Nothing here", isMatch: false)])
        #expect(Highlight.segments("pharmacist pharmacy", terms: ["pharmacy"]).filter(\.isMatch).map(\.text) == ["pharmacy"])
    }
}
