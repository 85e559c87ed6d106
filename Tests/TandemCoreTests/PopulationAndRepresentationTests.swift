import Foundation
import Testing

@testable import TandemCore

@Suite struct PopulationFileTests {
    /// The five-year file's published layout, with the rows a real file carries that are not practices or are totals.
    static let fiveYear = """
        PUBLICATION,EXTRACT_DATE,ORG_TYPE,ORG_CODE,ONS_CODE,POSTCODE,SEX,AGE_GROUP_5,NUMBER_OF_PATIENTS
        GP_PRAC_PAT_LIST,01APR2026,Comm Region,Y56,E40000003,,ALL,ALL,9999999
        GP_PRAC_PAT_LIST,01APR2026,ICB,QMJ,E54000027,,ALL,ALL,99999
        GP_PRAC_PAT_LIST,01APR2026,GP,A81001,,TS18 1HU,ALL,ALL,4210
        GP_PRAC_PAT_LIST,01APR2026,GP,A81001,,TS18 1HU,FEMALE,0_4,120
        GP_PRAC_PAT_LIST,01APR2026,GP,A81001,,TS18 1HU,MALE,0_4,130
        GP_PRAC_PAT_LIST,01APR2026,GP,A81001,,TS18 1HU,FEMALE,20_24,200
        GP_PRAC_PAT_LIST,01APR2026,GP,A81001,,TS18 1HU,FEMALE,25_29,300
        GP_PRAC_PAT_LIST,01APR2026,GP,A81001,,TS18 1HU,MALE,30_34,250
        GP_PRAC_PAT_LIST,01APR2026,GP,A81001,,TS18 1HU,MALE,95+,7
        GP_PRAC_PAT_LIST,01APR2026,GP,A81002,,TS18 2AW,FEMALE,85_89,40
        """

    @Test func theFiveYearFileIsReadByItsHeaderAndSkipsTotalsAndOtherOrganisations() throws {
        let reader = try PopulationReader.read(Self.fiveYear)
        #expect(reader.detail == .fiveYear && reader.skippedRows == 3)
        let practice = try #require(reader.practices["A81001"])
        #expect(practice.total == 1_007 && practice.extractDate == CalendarDate.date(year: 2026, month: 4, day: 1))
        #expect(AgeBands.bands(practice.byAge(), detail: .fiveYear) == ["25_34": 550, "85_plus": 7])
        #expect(practice.bySex() == [.female: 620, .male: 387])
        #expect(reader.practices["A81002"].map { AgeBands.bands($0.byAge(), detail: .fiveYear) } == ["85_plus": 40])
    }

    @Test func singleYearsAreRebandedExactlyIntoTandemsBands() throws {
        let file = """
            PUBLICATION,EXTRACT_DATE,TYPE,CCG_CODE,ONS_CCG_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS
            GP_PRAC_PAT_LIST,2026-04-01,GP,00K,E38000162,A81001,TS18 1HU,MALE,15,10
            GP_PRAC_PAT_LIST,2026-04-01,GP,00K,E38000162,A81001,TS18 1HU,MALE,16,11
            GP_PRAC_PAT_LIST,2026-04-01,GP,00K,E38000162,A81001,TS18 1HU,MALE,24,12
            GP_PRAC_PAT_LIST,2026-04-01,GP,00K,E38000162,A81001,TS18 1HU,MALE,25,13
            GP_PRAC_PAT_LIST,2026-04-01,GP,00K,E38000162,A81001,TS18 1HU,MALE,84,14
            GP_PRAC_PAT_LIST,2026-04-01,GP,00K,E38000162,A81001,TS18 1HU,MALE,95+,15
            GP_PRAC_PAT_LIST,2026-04-01,GP,00K,E38000162,A81001,TS18 1HU,MALE,ALL,75
            """
        let practice = try #require(try PopulationReader.read(file).practices["A81001"])
        #expect(practice.detail == .singleYear)
        #expect(AgeBands.bands(practice.byAge(), detail: .singleYear) == ["16_24": 23, "25_34": 13, "75_84": 14, "85_plus": 15])
        #expect(AgeBands.comparable(.fiveYear).first == "25_34")
        #expect(AgeBands.comparable(.singleYear).first == "16_24")
    }

