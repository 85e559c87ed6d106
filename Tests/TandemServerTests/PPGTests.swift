import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Patient Participation Groups: registry, directory, populations, health check")
struct PPGTests {
    /// An ICB with one PCN and two practices.
    struct World {
        let icb: Organisation
        let pcn: Organisation
        let practice: Organisation
        let other: Organisation
    }

    static func world(_ app: Application) async throws -> World {
        let icb = try await Fixtures.organisation("Northvale ICB", kind: .icb, ods: "QZZ", on: app.db)
        let pcn = try await Fixtures.organisation("Riverside PCN", kind: .pcn, ods: "U00001", parent: icb.id, on: app.db)
        let practice = try await Fixtures.organisation(
            "Market Street Surgery", kind: .gpPractice, ods: "A81001", parent: pcn.id, on: app.db)
        let other = try await Fixtures.organisation(
            "Oak Tree Surgery", kind: .gpPractice, ods: "A81002", parent: pcn.id, on: app.db)
        return World(icb: icb, pcn: pcn, practice: practice, other: other)
    }

    static let fiveYear = """
        PUBLICATION,EXTRACT_DATE,ORG_TYPE,ORG_CODE,ONS_CODE,POSTCODE,SEX,AGE_GROUP_5,NUMBER_OF_PATIENTS
        GP_PRAC_PAT_LIST,01APR2026,GP,A81001,E38000162,NV3 4AB,FEMALE,25_29,300
        GP_PRAC_PAT_LIST,01APR2026,GP,A81001,E38000162,NV3 4AB,MALE,25_29,300
        GP_PRAC_PAT_LIST,01APR2026,GP,A81001,E38000162,NV3 4AB,FEMALE,65_69,200
        GP_PRAC_PAT_LIST,01APR2026,GP,A81001,E38000162,NV3 4AB,MALE,70_74,200
        GP_PRAC_PAT_LIST,01APR2026,GP,A81001,E38000162,NV3 4AB,ALL,ALL,1000
        GP_PRAC_PAT_LIST,01APR2026,PCN,U00001,E38000162,NV3 4AB,ALL,ALL,9000
        GP_PRAC_PAT_LIST,01APR2026,GP,Y99999,E38000162,ZZ1 1ZZ,FEMALE,25_29,10
        """

