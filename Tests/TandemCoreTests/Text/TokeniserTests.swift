import TandemCore
import Testing

@Suite("Tokeniser")
struct TokeniserTests {
    @Test(arguments: [
        ("It wasn't clean", ["it", "was", "not", "clean"]),
        ("They didnt listen", ["they", "did", "not", "listen"]),
        ("I can't fault them", ["i", "can", "not", "fault", "them"]),
        ("Won\u{2019}t go back", ["will", "not", "go", "back"]),
        ("They're lovely", ["they", "are", "lovely"]),
        ("The staff's attitude", ["the", "staff", "attitude"]),
        ("cant complain", ["can", "not", "complain"]),
    ])
    func negationAndContractionsAreOpenedUp(text: String, expected: [String]) {
        #expect(Tokeniser.words(text) == expected)
    }

    @Test func repeatedLettersAreSqueezedAndPunctuationDropped() {
        #expect(Tokeniser.words("Sooooo gooood!!! Thank youuu") == ["soo", "good", "thank", "youu"])
    }

    @Test func numbersAndTimesAreNormalised() {
        #expect(
            Tokeniser.words("Waited 3hrs from 10:30 until 2pm, then 9.15") == [
                "waited", "3", "hrs", "from", "<time>", "until", "<time>", "then", "<time>",
            ])
        #expect(Tokeniser.words("call 07700900123 or 111") == ["call", "<longnum>", "or", "111"])
    }

    @Test func unicodeIsLowerCasedAndMisspellingsAreLeftAlone() {
        #expect(
            Tokeniser.words("Café staff were ÉXCELLENT, recieved care") == [
                "café", "staff", "were", "éxcellent", "recieved", "care",
            ])
    }

    @Test func emptyAndSymbolOnlyTextGivesNoTokens() {
        #expect(Tokeniser.words("").isEmpty)
        #expect(Tokeniser.words(" -- !!! ").isEmpty)
    }
}
