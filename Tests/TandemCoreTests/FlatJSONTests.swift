import Foundation
import TandemCore
import Testing

@Suite struct FlatJSONTests {
    @Test func readsWhatTandemWritesOnEitherDatabase() {
        #expect(FlatJSON.object(#"{"partnership":"met","pcn":"not_met"}"#) == ["partnership": "met", "pcn": "not_met"])
        // PostgreSQL writes jsonb back with spaces.
        #expect(FlatJSON.object(#"{"membership": 44, "pcn": 100}"#) == ["membership": "44", "pcn": "100"])
        #expect(FlatJSON.object("{}") == [:])
    }

    @Test func leavesAnythingElseToAGeneralDecoder() {
        #expect(FlatJSON.object(#"{"a":{"b":1}}"#) == nil)
        #expect(FlatJSON.object(#"{"a":"say \"hi\""}"#) == nil)
        #expect(FlatJSON.object(#"{"a":true}"#) == nil)
        #expect(FlatJSON.object(#"{"a":"b"} x"#) == nil)
        #expect(FlatJSON.object("null") == nil)
    }

    @Test func aFlatListOfStringsIsReadAndAnythingElseLeftToTheDecoder() {
        #expect(FlatJSON.strings(#"["Stroke","Young carer"]"#) == ["Stroke", "Young carer"])
        #expect(FlatJSON.strings(#" [ "a" , "b" ] "#) == ["a", "b"])
        #expect(FlatJSON.strings("[]") == [])
        #expect(FlatJSON.strings(#"["say \"hi\""]"#) == nil)
        #expect(FlatJSON.strings(#"["a",1]"#) == nil)
        #expect(FlatJSON.strings(#"["a"] x"#) == nil)
        #expect(FlatJSON.strings(#"{"a":"b"}"#) == nil)
        // Whatever it reads, a general decoder reads the same.
        for text in [#"["Stroke","Young carer","Type 2 diabetes"]"#, "[]", #"["één","😀"]"#] {
            #expect(FlatJSON.strings(text) == (try? JSONDecoder().decode([String].self, from: Data(text.utf8))))
        }
    }
}