    @Test func aCoordinatorAddsAPPGItsMembersAndAMeetingAndEachViewerSeesWhatTheyMay() async throws {
        try await withTandem { app in
            let world = try await Self.world(app)
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let lead = try await Fixtures.user("lead@example.org", role: .staff, organisation: world.practice, on: app.db)
            _ = lead
            let chair = try await Fixtures.user("chair@example.org", role: .partner, on: app.db)
            _ = try await coordinator.get(SiteURL.newPPG.path)
            let fields = [
                ("practice", world.practice.id!.lowercasedString), ("name", "Market Street Patient Group"), ("format", "hybrid"),
                ("frequency", "Every two months"), ("how-to-join", "Ask at reception or email the practice."),
            ]
            let refused = try await coordinator.post(SiteURL.ppgs.path, fields + [("lead", "nobody@example.org")])
            #expect(
                refused.status == .badRequest
                    && refused.body.string.contains("No one in Tandem has the address nobody@example.org"))
            #expect(refused.body.string.contains("value=\"Market Street Patient Group\""))
            #expect(try await coordinator.post(SiteURL.ppgs.path, fields + [("lead", "lead@example.org")]).status == .seeOther)
            let ppg = try #require(try await PPG.query(on: app.db).first())
            let page = SiteURL.ppg(.value(ppg.id!))
            // A second PPG for the same practice is refused.
            #expect(try await coordinator.post(SiteURL.ppgs.path, fields).body.string.contains("already has a PPG"))

            #expect(
                try await coordinator.post(
                    SiteURL.ppg(.value(ppg.id!), .members).path,
                    [("email", "chair@example.org"), ("kind", "core"), ("office", "chair")]
                ).status == .seeOther)
            let member = try #require(try await PPGMember.query(on: app.db).first())
            let roles = try await PersonRoleAssignment.query(on: app.db).filter(\.$person.$id == chair.$person.id).all().map(
                \.role)
            #expect(roles.contains(.ppgMember))
            #expect(
                try await AuditEntry.query(on: app.db).filter(\.$recordType == AuditRecordType.ppgMember.rawValue).count() == 1)

            // The chair records a meeting with who came, and an action.
            let chairBrowser = TestBrowser(app)
            try await chairBrowser.signIn("chair@example.org")
            let meetingFields = [
                ("kind", "ppg_meeting"), ("held-day", "2"), ("held-month", "11"), ("held-year", "2026"),
                ("present[]", member.id!.lowercasedString), ("staff", "2"), ("pcn[]", "yes"), ("notes", "Talked about phones."),
            ]
            let future = try await chairBrowser.post(
                SiteURL.ppg(.value(ppg.id!), .meetings).path,
                [("held-year", "2099")] + meetingFields.filter { $0.0 != "held-year" })
            #expect(future.status == .badRequest && future.body.string.contains("must be today or in the past"))
            #expect(try await chairBrowser.post(SiteURL.ppg(.value(ppg.id!), .meetings).path, meetingFields).status == .seeOther)
            let meeting = try #require(try await PPGMeeting.query(on: app.db).first())
            #expect(
                try await PPGAttendance.query(on: app.db).count() == 1 && meeting.pcnRepresentative && meeting.staffPresent == 2)
            #expect(
                try await chairBrowser.post(
                    SiteURL.ppg(.value(ppg.id!), .actions(.value(meeting.id!))).path,
                    [("text", "Publish the phone times"), ("owner", "Practice manager")]
                ).status == .seeOther)
            let overview = try await chairBrowser.get(page.path).body.string
            #expect(overview.contains("Publish the phone times") && overview.contains("Market Street Patient Group"))

            // The practice's staff see it and may run it; another practice's staff do not see it; the ICB's staff see it.
            let (practiceStaff, _) = try await Fixtures.signedIn(.staff, organisation: world.practice, app: app)
            #expect(try await practiceStaff.get(SiteURL.ppg(.value(ppg.id!), .edit).path).status == .ok)
            let (otherStaff, _) = try await Fixtures.signedIn(.staff, organisation: world.other, app: app)
            #expect(try await otherStaff.get(page.path).status == .notFound)
            #expect(!(try await otherStaff.get(SiteURL.ppgs.path).body.string.contains("Market Street Patient Group")))
            let (icbStaff, _) = try await Fixtures.signedIn(.staff, organisation: world.icb, app: app)
            #expect(try await icbStaff.get(page.path).status == .ok)
            #expect(try await icbStaff.get(SiteURL.ppg(.value(ppg.id!), .edit).path).status == .forbidden)
            let list = try await icbStaff.get(SiteURL.ppgs.path).body.string
            #expect(list.contains("Riverside PCN") && list.contains("Oak Tree Surgery") && list.contains("Market Street Surgery"))
            let csv = try await icbStaff.get(SiteURL.ppgsExport.path).body.string
            #expect(
                csv.contains(
                    "Riverside PCN,Market Street Surgery,A81001,Market Street Patient Group,Active,In person and online (hybrid),2026-11-02"
                ))
            #expect(csv.contains("Oak Tree Surgery,A81002,No PPG"))

            // A member who leaves is kept with the date; the status history keeps each change.
            #expect(
                try await coordinator.post(SiteURL.ppg(.value(ppg.id!), .status).path, [("status", "needs_support")]).status
                    == .badRequest)
            #expect(
                try await coordinator.post(
                    SiteURL.ppg(.value(ppg.id!), .status).path,
                    [("status", "needs_support"), ("reason", "The chair is stepping down")]
                ).status
                    == .seeOther)
            #expect(try await PPGStatusChange.query(on: app.db).count() == 2)
            #expect(try await coordinator.post(SiteURL.ppg(.value(ppg.id!), .leave(.value(member.id!))).path).status == .seeOther)
            #expect(try await PPGMember.find(member.id!, on: app.db)?.leftOn != nil)
        }
    }

    @Test func aVisitorFindsThePracticeByPostcodeDistrictAndAsksToJoinWhichReachesTheChairAndTheLead() async throws {
        try await withTandem { app in
            let world = try await Self.world(app)
            world.practice.postcode = "NV3 4AB"
            try await world.practice.save(.fixture, on: app.db)
            let lead = try await Fixtures.person("Priya Lead", email: "lead@example.org", on: app.db)
            let chair = try await Fixtures.person("Rita Chair", email: "chair@example.org", on: app.db)
            let ppg = PPG(
                practiceID: world.practice.id!, name: "Market Street Patient Group", meetingFormat: .online,
                meetingFrequency: "Monthly",
                startedOn: nil, howToJoin: "Email the practice.", status: .active, leadID: lead.id)
            try await PPGRegistry.create(ppg, by: nil, on: app.db)
            try await PPGMember(ppgID: ppg.id!, personID: chair.id!, kind: .core, office: .chair, joinedOn: Date()).save(
                .fixture, on: app.db)

            let visitor = TestBrowser(app)
            let found = try await visitor.get(SiteURL.ppgDirectory.path(query: [("q", "nv3")])).body.string
            #expect(found.contains("Market Street Surgery") && found.contains("Yes: online") && !found.contains("Oak Tree"))
            let byName = try await visitor.get(SiteURL.ppgDirectory.path(query: [("q", "oak")])).body.string
            #expect(byName.contains("Oak Tree Surgery") && byName.contains("Not yet"))
            let practicePage = SiteURL.ppgDirectoryPractice(.value(world.practice.id!)).path
            let page = try await visitor.get(practicePage).body.string
            #expect(page.contains("Email the practice.") && !page.contains("Rita Chair"), "no member is named publicly")

            let withoutConsent = try await visitor.post(practicePage, [("name", "Sam Visitor"), ("email", "sam@example.org")])
            #expect(withoutConsent.status == .badRequest && withoutConsent.body.string.contains("Tick the box"))
            #expect(withoutConsent.body.string.contains("value=\"sam@example.org\""))
            let sent = try await visitor.post(
                practicePage,
                [("name", "Sam Visitor"), ("email", "sam@example.org"), ("phone", "07700 900123"), ("consent[]", "yes")])
            #expect(sent.status == .seeOther)
            for person in [chair, lead] {
                let message = try #require(try await InboxMessage.query(on: app.db).filter(\.$person.$id == person.id!).first())
                #expect(message.subject == "Someone would like to join Market Street Patient Group")
                #expect(message.body.contains("sam@example.org") && message.body.contains("07700 900123"))
            }
            #expect(try await OutboxEmail.query(on: app.db).count() == 2)
            let visitorPerson = try #require(try await Person.query(on: app.db).filter(\.$email == "sam@example.org").first())
            #expect(try await ConsentRecord.query(on: app.db).filter(\.$person.$id == visitorPerson.id!).count() == 1)
        }
    }

    @Test func theFiveYearFileImportsForKnownPracticesAndListsTheRestAndABadRowImportsNothing() async throws {
        try await withTandem { app in
            let world = try await Self.world(app)
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            _ = try await coordinator.get(SiteURL.populations.path)
            let bad = Self.fiveYear.replacingOccurrences(of: "MALE,70_74,200", with: "MALE,70_74,two hundred")
            let refused = try await coordinator.upload(
                SiteURL.populations.path, field: "file", fileName: "gp-reg-pat-prac-quin-age.csv", contentType: "text/csv",
                data: Array(bad.utf8))
            #expect(refused.status == .badRequest)
            #expect(refused.body.string.contains("Nothing was imported. Line 5: The number of patients is"))
            #expect(try await RegisteredPopulation.query(on: app.db).count() == 0)

            let imported = try await coordinator.upload(
                SiteURL.populations.path, field: "file", fileName: "gp-reg-pat-prac-quin-age.csv", contentType: "text/csv",
                data: Array(Self.fiveYear.utf8))
            #expect(imported.status == .ok)
            let body = imported.body.string
            #expect(body.contains("1 practice imported") && body.contains("Y99999"))
            let population = try #require(try await RegisteredPopulation.query(on: app.db).first())
            #expect(population.total == 1_000 && population.detail == .fiveYear)
            #expect(population.comparableBands == ["25_34": 600, "65_74": 400])
            #expect(try await Organisation.find(world.practice.id!, on: app.db)?.postcode == "NV3 4AB")
            // The same file again replaces, never adds.
            _ = try await coordinator.upload(
                SiteURL.populations.path, field: "file", fileName: "a.csv", contentType: "text/csv",
                data: Array(Self.fiveYear.utf8))
            #expect(try await RegisteredPopulation.query(on: app.db).count() == 1)
        }
    }

    @Test func theSingleYearFilesForEachSexAreKeptTogetherForTheirExtractDate() async throws {
        try await withTandem { app in
            _ = try await Self.world(app)
            let header = "PUBLICATION,EXTRACT_DATE,TYPE,CCG_CODE,ONS_CCG_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS\n"
            for sex in ["MALE", "FEMALE"] {
                let file =
                    header
                    + (0...95).map { age in
                        "GP_PRAC_PAT_LIST,2026-04-01,GP,00K,E38000162,A81001,NV3 4AB,\(sex),\(age == 95 ? "95+" : String(age)),10"
                    }
                    .joined(separator: "\n")
                let path = NSTemporaryDirectory() + "population-\(UUID().uuidString).csv"
                try file.write(toFile: path, atomically: true, encoding: .utf8)
                let read = try await PopulationImport.read(path: path)
                _ = try await PopulationImport.save(read.0, rows: read.rows, on: app.db)
            }
            let population = try #require(try await RegisteredPopulation.query(on: app.db).first())
            #expect(population.total == 1_920 && population.hasBothSexes)
            #expect(population.sexes == ["female": 960, "male": 960])
            #expect(population.comparableBands["16_24"] == 180 && population.comparableBands["85_plus"] == 220)
        }
    }

    @Test func theHealthCheckShowsEachCriterionWithItsEvidenceAndTheGroupsMissing() async throws {
        try await withTandem { app in
            let world = try await Self.world(app)
            let ppg = PPG(
                practiceID: world.practice.id!, name: "Market Street Patient Group", meetingFormat: .inPerson,
                meetingFrequency: "Monthly",
                startedOn: nil, howToJoin: "Ask.", status: .active, leadID: nil)
            try await PPGRegistry.create(ppg, by: nil, on: app.db)
            let population = RegisteredPopulation(practiceID: world.practice.id!, extractDate: Date(), detail: .singleYear)
            var counts: [Int: Int] = [:]
            for age in 16...90 { counts[age] = age < 35 ? 40 : 10 }
            population.merge(
                .init(practiceCode: "A81001", extractDate: Date(), detail: .singleYear, counts: [.female: counts, .male: counts]))
            try await population.save(on: app.db)
            var members: [PPGMember] = []
            for index in 0..<6 {
                let person = try await Fixtures.person("Member \(index)", on: app.db)
                let member = PPGMember(
                    ppgID: ppg.id!, personID: person.id!, kind: .core, office: index == 0 ? .chair : nil, joinedOn: Date())
                try await member.save(.fixture, on: app.db)
                members.append(member)
                let answers = EqualityAnswers(personID: person.id!)
                answers.ageBand = "65_74"
                answers.sex = "female"
                try await answers.save(.fixture, on: app.db)
            }
            for monthsAgo in [1, 3, 6, 9] {
                let meeting = PPGMeeting(
                    ppgID: ppg.id!, kind: .ppgMeeting, heldOn: Date().addingTimeInterval(-Double(monthsAgo) * 30 * 86_400),
                    staffPresent: 1,
                    pcnRepresentative: false, notes: "")
                try await meeting.create(on: app.db)
                for member in members.prefix(5) {
                    try await PPGAttendance(meetingID: meeting.id!, memberID: member.id!).create(on: app.db)
                }
            }
            try await PPGHealthChecks.refresh(ppg, on: app.db)
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let page = try await coordinator.get(SiteURL.ppg(.value(ppg.id!), .health).path).body.string
            #expect(page.contains("4 meetings in the last 12 months") && page.contains("5.0 core members present on average"))
            #expect(page.contains("Patients aged 25 to 34:") && page.contains("of 6 members"))
            #expect(page.contains("Men: 50% of the practice; 0 of 6 members"))
            #expect(page.contains("No PCN representative at a PPG meeting"))
            let check = try #require(try await PPGHealthCheck.query(on: app.db).first())
            #expect(check.outcome(.activeAndRepresentative) == .partlyMet && check.outcome(.primaryCareNetwork) == .notMet)
            #expect(check.quarter == HealthCheck.quarter(of: Date()))

            // A judgement with a reason stands in place of what the records show, and is kept for the quarter.
            let judged = try await coordinator.post(
                SiteURL.ppg(.value(ppg.id!), .judgements).path,
                [("criterion", "pcn"), ("outcome", "met"), ("reason", "The chair sits on the PCN patient forum.")])
            #expect(judged.status == .seeOther)
            #expect(try await PPGHealthCheck.find(check.id!, on: app.db)?.outcome(.primaryCareNetwork) == .met)
            let after = try await coordinator.get(SiteURL.ppg(.value(ppg.id!), .health).path).body.string
            #expect(after.contains("The chair sits on the PCN patient forum."))
        }
    }
}