    @Test func oneBadRowStopsTheReadAndNamesItsLine() {
        let bad = Self.fiveYear.replacingOccurrences(of: "MALE,30_34,250", with: "MALE,30_34,two hundred")
        #expect(
            throws: PopulationReader.Problem(
                line: 9, reason: "The number of patients is \u{201C}two hundred\u{201D}, not a whole number.")
        ) {
            try PopulationReader.read(bad)
        }
        #expect(throws: PopulationReader.Problem.self) {
            try PopulationReader.read(Self.fiveYear.replacingOccurrences(of: "25_29", with: "25_31"))
        }
    }

    @Test func aMissingColumnIsNamedWithTheSpellingsAccepted() {
        let noCount = "EXTRACT_DATE,ORG_CODE,SEX,AGE_GROUP_5\n01APR2026,A81001,MALE,0_4\n"
        do {
            _ = try PopulationReader.read(noCount)
            Issue.record("a file without a count column must be refused")
        } catch let problem as PopulationReader.Problem {
            #expect(problem.description.contains("the number of patients (NUMBER_OF_PATIENTS or NUMBER or PATIENTS)"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

@Suite struct RepresentationTests {
    @Test func theIndexOfDissimilarityOnWorkedExamples() throws {
        // Members 20% / 80% against patients 50% / 50%: 30 members in a hundred would have to move.
        #expect(
            abs(
                try #require(Representation.indexOfDissimilarity(members: ["a": 2, "b": 8], population: ["a": 50, "b": 50])) - 30)
                < 1e-9)
        #expect(Representation.indexOfDissimilarity(members: ["a": 5, "b": 5], population: ["a": 500, "b": 500]) == 0)
        #expect(Representation.indexOfDissimilarity(members: ["a": 6], population: ["b": 900]) == 100)
        #expect(Representation.indexOfDissimilarity(members: [:], population: ["a": 1]) == nil)
    }

    @Test func theMostUnderRepresentedGroupsAreNamedWithSmallCountsHidden() {
        let population = ["25_34": 260, "65_74": 200, "75_84": 140, "45_54": 400]
        let members = ["65_74": 6, "75_84": 3, "45_54": 2]
        let gaps = Representation.underRepresented(members: members, population: population)
        #expect(gaps.map(\.group) == ["25_34", "45_54"])
        #expect(
            Representation.sentence(gaps[0], groupLabel: "Patients aged 25 to 34")
                == "Patients aged 25 to 34: 26% of the practice; 0 of 11 members")
        #expect(gaps[1].members == .small, "2 members is hidden")
        #expect(
            Representation.underRepresented(members: ["65_74": 4], population: population).isEmpty,
            "fewer than 5 members: nothing listed")
        #expect(
            Representation.unknown(3) == .small && Representation.unknown(0) == .count(0)
                && Representation.unknown(7) == .count(7))
    }
}

/// Members against patients, one question at a time, with unknown answers and small numbers.
@Suite struct MemberComparisonTests {
    let patients = [
        "16_24": 1_300, "25_34": 1_300, "35_44": 1_000, "45_54": 1_000, "55_64": 1_000, "65_74": 2_400, "75_84": 2_000,
    ]

    @Test func unknownAnswersAreCountedApartAndFewerThanFiveAnswersAreNotCompared() {
        let few = MemberComparison.compare(
            "Age", answers: ["65_74", "65_74", nil, "prefer_not_to_say", "75_84", "75_84"], population: patients,
            label: MemberComparison.ageLabel)
        #expect(few.answered == 4 && few.index == nil && few.sentences.isEmpty)
        #expect(few.unknown == .small)
    }

    @Test func theMostUnderRepresentedGroupsAreNamedWithTheirShares() {
        let answers: [String?] = Array(repeating: "65_74", count: 6) + Array(repeating: "75_84", count: 5) + [nil, "under_16"]
        let result = MemberComparison.compare("Age", answers: answers, population: patients, label: MemberComparison.ageLabel)
        #expect(result.answered == 11)  // the child is outside the compared bands
        #expect(result.unknown == .small)
        #expect(result.sentences.first == "Patients aged 16 to 24: 13% of the practice; 0 of 11 members")
        // Members 6/11 and 5/11 in two bands against 24% and 20%: index = 100% - 24% - 20% = 56%.
        #expect(abs(result.index! - 56) < 0.01)
        let likeness = MemberComparison.likeness([result], populationKnown: true)
        #expect(likeness.index == result.index && likeness.underRepresented.count == 3)
    }

    @Test func ethnicGroupsAreComparedByTheirCensusHeadings() {
        #expect(MemberComparison.broadEthnicGroup("asian_pakistani") == "Asian or Asian British")
        let population = MemberComparison.broadEthnicPopulation(["white_british": 70, "white_other": 5, "asian_pakistani": 25])
        #expect(population == ["White": 750, "Asian or Asian British": 250])
    }
}
