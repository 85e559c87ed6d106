import Foundation

/// Finding people's names: after a title ("Dr Patel", "Nurse Sarah"), after
/// words that introduce one ("my name is", "a nurse called"), capitalised
/// words on the name lists with a following capitalised surname, a capitalised
/// word before a listed surname ("Kwame Mensah"), and given names written in
/// lower case ("my neighbour bernadette", "spoke to priyanka patel").
extension Redactor {
    private static let wordPattern = regex(#"\p{L}[\p{L}'\-]*\.?"#)

    func names(in text: String) -> [(PersonalDataKind, NSRange)] {
        let source = text as NSString
        let words = Self.matches(Self.wordPattern, in: text).map { range -> (String, NSRange) in
            var word = source.substring(with: range)
            var range = range
            if word.hasSuffix(".") { word.removeLast(); range.length -= 1 }
            return (word, range)
        }
        var found: [NSRange] = []
        let textIsLowerCase = text == text.lowercased()
        var index = 0
        while index < words.count {
            let (word, _) = words[index]
            let lower = word.lowercased()
            let previous = index > 0 ? words[index - 1].0.lowercased() : ""
            let gapBefore = index > 0 ? gap(between: words[index - 1].1, and: words[index].1, in: source) : ""

            // 1. A title followed by a capitalised name: "Dr Patel", "Nurse Sarah Jones".
            if NameLists.titles.contains(lower), word.first?.isUppercase == true || lower == "dr" {
                if let span = nameSpan(startingAt: index + 1, in: words, source: source, afterTitle: true) {
                    found.append(span.range)
                    index = span.next
                    continue
                }
            }
            // 2. Words that introduce a name: "my name is Jo", "a nurse called Priya", "named Tom".
            let introduced =
                (previous == "is" && index >= 3 && words[index - 3].0.lowercased() == "my"
                    && words[index - 2].0.lowercased() == "name")
                || previous == "called" || previous == "named" || previous == "name's"
                || introducesName(at: index, in: words)
            // "My daughter, Saoirse, ...": a relation, a comma, then the name.
            let appositive =
                gapBefore == ", " && NameLists.nameIntroducers.contains(previous)
                && !["thanks", "thank", "to"].contains(previous)
            if (introduced && gapBefore.allSatisfy({ $0 == " " })) || appositive, isCapitalisedName(word) {
                if let span = nameSpan(startingAt: index, in: words, source: source, afterTitle: !appositive) {
                    found.append(span.range)
                    index = span.next
                    continue
                }
            }
            // 3. A name from the lists (or one given by the project), with its surname if it has one.
            if isCapitalisedName(word) && (NameLists.isGivenName(lower) || extraNames.contains(lower)) {
                if let span = nameSpan(startingAt: index, in: words, source: source, afterTitle: false) {
                    found.append(span.range)
                    index = span.next
                    continue
                }
            }
            // An initial and a surname: "R. Okafor", "J Smith".
            if word.count == 1, word.first?.isUppercase == true, index + 1 < words.count, isCapitalisedName(words[index + 1].0),
                [". ", " "].contains(gap(between: words[index].1, and: words[index + 1].1, in: source)),
                !NameLists.neverNames.contains(words[index + 1].0.lowercased())
            {
                found.append(NSUnionRange(words[index].1, words[index + 1].1))
                index += 2
                continue
            }
            // 4. In a list with a name: "Tanya and Bola", "Kemi, Lucy and Dan".
            if isCapitalisedName(word), index > 0, !found.isEmpty,
                listContinues(after: found.last!, to: index, in: words, source: source)
            {
                if let span = nameSpan(startingAt: index, in: words, source: source, afterTitle: false) {
                    found.append(span.range)
                    index = span.next
                    continue
                }
            }
            // 5. An everyday word that is also a name counts only with a surname: "Grace Obi", not "Grace".
            if isCapitalisedName(word) && NameLists.isAmbiguousGivenName(lower), index + 1 < words.count,
                isCapitalisedName(words[index + 1].0), !NameLists.neverNames.contains(words[index + 1].0.lowercased()),
                gap(between: words[index].1, and: words[index + 1].1, in: source) == " ",
                !followedByPlace(index + 1, in: words, source: source)
            {
                found.append(NSUnionRange(words[index].1, words[index + 1].1))
                index += 2
                continue
            }
            // 6. A capitalised word before a listed surname: "Kwame Mensah", "Ifeoma Nwosu" (not "Royal Durham",
            //    nor a plural such as "two Hospitals Sunderland": given names rarely end in s, and those that do are listed).
            if isCapitalisedName(word), !NameLists.isEverydayWord(lower), !lower.hasSuffix("s"), index + 1 < words.count,
                NameLists.listedSurnames.contains(words[index + 1].0.lowercased()), isCapitalisedName(words[index + 1].0),
                gap(between: words[index].1, and: words[index + 1].1, in: source) == " ",
                !followedByPlace(index + 1, in: words, source: source)
            {
                found.append(NSUnionRange(words[index].1, words[index + 1].1))
                index += 2
                continue
            }
            // 7. A given name in lower case, after a word that introduces one or before a surname,
            //    or anywhere in a text written all in lower case: "my neighbour bernadette", "tomasz kowalski".
            if let span = lowerCaseName(at: index, in: words, source: source, textIsLowerCase: textIsLowerCase) {
                found.append(span.range)
                index = span.next
                continue
            }
            index += 1
        }
        return found.map { (.name, $0) }
    }

    /// Words after which a lower-case given name is a name: "called kieran", "ask for morag", "my son jayden".
    private static let lowerCaseCues: Set<String> = NameLists.nameIntroducers.union([
        "called", "named", "for", "tell", "with", "by", "is", "was", "and", "saw", "see", "seen", "met", "ask", "asked",
        "spoke", "receptionist", "nurse", "doctor", "dr", "mrs", "mr", "miss", "ms",
    ])

    private func lowerCaseName(
        at index: Int, in words: [(String, NSRange)], source: NSString, textIsLowerCase: Bool
    )
        -> (range: NSRange, next: Int)?
    {
        let word = words[index].0
        guard word == word.lowercased(), word.count >= 3 else { return nil }
        let lower = word.lowercased()
        guard NameLists.isGivenName(lower), !NameLists.isEverydayWord(lower), !NameLists.neverNames.contains(lower) else {
            return nil
        }
        var end = index
        if index + 1 < words.count, gap(between: words[index].1, and: words[index + 1].1, in: source) == " " {
            let next = words[index + 1].0
            if next == next.lowercased(), NameLists.listedSurnames.contains(next) || NameLists.isGivenName(next),
                !NameLists.isEverydayWord(next)
            {
                end = index + 1
            }
        }
        let cued = index > 0 && Self.lowerCaseCues.contains(words[index - 1].0.lowercased())
        guard cued || end > index || textIsLowerCase else { return nil }
        return (NSUnionRange(words[index].1, words[end].1), end + 1)
    }

    private func followedByPlace(_ index: Int, in words: [(String, NSRange)], source: NSString) -> Bool {
        index + 1 < words.count && NameLists.placeWords.contains(words[index + 1].0.lowercased())
            && gap(between: words[index].1, and: words[index + 1].1, in: source) == " "
    }

    /// The name starting at `start`: one to three capitalised words separated by
    /// single spaces. Nil when the first word is not a name, or when the words
    /// name a place ("Dr Foster ward").
    private func nameSpan(
        startingAt start: Int, in words: [(String, NSRange)], source: NSString,
        afterTitle: Bool
    ) -> (range: NSRange, next: Int)? {
        guard start < words.count, isCapitalisedName(words[start].0) else { return nil }
        if start > 0 && afterTitle {
            // "Nurse-led": the title must be followed by a space, not a hyphen.
            let between = gap(between: words[start - 1].1, and: words[start].1, in: source)
            guard between == " " || between == ". " else { return nil }
        }
        var end = start
        while end + 1 < words.count, end - start < 2, isCapitalisedName(words[end + 1].0),
            gap(between: words[end].1, and: words[end + 1].1, in: source) == " "
        {
            // "Florence Nightingale Wing": a place named after a person, not the person.
            if NameLists.placeWords.contains(words[end + 1].0.lowercased()) { return nil }
            end += 1
        }
        if end + 1 < words.count, NameLists.placeWords.contains(words[end + 1].0.lowercased()),
            gap(between: words[end].1, and: words[end + 1].1, in: source) == " "
        {
            return nil
        }
        return (NSUnionRange(words[start].1, words[end].1), end + 1)
    }

    /// "my husband Clive", "Paramedics Gary", "thanks to Kemi": the word before introduces a name,
    /// and for relations "my", "our" or "her" comes before that.
    private func introducesName(at index: Int, in words: [(String, NSRange)]) -> Bool {
        guard index > 0 else { return false }
        let previous = words[index - 1].0.lowercased()
        guard NameLists.nameIntroducers.contains(previous) else { return false }
        if previous == "to" { return index >= 2 && ["thanks", "thank", "grateful"].contains(words[index - 2].0.lowercased()) }
        return true
    }

    /// Whether the words between the last name found and `index` are only ", " or " and ":
    /// the next capitalised word is then another name in the same list.
    private func listContinues(after last: NSRange, to index: Int, in words: [(String, NSRange)], source: NSString) -> Bool {
        let start = last.location + last.length
        let current = words[index].1
        guard current.location > start else { return false }
        let between = source.substring(with: NSRange(location: start, length: current.location - start))
        return between == ", " || between == " and " || between == " & " || between == ", and "
    }

    private func isCapitalisedName(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, word.count >= 2 else { return false }
        // All capitals is an acronym (NHS, GP, PTS), not a name.
        if word == word.uppercased() { return false }
        return !NameLists.neverNames.contains(word.lowercased())
    }

    private func gap(between a: NSRange, and b: NSRange, in source: NSString) -> String {
        let start = a.location + a.length
        guard b.location >= start else { return "" }
        return source.substring(with: NSRange(location: start, length: b.location - start))
    }
}
