import Fluent
import TandemCore
import Vapor

/// A project's measures: what it counts over time, shown as SPC charts so the
/// team can see whether a change made a real difference.
enum MeasureController {
    struct PhaseInput: Content {
        /// A point that starts a new calculation, or "none" to clear them all.
        var from: String?
    }

    static func list(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.viewProject)
        return try await renderList(req, project: project, ref: ref, input: MeasureForm(), errors: FormErrors())
    }

    static func create(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.contributeEvidence)
        let form = try req.content.decode(MeasureForm.self)
        let valid: MeasureForm.Valid
        switch form.validate() {
        case .failure(let errors):
            return try await renderList(req, project: project, ref: ref, input: form, errors: errors, status: .badRequest)
        case .success(let value): valid = value
        }
        let measure = Measure(
            projectID: try project.requireID(), name: valid.name, unit: valid.unit, direction: valid.direction,
            target: valid.target, details: valid.details)
        try await measure.create(on: req.db)
        try await req.flash("Measure added. Add its values to see the chart.")
        return req.seeOther(SiteURL.measure(.value(try measure.requireID())))
    }

    static func show(req: Request) async throws -> Response {
        let (measure, project, ref) = try await req.owned(Measure.self, Permission.viewProject)
        return try await renderMeasure(
            req, measure: measure, project: project, ref: ref, input: MeasurePointsForm(), errors: FormErrors())
    }

    /// Adds or corrects values from typed or pasted lines: all of them or none.
    static func addPoints(req: Request) async throws -> Response {
        let (measure, project, ref) = try await req.owned(Measure.self, Permission.contributeEvidence)
        let form = try req.content.decode(MeasurePointsForm.self)
        let entries: [MeasureDataLines.Entry]
        switch form.validate() {
        case .failure(let errors):
            return try await renderMeasure(
                req, measure: measure, project: project, ref: ref, input: form, errors: errors, status: .badRequest)
        case .success(let value): entries = value
        }
        let measureID = try measure.requireID()
        try await req.db.transaction { db in
            let existing = try await MeasurePoint.query(on: db).filter(\.$measure.$id == measureID).all()
            let byPeriod = Dictionary(existing.map { ($0.period, $0) }, uniquingKeysWith: { first, _ in first })
            for entry in entries {
                if let point = byPeriod[entry.period] {
                    point.value = entry.value
                    if !entry.note.isEmpty { point.annotation = entry.note }
                    try await point.save(on: db)
                } else {
                    try await MeasurePoint(measureID: measureID, period: entry.period, value: entry.value, annotation: entry.note)
                        .create(on: db)
                }
            }
        }
        try await req.flash(entries.count == 1 ? "1 value saved" : "\(entries.count) values saved")
        return req.seeOther(SiteURL.measure(.value(measureID)))
    }

    /// Starts a new calculation of the mean and limits from a chosen value, or clears them all.
    static func recalculate(req: Request) async throws -> Response {
        let (measure, _, _) = try await req.owned(Measure.self, Permission.contributeEvidence)
        let input = try req.content.decode(PhaseInput.self)
        let measureID = try measure.requireID()
        if input.from == "none" {
            try await MeasurePoint.query(on: req.db).filter(\.$measure.$id == measureID).set(\.$startsPhase, to: false).update()
            try await req.flash("The limits are worked out from all the values again")
        } else {
            guard let pointID = input.from.flatMap(UUID.init(uuidString:)),
                let point = try await MeasurePoint.query(on: req.db).filter(\.$id == pointID).filter(\.$measure.$id == measureID)
                    .first()
            else { throw AppError.badRequest("Choose the value the new calculation starts from") }
            point.startsPhase = true
            try await point.save(on: req.db)
            try await req.flash("The limits are now worked out again from \(CalendarDate.long(point.period))")
        }
        return req.seeOther(SiteURL.measure(.value(measureID)))
    }

    static func points(of measureID: UUID, on db: any Database) async throws -> [MeasurePoint] {
        try await MeasurePoint.query(on: db).filter(\.$measure.$id == measureID).sort(\.$period).all()
    }

    /// Every measure's points in one query, not one query a measure.
    static func pointsByMeasure(_ measures: [Measure], on db: any Database) async throws -> [UUID: [MeasurePoint]] {
        let all = try await MeasurePoint.query(on: db).filter(\.$measure.$id ~~ measures.compactMap(\.id)).sort(\.$period).all()
        return Dictionary(grouping: all, by: \.$measure.id)
    }

    static func chartData(_ measure: Measure, points: [MeasurePoint]) -> SPCChartData {
        let starts = points.indices.filter { points[$0].startsPhase }
        return SPCChartData(
            title: measure.name, unit: measure.unit,
            chart: XmRChart(
                values: points.map(\.value), direction: measure.direction, target: measure.target, recalculateFrom: starts),
            periods: points.map(\.period), notes: points.map(\.annotation))
    }

    private static func renderList(
        _ req: Request, project: Project, ref: ProjectRef, input: MeasureForm, errors: FormErrors,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await listModel(
            project: project, ref: ref, input: input, errors: errors, viewer: try req.requireUser().viewer, on: req.db)
        return MeasureListPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    static func listModel(
        project: Project, ref: ProjectRef, input: MeasureForm, errors: FormErrors, viewer: Viewer, on db: any Database
    ) async throws -> MeasureListPage.Model {
        let measures = try await Measure.query(on: db).filter(\.$project.$id == project.requireID()).sort(\.$name).all()
        let pointsByMeasure = try await pointsByMeasure(measures, on: db)
        let rows = try measures.map { measure in
            let data = chartData(measure, points: pointsByMeasure[try measure.requireID()] ?? [])
            return MeasureListPage.Row(
                id: try measure.requireID(), name: measure.name, values: data.chart.points.count,
                variation: data.chart.points.isEmpty ? nil : data.chart.variation, assurance: data.chart.assurance)
        }
        return MeasureListPage.Model(
            header: try await ProjectController.header(project, on: db), measures: rows,
            canAdd: viewer.can(.contributeEvidence(ref)), input: input, errors: errors)
    }

    private static func renderMeasure(
        _ req: Request, measure: Measure, project: Project, ref: ProjectRef, input: MeasurePointsForm,
        errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await measureModel(
            measure: measure, project: project, ref: ref, input: input, errors: errors, viewer: try req.requireUser().viewer,
            on: req.db)
        return MeasurePage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    static func measureModel(
        measure: Measure, project: Project, ref: ProjectRef, input: MeasurePointsForm, errors: FormErrors, viewer: Viewer,
        on db: any Database
    ) async throws -> MeasurePage.Model {
        let points = try await points(of: measure.requireID(), on: db)
        return MeasurePage.Model(
            header: try await ProjectController.header(project, on: db), id: try measure.requireID(), name: measure.name,
            details: measure.details, unit: measure.unit, direction: measure.direction, target: measure.target,
            chart: chartData(measure, points: points),
            points: points.map { .init(id: $0.id!, period: $0.period, startsPhase: $0.startsPhase) },
            canEdit: viewer.can(.contributeEvidence(ref)), input: input, errors: errors)
    }
}
