/// A part of a whole as people read it: a whole-number percentage.
///
/// The whole is what the figure is a share *of*, chosen by the caller and said on
/// the page: for themes, the comments coded (a comment can have several themes,
/// so theme shares need not add up to 100%), never the sum of the bars drawn.
public enum Share {
    /// "27%" for 55 of 207; "-" when there is no whole; "less than 1%" rather than a
    /// misleading "0%" for a part that is there.
    public static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "-" }
        let exact = Double(part) / Double(whole) * 100
        if part > 0 && exact < 0.5 { return "less than 1%" }
        return "\(Int(exact.rounded()))%"
    }
}
