import TandemCore
import Testing

@Suite("Disclosure control, pagination and the seeded generator")
struct StatisticsAndSupportTests {
    @Test func smallCountsAreHidden() {
        #expect(DisclosureControl.protect([12, 3, 20, 0, 7]).map(\.display)
                == ["12", "fewer than 5", "20", "0", "fewer than 5"])
    }

    @Test func aSingleHiddenCountIsProtectedByHidingTheNextSmallest() {
        // Hiding only the 3 would let it be worked out from the total of 40.
        let cells = DisclosureControl.protect([30, 3, 7])
        #expect(cells == [.count(30), .suppressed, .suppressed])
    }

    @Test func aTinyTotalHidesEverything() {
        #expect(DisclosureControl.protect([2, 1, 0]) == [.suppressed, .suppressed, .count(0)])
    }

    @Test func noSuppressionWhenAllCountsAreLarge() {
        #expect(DisclosureControl.protect([5, 9, 12]) == [.count(5), .count(9), .count(12)])
    }

    @Test func paginationClampsAndCounts() {
        let page = Pagination(page: 3, perPage: 25, totalItems: 60)
        #expect(page.offset == 50 && page.pageCount == 3 && !page.hasNext && page.hasPrevious)
        #expect(page.firstItemNumber == 51 && page.lastItemNumber == 60)
        #expect(Pagination(page: 99, perPage: 25, totalItems: 60).page == 3)
        #expect(Pagination(page: -2, perPage: 25, totalItems: 0).page == 1)
    }

    @Test func seededGeneratorRepeats() {
        var a = SeededGenerator(seed: 42), b = SeededGenerator(seed: 42)
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
    }
}
