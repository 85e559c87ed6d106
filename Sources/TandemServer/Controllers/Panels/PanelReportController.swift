import Fluent
import TandemCore
import Vapor

/// A panel's yearly report: its reviews, influence, changed plans, involvement before and after,
/// usefulness and members' time.
enum PanelReportController {
    static func show(req: Request) async throws -> Response {
        let (panel, _) = try await req.panel(Permission.workOnPanel)
        let thisYear = Calendar.utc.component(.year, from: Date())
        let year = (try? req.query.get(Int.self, at: "year")).flatMap { (2000...thisYear).contains($0) ? $0 : nil } ?? thisYear
        let report = try await PanelReports.year(year, panel: panel, on: req.db)
        let model = PanelReportPage.Model(panelID: panel.savedID, panelName: panel.name, thisYear: thisYear, report: report)
        return PanelReportPage.render(model, context: try await PageContext.make(req, section: .panels)).response()
    }
}
