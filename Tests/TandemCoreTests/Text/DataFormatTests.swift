@testable import TandemCore
import Testing

@Suite("CSV and the labelled-comment format")
struct DataFormatTests {
    @Test func quotedFieldsCommasAndLineBreaksAreRead() throws {
        let records = try CSVParser.records(in: "a,b\n\"x, y\",\"line one\nline two\"\n\"say \"\"hi\"\"\",z\n")
        #expect(records.map(\.fields) == [["a", "b"], ["x, y", "line one\nline two"], ["say \"hi\"", "z"]])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func feedingInPiecesGivesTheSameRecords() throws {
        let text = "id,text\n1,\"multi\nline\"\n2,plain\r\n3,last"
        var parser = CSVParser()
        var pieced: [CSVRecord] = []
        for byte in Array(text.utf8) { pieced += try parser.feed([byte]) }
        pieced += try parser.finish()
        #expect(pieced == (try CSVParser.records(in: text)))
    }

    @Test func anUnclosedQuoteNamesTheLineItStartedOn() {
        #expect(throws: CSVError(line: 2, reason: "a double-quoted field that is never closed")) {
            try CSVParser.records(in: "a,b\n\"open,b\nmore\n")
        }
    }

    @Test func aBadLabelValueNamesTheLine() {
        let text =
            "id,text,question,service,rating,sentiment,pii,Theme A,Theme B\n1,Good,what_good,111,1,1,0,1,0\n2,Bad,could_improve,111,5,5,0,2,0\n"
        #expect(throws: CSVError(line: 3, reason: "label column 'Theme A' must be 0 or 1, not '2'")) {
            try FFTDataset.parse(text)
        }
    }

    @Test func aMissingColumnNamesTheLine() {
        let text = "id,text,question,service,rating,sentiment,pii,Theme A\n1,Good,what_good,111,1,1,0\n"
        #expect(throws: CSVError(line: 2, reason: "expected 8 columns, found 7")) { try FFTDataset.parse(text) }
    }

    @Test func rowsCarryContextLabelsAndThreeWaySentiment() throws {
        let text =
            "id,text,question,service,rating,sentiment,pii,A,B\n1,Good,what_good,111,1,2,0,1,0\n2,Meh,nonspecific,PTS,3,,0,0,1\n"
        let data = try FFTDataset.parse(text)
        #expect(data.labels == ["A", "B"])
        #expect(data.rows[0].labels == [true, false] && data.rows[0].sentiment == .positive)
        #expect(data.rows[0].comment.context["question"] == "what_good")
        #expect(data.rows[1].sentiment == nil)
    }
}
