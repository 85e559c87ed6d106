import Foundation
@testable import TandemCore
import Testing

@Suite("Personal-data redaction")
struct RedactionTests {
    @Test(arguments: ["9434765919", "943 476 5919", "943-476-5919", "4010232137"])
    func validNHSNumbersPassTheCheckDigit(number: String) {
        #expect(NHSNumber.isValid(number))
    }

    @Test(arguments: ["9434765918", "1234567890", "943476591", "94347659190", "943x476x5919"])
    func invalidNHSNumbersFail(number: String) {
        #expect(!NHSNumber.isValid(number))
    }

    @Test func aCheckDigitOfTenIsNeverValid() {
        // 1,2,3,4,5,6,7,8,9 weighted 10..2 sums to 240; 11 - 240 % 11 = 2, so change the last to force 10:
        // 0000000010 sums to 2; 11 - 2 = 9 → valid with 9. 0000000060: 6*2 = 12 → 11 - 1 = 10 → invalid whatever follows.
        for last in 0...9 { #expect(!NHSNumber.isValid("000000006\(last)")) }
    }

    @Test func findingsHaveTypesAndCharacterRanges() {
        let text = "Call Dr Patel on 07700 900123 about NHS 943 476 5919."
        let result = Redactor().redact(text)
        #expect(result.redacted == "Call Dr [name] on [phone] about NHS [NHS number].")
        #expect(result.findings.map(\.kind) == [.name, .phone, .nhsNumber])
        let source = text as NSString
        for finding in result.findings {
            #expect(source.substring(with: NSRange(location: finding.start, length: finding.end - finding.start)) == finding.text)
        }
    }

    @Test func jobTitlesServiceNamesAndAppointmentDatesStay() {
        for text in [
            "The Dr Foster ward was clean.", "The Nurse-led clinic was quick.", "Seen on Friday 12 May.",
            "I was on ward 7B.", "The nurse and the doctor listened.", "I rang 111 at 10:30.",
        ] {
            #expect(Redactor().redact(text).redacted == text, "\(text)")
        }
    }

    @Test func contactDetailsAloneCanBeTakenOutKeepingNames() {
        let text = "Mrs Quigley said call me on 07700 900123 or email bq@example.org, NHS number 943 476 5919, 14 Elm Road."
        #expect(
            Redactor().redactContactDetails(text)
                == "Mrs Quigley said call me on [phone] or email [email], NHS number [NHS number], [address]")
    }

    @Test func extraNamesFromTheProjectAreRedacted() {
        #expect(Redactor(extraNames: ["Zephyrine"]).redact("Zephyrine helped me").redacted == "[name] helped me")
    }

    @Test func theCommittedCasesMeetTheTargets() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("redaction/cases.csv")
        let records = try CSVParser.records(in: String(contentsOf: path, encoding: .utf8)).dropFirst()
        #expect(records.count >= 150)
        var removed = 0, toRemove = 0, kept = 0, toKeep = 0
        var kindsCovered = Set<PersonalDataKind>()
        for record in records {
            let result = Redactor().redact(record.fields[0])
            kindsCovered.formUnion(result.findings.map(\.kind))
            for item in record.fields[1].split(separator: "|") {
                toRemove += 1; if !result.redacted.contains(item) { removed += 1 }
            }
            for item in record.fields[2].split(separator: "|") { toKeep += 1; if result.redacted.contains(item) { kept += 1 } }
        }
        let recall = Double(removed) / Double(toRemove), keepRate = Double(kept) / Double(toKeep)
        #expect(recall >= 0.95, "recall \(recall)")
        #expect(keepRate >= 0.90, "keep rate \(keepRate)")
        #expect(kindsCovered == Set(PersonalDataKind.allCases), "every kind appears in the cases")
    }

    /// Names with no title or cue, and names in lower case, with places and services that must stay:
    /// `names_cases.csv` was written before the name rules were widened, `names_holdout.csv` after
    /// them and run once (bench/README.md has both runs).
    @Test(arguments: ["names_cases.csv", "names_holdout.csv"])
    func namesWithoutTitlesOrCapitalsAreFoundAndPlacesStay(file: String) throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("redaction/\(file)")
        let records = try CSVParser.records(in: String(contentsOf: path, encoding: .utf8)).dropFirst()
        var removed = 0, toRemove = 0, kept = 0, toKeep = 0
        for record in records {
            let redacted = Redactor().redact(record.fields[0]).redacted
            for item in record.fields[1].split(separator: "|") { toRemove += 1; if !redacted.contains(item) { removed += 1 } }
            for item in record.fields[2].split(separator: "|") { toKeep += 1; if redacted.contains(item) { kept += 1 } }
        }
        #expect(records.count >= 30)
        #expect(Double(removed) / Double(toRemove) >= 0.9, "recall \(removed) of \(toRemove)")
        #expect(Double(kept) / Double(toKeep) >= 0.95, "kept \(kept) of \(toKeep)")
    }

    /// Patterns run only on text with what they need (an @, enough digits): that must never change what is found.
    @Test func runningOnlyThePatternsATextCanMatchFindsTheSame() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var texts: [String] = []
        for file in ["cases.csv", "holdout.csv", "holdout2.csv", "names_cases.csv", "names_holdout.csv"] {
            let records = try CSVParser.records(
                in: String(contentsOf: folder.appendingPathComponent("redaction/\(file)"), encoding: .utf8))
            texts += records.dropFirst().map { $0.fields[0] }
        }
        texts += [
            "Call ٠٧٧٠٠ ٩٠٠١٢٣ today", "Flat 2, 14 Elm Road", "born 3/4/56", "ref 12345", "SW1A 1AA", "a@b.co",
            "NI AB 12 34 56 C",
        ]
        #expect(texts.count > 300)
        for text in texts {
            #expect(
                Redactor().find(in: text, names: true, gated: true) == Redactor().find(in: text, names: true, gated: false),
                "\(text)")
        }
    }
}
