import Foundation

/// The library's rules: a resource's address (its slug), when its review is due,
/// and what it needs before it can be published.
public enum ResourceRules {
    /// A resource is looked at again this long after publishing unless its maker says otherwise.
    public static let defaultReviewMonths = 24

    /// The address words for a title: lower case letters and digits joined by single dashes,
    /// at most 80 characters, cut at a word. "Running your PPG's AGM (2026)" → "running-your-ppgs-agm-2026".
    public static func slug(_ title: String) -> String {
        var words: [String] = []
        var current = ""
        for character in title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                current.append(character)
            } else if character == "'" || character == "’" {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        var slug = ""
        for word in words {
            let next = slug.isEmpty ? word : slug + "-" + word
            if next.count > 80 { break }
            slug = next
        }
        return slug.isEmpty ? "resource" : slug
    }

    /// The slug not yet taken: the title's, then "-2", "-3" ...
    public static func uniqueSlug(_ title: String, taken: Set<String>) -> String {
        let base = slug(title)
        guard taken.contains(base) else { return base }
        var number = 2
        while taken.contains("\(base)-\(number)") { number += 1 }
        return "\(base)-\(number)"
    }

    /// Whether a slug could be one Tandem made (so an address can be looked up without surprises).
    public static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 90
            && text.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }

    /// A published resource whose review date has passed needs a coordinator to look at it again.
    public static func reviewOverdue(reviewOn: Date?, status: ResourceStatus, today: Date) -> Bool {
        guard status == .published, let reviewOn else { return false }
        return reviewOn < today
    }

    /// What stops a resource being published, in words; empty when it can be.
    public static func publishingProblems(hasFile: Bool, hasLink: Bool, hasPermission: Bool) -> [String] {
        var problems: [String] = []
        if !hasFile && !hasLink { problems.append("Upload its file or give its web address") }
        if !hasPermission { problems.append("Say whose permission there is to share it") }
        return problems
    }

    /// The calendar month a download is counted in, as "2026-11".
    public static func month(of date: Date) -> String {
        let parts = CalendarDate.civil(date)
        return String(format: "%04d-%02d", parts.year, parts.month)
    }

    /// How a file's size is shown beside it: "420 KB", "3.1 MB".
    public static func size(_ bytes: Int) -> String {
        if bytes < 1_000 { return "\(bytes) bytes" }
        if bytes < 1_000_000 { return "\(Int((Double(bytes) / 1_000).rounded())) KB" }
        let megabytes = Double(bytes) / 1_000_000
        return megabytes < 10 ? String(format: "%.1f MB", megabytes) : "\(Int(megabytes.rounded())) MB"
    }
}
