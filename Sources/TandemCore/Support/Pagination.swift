/// Which slice of a long list to show: page numbers start at 1.
public struct Pagination: Sendable, Equatable {
    public let page: Int
    public let perPage: Int
    public let totalItems: Int

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
