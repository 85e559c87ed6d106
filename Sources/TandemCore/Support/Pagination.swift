/// Which slice of a long list to show: page numbers start at 1.
public struct Pagination: Sendable, Equatable {
    public let page: Int
    public let perPage: Int
    public let totalItems: Int

    /// No list is longer than this many pages; a larger number in an address
    /// is read as "the last page" rather than multiplied into an offset.
    public static let largestPage = 1_000_000

    /// A page number as typed in an address: digits only, clamped to
    /// 1...`largestPage`, so that `Int.max`, `-1`, `1e99` or `abc` can never
    /// reach arithmetic. Anything that is not a whole number means page 1.
    public static func requestedPage(_ raw: String?) -> Int? {
        guard let raw, !raw.isEmpty, raw.count <= 40 else { return nil }
        let digits = raw.hasPrefix("-") ? raw.dropFirst() : Substring(raw)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if raw.hasPrefix("-") { return 1 }
        guard let number = Int(digits) else { return largestPage }  // more digits than an Int holds
        return min(max(1, number), largestPage)
    }

    public init(page requested: Int?, perPage: Int = 25, totalItems: Int) {
        self.perPage = max(1, perPage)
        self.totalItems = max(0, totalItems)
        let last = max(1, (self.totalItems + self.perPage - 1) / self.perPage)
        self.page = min(max(1, requested ?? 1), last)
    }

    public var pageCount: Int { max(1, (totalItems + perPage - 1) / perPage) }
    public var offset: Int { (page - 1) * perPage }
    public var hasPrevious: Bool { page > 1 }
    public var hasNext: Bool { page < pageCount }
    public var firstItemNumber: Int { totalItems == 0 ? 0 : offset + 1 }
    public var lastItemNumber: Int { min(offset + perPage, totalItems) }
}
