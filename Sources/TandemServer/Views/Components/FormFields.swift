import Plot
import TandemCore

/// NHS.UK form fields. Each takes the field's current value (what was typed,
/// when the form comes back with errors) and its error message, if any.
enum FormField {
    static func hidden(_ name: String, _ value: String) -> Markup {
        voidElement("input", [.value("type", "hidden"), .value("name", name), .value("value", value)])
    }

    static func csrf(_ token: String) -> Markup { hidden("_csrf", token) }

    /// Written with `HTMLFragment`, as `select` is: most forms and every filter
    /// bar are made of these, and Plot nodes for each part cost more than the page's data.
    static func text(
        _ id: String, label: String, value: String?, error: String? = nil, hint: String? = nil,
        type: String = "text", width: String? = nil, autocomplete: String? = nil,
        spellcheck: Bool? = nil, inputmode: String? = nil, labelSize: String? = nil,
        name: String? = nil
    ) -> Markup {
        var html = HTMLFragment(capacity: 640)
        html.formGroup(error: error) { html in
            html.label(id, label, size: labelSize)
            html.hint(id, hint)
            html.errorMessage(id, error)
            html.void(
                "input",
                (
                    "class",
                    ["nhsuk-input", width.map { "nhsuk-input--width-\($0)" }, error == nil ? nil : "nhsuk-input--error"]
                        .compactMap { $0 }.joined(separator: " ")
                ),
                ("id", id), ("name", name ?? id), ("type", type), ("value", value ?? ""),
                ("autocomplete", autocomplete), ("inputmode", inputmode),
                ("spellcheck", spellcheck.map { $0 ? "true" : "false" }),
                ("aria-describedby", describedBy(id, hint: hint, error: error)))
        }
        return html.node
    }

    /// A text box of several lines; with `maxLength`, the NHS.UK character count tells people
    /// how much room is left as they type (and the limit is said in words without JavaScript).
    static func textarea(
        _ id: String, label: String, value: String?, error: String? = nil, hint: String? = nil, rows: Int = 5,
        maxLength: Int? = nil, name: String? = nil
    ) -> Markup {
        let parts: [Markup] = [
            labelElement(id, label),
            hintElement(id, hint),
            errorMessage(id, error),
            element(
                "textarea",
                .classes(
                    "nhsuk-textarea", maxLength == nil ? nil : "nhsuk-js-character-count",
                    error == nil ? nil : "nhsuk-textarea--error"),
                .attr("id", id), .attr("name", name ?? id), .attr("rows", String(rows)),
                .attr("aria-describedby", describedBy(id, hint: hint, error: error, info: maxLength != nil)),
                .plain(value ?? "")),
        ]
        guard let maxLength else { return group(id, error: error, parts) }
        return .div(
            .classes("nhsuk-form-group nhsuk-character-count", error == nil ? nil : "nhsuk-form-group--error"),
            .attr("data-module", "nhsuk-character-count"), .attr("data-maxlength", String(maxLength)),
            .group(parts),
            .div(
                .class("nhsuk-hint nhsuk-character-count__message"), .id("\(id)-info"),
                .plain("You can enter up to \(maxLength.commaGrouped) characters")))
    }

    /// A file chooser, for an `uploadForm`.
    static func file(
        _ id: String, label: String, error: String? = nil, hint: String? = nil, accept: String? = nil, labelSize: String? = nil
    ) -> Markup {
        var html = HTMLFragment(capacity: 640)
        html.formGroup(error: error) { html in
            html.label(id, label, size: labelSize)
            html.hint(id, hint)
            html.errorMessage(id, error)
            html.void(
                "input", ("class", "tandem-file-input"), ("id", id), ("name", id), ("type", "file"), ("accept", accept),
                ("aria-describedby", describedBy(id, hint: hint, error: error)))
        }
        return html.node
    }

    struct Option: Sendable {
        let value: String
        let label: String
        var hint: String? = nil
    }

