import Plot
import Vapor

extension HTML {
    /// The page as an HTTP response.
    func response(_ status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: render()))
    }
}

extension Response {
    /// A text file to download (a CSV export, a calendar entry), with the name it is saved as.
    static func download(_ text: String, type: HTTPMediaType, fileName: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = type
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(fileName)\"")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }

    /// CSV as spreadsheets read it.
    static let csv = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
}

extension Request {
    /// Sends the browser to another page after a form was handled (303, so a
    /// reload does not send the form again).
    func seeOther(_ url: SiteURL) -> Response { redirect(to: url.path, redirectType: .normal) }
    func seeOther(_ path: String) -> Response { redirect(to: path, redirectType: .normal) }
}

extension Optional where Wrapped == String {
    /// The value trimmed, or nil when there is nothing left.
    var nonBlank: String? {
        guard let text = self?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }
}
