/// "1 comment", "2,500 comments": a number with its noun, in the right form.
func counted(_ number: Int, _ one: String, _ many: String) -> String {
    number == 1 ? "1 \(one)" : "\(number.commaGrouped) \(many)"
}