    static func select(
        _ id: String, label: String, options: [Option], selected: String?, error: String? = nil,
        hint: String? = nil, blankLabel: String? = nil, name: String? = nil
    ) -> Markup {
        let all = (blankLabel.map { [Option(value: "", label: $0)] } ?? []) + options
        var html = HTMLFragment(capacity: 512 + 64 * all.count)
        html.formGroup(error: error) { html in
            html.label(id, label)
            html.hint(id, hint)
            html.errorMessage(id, error)
            html.element(
                "select", ("class", error == nil ? "nhsuk-select" : "nhsuk-select nhsuk-select--error"), ("id", id),
                ("name", name ?? id), ("aria-describedby", describedBy(id, hint: hint, error: error))
            ) { html in
                for option in all {
                    html.element(
                        "option", ("value", option.value), ("selected", option.value == (selected ?? "") ? "selected" : nil)
                    ) { $0.text(option.label) }
                }
            }
        }
        return html.node
    }

    /// A select inside a table cell: no form group or visible label; `label` is read by screen
    /// readers (a grid's row and column say the rest to sighted people).
    static func cellSelect(_ name: String, label: String, options: [Option], selected: String?) -> Markup {
        var html = HTMLFragment(capacity: 128 + 64 * options.count)
        html.element("select", ("class", "nhsuk-select"), ("name", name), ("aria-label", label)) { html in
            for option in options {
                html.element("option", ("value", option.value), ("selected", option.value == (selected ?? "") ? "selected" : nil))
                {
                    $0.text(option.label)
                }
            }
        }
        return html.node
    }

    /// Radios: choose one. `legend` is the question.
    static func radios(
        _ id: String, legend: String, options: [Option], selected: String?, error: String? = nil,
        hint: String? = nil, inline: Bool = false, small: Bool = false, name: String? = nil
    ) -> Markup {
        choices(
            kind: "radios", name: name ?? id, id: id, legend: legend, options: options,
            isChecked: { $0 == selected }, error: error, hint: hint,
            modifier: inline ? "nhsuk-radios--inline" : (small ? "nhsuk-radios--small" : nil))
    }

    /// Checkboxes: choose any. Values arrive as `name[]`.
    static func checkboxes(
        _ id: String, legend: String, options: [Option], selected: Set<String>, error: String? = nil,
        hint: String? = nil, small: Bool = false
    ) -> Markup {
        choices(
            kind: "checkboxes", name: "\(id)[]", id: id, legend: legend, options: options,
            isChecked: { selected.contains($0) }, error: error, hint: hint,
            modifier: small ? "nhsuk-checkboxes--small" : nil)
    }

    private static func choices(
        kind: String, name: String, id: String, legend: String, options: [Option],
        isChecked: (String) -> Bool, error: String?, hint: String?, modifier: String?
    ) -> Markup {
        group(
            id, error: error,
            [
                element(
                    "fieldset",
                    .class("nhsuk-fieldset"), .attr("aria-describedby", describedBy(id, hint: hint, error: error)),
                    element("legend", .class("nhsuk-fieldset__legend nhsuk-fieldset__legend--s"), .plain(legend)),
                    hintElement(id, hint),
                    errorMessage(id, error),
                    items(kind: kind, name: name, id: id, options: options, isChecked: isChecked, modifier: modifier)
                )
            ])
    }

    /// The choices themselves, written with `HTMLFragment`: a codebook can list
    /// dozens, and a Plot node for each part of each one cost more than the rest of the page.
    private static func items(
        kind: String, name: String, id: String, options: [Option], isChecked: (String) -> Bool,
        modifier: String?
    ) -> Markup {
        var html = HTMLFragment(capacity: 512 * max(1, options.count))
        html.element(
            "div", ("class", ["nhsuk-\(kind)", modifier].compactMap { $0 }.joined(separator: " ")),
            ("data-module", "nhsuk-\(kind)")
        ) { html in
            for (index, option) in options.enumerated() {
                // The first input carries the field's own id, so the error summary can link to it.
                let inputID = index == 0 ? id : "\(id)-\(index + 1)"
                html.element("div", ("class", "nhsuk-\(kind)__item")) { html in
                    html.void(
                        "input", ("class", "nhsuk-\(kind)__input"), ("id", inputID), ("name", name),
                        ("type", kind == "radios" ? "radio" : "checkbox"), ("value", option.value),
                        ("checked", isChecked(option.value) ? "checked" : nil),
                        ("aria-describedby", option.hint == nil ? nil : "\(inputID)-item-hint"))
                    html.element("label", ("class", "nhsuk-label nhsuk-\(kind)__label"), ("for", inputID)) {
                        $0.text(option.label)
                    }
                    if let hint = option.hint {
                        html.element("div", ("class", "nhsuk-hint nhsuk-\(kind)__hint"), ("id", "\(inputID)-item-hint")) {
                            $0.text(hint)
                        }
                    }
                }
            }
        }
        return html.node
    }

