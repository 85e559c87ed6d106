import Plot
import Vapor

/// 404, 403, 500 and the rest, in the same style as every other page.
enum ErrorPage {
    static func render(status: HTTPResponseStatus, message: String, context: PageContext) -> String {
        let (title, advice) = wording(status, message)
        return Layout.page(
            title: title, context: context,
            .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    Blocks.heading(title),
                    .group(advice.map { Blocks.paragraph($0) }),
                    .p(link("Go to the Tandem home page", href: SiteURL.home.path))))
        ).render()
    }

    private static func wording(_ status: HTTPResponseStatus, _ message: String) -> (String, [String]) {
        switch status.code {
        case 404:
            return (
                "Page not found",
                [
                    "If you typed the web address, check it is correct.",
                    "If you pasted the web address, check you copied the entire address.",
                    "If you followed a link, the page may have moved, or you may not have access to it.",
                ]
            )
        case 403:
            if message == AppError.invalidCSRFToken.reason {
                return (
                    "Your form could not be sent",
                    [
                        "This can happen if the form was open for a long time, or you signed in or out in another tab.",
                        "Go back, reload the page and try again. Nothing was changed.",
                    ]
                )
            }
            return (
                "You do not have access to this page",
                [
                    "Your account does not allow you to see or change this.",
                    "If you think you should have access, ask a Tandem admin in your organisation.",
                ]
            )
        case 429:
            return (
                "Too many attempts to sign in",
                [
                    "You have tried to sign in too many times with this email address.",
                    "Wait 15 minutes and try again. If you have forgotten your password, ask a Tandem admin to set a new one.",
                ]
            )
        case 400..<500:
            return ("There is a problem with your request", [message])
        default:
            return (
                "Sorry, there is a problem with the service",
                [
                    "Try again later. Nothing you entered has been lost if you go back.",
                    "The problem has been recorded for the team to look at.",
                ]
            )
        }
    }
}
