import Foundation
import Testing

@testable import TandemCore

@Suite struct ResourceRulesTests {
    @Test func slugsAreLowerCaseWordsJoinedByDashes() {
        #expect(ResourceRules.slug("Running your PPG's AGM (2026)") == "running-your-ppgs-agm-2026")
        #expect(ResourceRules.slug("  Café   co-production: a guide ") == "cafe-co-production-a-guide")
        #expect(ResourceRules.slug("!!!") == "resource")
        let long = ResourceRules.slug(String(repeating: "involvement ", count: 20))
        #expect(long.count <= 80 && !long.hasSuffix("-") && long.hasPrefix("involvement-involvement"))
    }

    @Test func aTakenSlugGetsTheNextNumber() {
        #expect(ResourceRules.uniqueSlug("PPG toolkit", taken: []) == "ppg-toolkit")
        #expect(ResourceRules.uniqueSlug("PPG toolkit", taken: ["ppg-toolkit", "ppg-toolkit-2"]) == "ppg-toolkit-3")
        #expect(ResourceRules.isSlug("ppg-toolkit-3"))
        #expect(!ResourceRules.isSlug("../etc/passwd") && !ResourceRules.isSlug("PPG") && !ResourceRules.isSlug(""))
    }

    @Test func onlyKnownFileTypesAreTakenAndPagesABrowserWouldRunNever() {
        #expect(ResourceFileType.of(fileName: "Slides.PPTX")?.label == "PowerPoint slides")
        #expect(ResourceFileType.of(fileName: "guide.pdf")?.mediaType == "application/pdf")
        for name in ["page.html", "page.htm", "logo.svg", "feed.xml", "run.js", "page.xhtml", "setup.exe", "noextension", ".pdf"]
        {
            #expect(ResourceFileType.of(fileName: name) == nil, "\(name) must be refused")
        }
        #expect(ResourceFileType.refusal(fileName: "logo.SVG").hasPrefix("A .svg file cannot go in the library"))
        #expect(ResourceFileType.refusal(fileName: "README").hasPrefix("A file without a type"))
    }

    @Test func downloadNamesKeepOnlySafeCharacters() {
        #expect(ResourceFileType.downloadName("PPG guide \"final\".pdf") == "PPG-guide--final-.pdf")
        #expect(ResourceFileType.downloadName("../../secret.pdf") == "secret.pdf")
        #expect(ResourceFileType.downloadName(".pdf") == "download.pdf")
    }

    @Test func reviewsAreOverdueOnlyForPublishedResourcesPastTheirDate() {
        let today = CalendarDate.date(year: 2026, month: 11, day: 29)!
        let past = CalendarDate.date(year: 2026, month: 1, day: 1)!
        #expect(ResourceRules.reviewOverdue(reviewOn: past, status: .published, today: today))
        #expect(!ResourceRules.reviewOverdue(reviewOn: past, status: .withdrawn, today: today))
        #expect(!ResourceRules.reviewOverdue(reviewOn: today, status: .published, today: today))
        #expect(!ResourceRules.reviewOverdue(reviewOn: nil, status: .published, today: today))
    }

    @Test func publishingNeedsAFileOrLinkAndPermission() {
        #expect(ResourceRules.publishingProblems(hasFile: true, hasLink: false, hasPermission: true).isEmpty)
        #expect(ResourceRules.publishingProblems(hasFile: false, hasLink: false, hasPermission: false).count == 2)
    }

    @Test func sizesAndMonthsReadAsPeopleSayThem() {
        #expect(ResourceRules.size(512) == "512 bytes")
        #expect(ResourceRules.size(420_400) == "420 KB")
        #expect(ResourceRules.size(3_140_000) == "3.1 MB")
        #expect(ResourceRules.size(48_600_000) == "49 MB")
        #expect(ResourceRules.month(of: CalendarDate.date(year: 2026, month: 3, day: 9)!) == "2026-03")
    }
}

@Suite struct TopicTagsTests {
    @Test func tagsAreSplitTrimmedAndKeptOnce() throws {
        #expect(try TopicTags.parse(" PPG  support, accessibility\nppg support,, ").get() == ["PPG support", "accessibility"])
        #expect(try TopicTags.parse(nil).get().isEmpty)
        #expect(TopicTags.text(["a", "b"]) == "a, b")
    }

    @Test func tooManyOrTooLongTagsAreRefusedInWords() {
        let many = (1...9).map { "topic \($0)" }.joined(separator: ",")
        #expect(throws: FieldProblem.self) { try TopicTags.parse(many).get() }
        #expect(throws: FieldProblem.self) { try TopicTags.parse(String(repeating: "x", count: 41)).get() }
    }
}

@Suite struct ResourceFileCheckTests {
    @Test func aMissingOrUnknownFileIsAProblemInWords() throws {
        #expect(throws: FieldProblem("Choose the file")) {
            try ResourceFileType.check(fileName: "", hasFile: false, missing: "Choose the file").get()
        }
        #expect(throws: FieldProblem.self) { try ResourceFileType.check(fileName: "x.svg", hasFile: true, missing: "").get() }
        #expect(try ResourceFileType.check(fileName: "x.pdf", hasFile: true, missing: "").get().label == "PDF")
    }
}
