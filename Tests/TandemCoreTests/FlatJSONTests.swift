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
}