    /// A date as three boxes (day, month, year), as the NHS.UK design system asks.
    static func date(
        _ id: String, legend: String, value: DateParts, error: String? = nil, hint: String? = nil
    ) -> Markup {
        func box(_ part: String, _ label: String, _ value: String, width: String) -> Markup {
            // The day box carries the field's own id, so the error summary can link to it.
            let inputID = part == "day" ? id : "\(id)-\(part)"
            return .div(
                .class("nhsuk-date-input__item"),
                .div(
                    .class("nhsuk-form-group"),
                    element("label", .class("nhsuk-label nhsuk-date-input__label"), .attr("for", inputID), .plain(label)),
                    voidElement(
                        "input",
                        [
                            .value(
                                "class",
                                "nhsuk-input nhsuk-date-input__input nhsuk-input--width-\(width)\(error == nil ? "" : " nhsuk-input--error")"
                            ),
                            .value("id", inputID), .value("name", "\(id)-\(part)"),
                            .value("type", "text"), .value("inputmode", "numeric"), .value("value", value),
                        ])
                )
            )
        }
        return group(
            id, error: error,
            [
                element(
                    "fieldset",
                    .class("nhsuk-fieldset"), .attr("role", "group"),
                    .attr("aria-describedby", describedBy(id, hint: hint, error: error)),
                    element("legend", .class("nhsuk-fieldset__legend nhsuk-fieldset__legend--s"), .plain(legend)),
                    hintElement(id, hint),
                    errorMessage(id, error),
                    .div(
                        .class("nhsuk-date-input"),
                        box("day", "Day", value.day, width: "2"),
                        box("month", "Month", value.month, width: "2"),
                        box("year", "Year", value.year, width: "4")
                    )
                )
            ])
    }

    // MARK: parts

    private static func group(_ id: String, error: String?, _ content: [Markup]) -> Markup {
        .div(.classes("nhsuk-form-group", error == nil ? nil : "nhsuk-form-group--error"), .group(content))
    }

    private static func labelElement(_ id: String, _ text: String, size: String? = nil) -> Markup {
        var html = HTMLFragment(capacity: 128)
        html.label(id, text, size: size)
        return html.node
    }

    private static func hintElement(_ id: String, _ hint: String?) -> Markup {
        var html = HTMLFragment(capacity: 128)
        html.hint(id, hint)
        return html.node
    }

    private static func errorMessage(_ id: String, _ error: String?) -> Markup {
        var html = HTMLFragment(capacity: 160)
        html.errorMessage(id, error)
        return html.node
    }

    private static func describedBy(_ id: String, hint: String?, error: String?, info: Bool = false) -> String? {
        let ids = [info ? "\(id)-info" : nil, hint == nil ? nil : "\(id)-hint", error == nil ? nil : "\(id)-error"]
            .compactMap { $0 }
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }
}

/// A date as typed into the three boxes, kept as text so that a mistyped date
/// comes back to the person exactly as they typed it.
/// The parts every NHS.UK form field shares, written straight to HTML.
extension HTMLFragment {
    /// The field's `nhsuk-form-group`, marked when the field has an error.
    mutating func formGroup(error: String?, content: (inout HTMLFragment) -> Void) {
        element(
            "div", ("class", error == nil ? "nhsuk-form-group" : "nhsuk-form-group nhsuk-form-group--error"), content: content)
    }

    mutating func label(_ id: String, _ text: String, size: String? = nil) {
        element("label", ("class", size.map { "nhsuk-label nhsuk-label--\($0)" } ?? "nhsuk-label"), ("for", id)) { $0.text(text) }
    }

    mutating func hint(_ id: String, _ hint: String?) {
        guard let hint else { return }
        element("div", ("class", "nhsuk-hint"), ("id", "\(id)-hint")) { $0.text(hint) }
    }

    mutating func errorMessage(_ id: String, _ error: String?) {
        guard let error else { return }
        element("span", ("class", "nhsuk-error-message"), ("id", "\(id)-error")) {
            $0.element("span", ("class", "nhsuk-u-visually-hidden")) { $0.text("Error: ") }
            $0.text(error)
        }
    }
}
