import Foundation
import Plot
import TandemCore

/// The form that adds a member by email with their role and term, for panels and governance groups.
enum MemberTermFields {
    static func markup<Role>(
        action: String, form input: MemberTermForm<Role>, roles: [FormField.Option], errors: FormErrors, csrf: String
    ) -> Markup {
        .group(
            Blocks.heading("Add a member", level: 3, size: "s"),
            postForm(
                action: action, csrf: csrf,
                FormField.text(
                    "email", label: "Email address", value: input.email, error: errors["email"], type: "email",
                    autocomplete: "off", spellcheck: false),
                FormField.radios(
                    "role", legend: "Role", options: roles, selected: input.role, error: errors["role"], small: true),
                FormField.date(
                    "start", legend: "Term starts",
                    value: DateParts(day: input.startDay ?? "", month: input.startMonth ?? "", year: input.startYear ?? ""),
                    error: errors["start"]),
                FormField.date(
                    "end", legend: "Term ends (optional)",
                    value: DateParts(day: input.endDay ?? "", month: input.endMonth ?? "", year: input.endYear ?? ""),
                    error: errors["end"]),
                Buttons.submit("Add the member", style: .secondary)))
    }
}
