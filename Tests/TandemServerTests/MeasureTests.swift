import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Measures and their SPC charts")
struct MeasureTests {
    @Test func aTeamMemberAddsAMeasureItsValuesAndARecalculation() async throws {
        try await withTandem { app in
            // given a patient partner on a project's team
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let maggie = try await Fixtures.person(of: partnerUser, on: app.db)
            let project = try await Fixtures.project(organisation: trust, team: [(maggie, .patientPartner)], on: app.db)
            let id = project.id!
            #expect(try await partner.get(SiteURL.project(.value(id), .measures).path).body.string.contains("No measures yet"))

            // when a measure is added without a direction, then with one
            let refused = try await partner.post(
                SiteURL.project(.value(id), .measures).path, [("name", "Days waiting for medicines"), ("unit", "days")])
            #expect(
                refused.status == .badRequest && refused.body.string.contains("Choose whether higher or lower values are better"))
            let made = try await partner.post(
                SiteURL.project(.value(id), .measures).path,
                [
                    ("name", "Days waiting for medicines"), ("unit", "days"), ("direction", "lower"), ("target", "3"),
                ])
            #expect(made.status == .seeOther)
            let measure = try #require(try await Measure.query(on: app.db).first())
            #expect(measure.direction == .lowerIsBetter && measure.target == 3)
            let page = try #require(made.location)

            // then values with one bad line save nothing and name the line
            let bad = try await partner.post("\(page)/points", [("data", "03/11/2026, 5\nyesterday, 4")])
            #expect(bad.status == .badRequest && bad.body.string.contains("Line 2: \"yesterday\" is not a date"))
            #expect(try await MeasurePoint.query(on: app.db).count() == 0)

            // and twenty weeks of values, the last eight lower after a change, are charted
            let weeks = (0..<20).map { week -> String in
                let date = Calendar(identifier: .gregorian).date(
                    byAdding: .day, value: 7 * week, to: CalendarDate.date(year: 2026, month: 6, day: 1)!)!
                let value = week < 12 ? [6, 7, 5, 6, 8, 6, 7, 5, 6, 7, 6, 7][week] : [3, 4, 3, 2, 3, 4, 3, 3][week - 12]
                return
                    "\(CalendarDate.parts(of: date).day)/\(CalendarDate.parts(of: date).month)/\(CalendarDate.parts(of: date).year), \(value)"
                    + (week == 12 ? ", New discharge leaflet" : "")
            }
            let saved = try await partner.post("\(page)/points", [("data", weeks.joined(separator: "\n"))])
            #expect(saved.status == .seeOther)
            #expect(try await MeasurePoint.query(on: app.db).count() == 20)
            let chart = try await partner.get(page).body.string
            #expect(chart.contains("<svg") && chart.contains("Show as a table") && chart.contains("New discharge leaflet"))
            // Eight low values in a row after the change: a shift, good news when lower is better.
            #expect(chart.contains(VariationIcon.improvingLow.label))

            // when the limits are recalculated from the change
            let points = try await MeasureController.points(of: measure.requireID(), on: app.db)
            let recalculated = try await partner.post("\(page)/phases", [("from", points[12].id!.uuidString)])
            #expect(recalculated.status == .seeOther)
            // then the new process is judged on its own: no special cause, and a target of 3 is hit and miss
            let after = try await partner.get(page).body.string
            #expect(after.contains(VariationIcon.commonCause.label) && after.contains(AssuranceIcon.hitAndMiss.label))

            // and correcting a period changes its value rather than adding another
            _ = try await partner.post("\(page)/points", [("data", weeks[0].replacingOccurrences(of: ", 6", with: ", 9"))])
            #expect(try await MeasurePoint.query(on: app.db).count() == 20)
            #expect(try await MeasureController.points(of: measure.requireID(), on: app.db)[0].value == 9)
        }
    }

    @Test func onlyTheTeamAddsValuesAndOtherOrganisationsStaffSeeNothing() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let other = try await Fixtures.organisation("Southfield Community Trust", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let measure = Measure(
                projectID: project.id!, name: "Complaints", unit: "complaints", direction: .lowerIsBetter,
                target: nil, details: "")
            try await measure.create(on: app.db)
            let page = SiteURL.measure(.value(measure.id!)).path
            let (partner, _) = try await Fixtures.signedIn(.partner, app: app)
            #expect(try await partner.get(page).status == .notFound)
            let (outsider, _) = try await Fixtures.signedIn(.staff, organisation: other, app: app)
            #expect(try await outsider.get(page).status == .notFound)
            #expect(try await outsider.post("\(page)/points", [("data", "03/11/2026, 4")]).status == .notFound)
            #expect(try await MeasurePoint.query(on: app.db).count() == 0)
        }
    }
}
