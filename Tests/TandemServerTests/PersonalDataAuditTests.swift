import Fluent
import Foundation
import SQLKit
import TandemCore
@testable import TandemServer
import Testing

/// Every table Tandem keeps, and whether changes to it are audited. A new table
/// fails this test until someone decides: a record about a person that staff
/// change is an `AuditedRecord` (its writes are logged by `AuditMiddleware`, and
/// fail without an `AuditNote`); anything else says why not.
@Suite("Personal data is audited")
struct PersonalDataAuditTests {
    enum Decision {
        /// Its model is an `AuditedRecord`, written to the audit log as this record type.
        case audited(AuditRecordType)
        /// Details of an audited record (its links, roles, a pending change), logged with
        /// that record: the writer saves the record with a note naming the field.
        case auditedWithRecord(AuditRecordType)
        /// Holds something about a person, but is not a change staff make to them.
        case personalNotAudited(because: String)
        case notPersonal
    }

    static let tables: [String: Decision] = [
        // Records about a person, changed by staff or by the person: audited.
        "people": .audited(.person), "person_organisations": .auditedWithRecord(.person),
        "person_roles": .auditedWithRecord(.person), "consent_records": .audited(.consent),
        "equality_answers": .audited(.equalityAnswers), "users": .audited(.user),
        "email_change_requests": .auditedWithRecord(.person), "project_members": .audited(.teamMember),
        "organisations": .audited(.organisation), "memberships": .audited(.membership),
        "event_registrations": .audited(.eventRegistration), "ppg_members": .audited(.ppgMember),
        "training_team_members": .audited(.trainingTeamMember), "panel_members": .audited(.panelMember),
        "payment_choices": .audited(.paymentChoice), "group_members": .audited(.groupMember),
        "contribution_certificates": .audited(.contributionCertificate),
        // Personal, but not a change to a person's record.
        "audit_entries": .personalNotAudited(because: "it is the audit log"),
        "sessions": .personalNotAudited(because: "sign-in sessions, kept until they expire"),
        "account_links": .personalNotAudited(because: "single-use links; the password they set is audited on the account"),
        "login_attempts": .personalNotAudited(because: "the sign-in limits, swept after a day"),
        "inbox_messages": .personalNotAudited(because: "messages Tandem sends a person; they are the record"),
        "outbox_emails": .personalNotAudited(because: "emails Tandem sends; the outbox is their record"),
        "survey_responses": .personalNotAudited(because: "given by the person, under the consent scope they chose"),
        "survey_answers": .personalNotAudited(because: "given by the person, under the consent scope they chose"),
        "feedback_items": .personalNotAudited(because: "evidence as given, under its consent scope, redacted beyond the team"),
        "stories": .personalNotAudited(because: "a storyteller's own account, under its consent scope"),
        "codings": .personalNotAudited(because: "a coder's work, naming the coder"),
        "item_reviews": .personalNotAudited(because: "a coder's work, naming the coder"),
        "coding_settlements": .personalNotAudited(
            because: "who settled a coding disagreement; each settlement is also in the audit log"),
        "reminders_sent": .personalNotAudited(because: "which reminder went to whom, so each goes once"),
        "events": .personalNotAudited(because: "an event, naming who made it; its registrations are audited"),
        "findings": .personalNotAudited(because: "the team's work, naming its author"),
        "recommendations": .personalNotAudited(because: "the team's work; an owner is named"),
        "recommendation_updates": .personalNotAudited(because: "progress notes, naming their author"),
        "activity_facilitators": .personalNotAudited(because: "who ran an activity"),
        "event_facilitators": .personalNotAudited(because: "who runs an event"),
        "project_changes": .personalNotAudited(because: "the project's own history, naming who changed it"),
        "ppg_attendance": .personalNotAudited(because: "who came to a PPG meeting, as its minutes record"),
        "ppg_status_changes": .personalNotAudited(because: "the PPG's own history, naming who changed it"),
        "ppg_actions": .personalNotAudited(because: "actions in a PPG's minutes, naming an owner"),
        "ppg_improvements": .personalNotAudited(because: "the PPG's record of changes, naming who recorded it"),
        "ppg_health_judgements": .personalNotAudited(because: "a judgement of a PPG, naming who made it"),
        "practice_ethnicities": .personalNotAudited(because: "figures about an area, naming who entered them"),
        // About the work, not about people.
        "activities": .notPersonal, "checklists": .notPersonal, "checklist_items": .notPersonal, "checklist_scores": .notPersonal,
        "evidence_counts": .notPersonal, "finding_evidence": .notPersonal, "finding_themes": .notPersonal,
        "import_jobs": .notPersonal,
        "involvement_plan_entries": .notPersonal, "measures": .notPersonal, "measure_points": .notPersonal,
        "project_milestones": .notPersonal, "project_outcomes": .notPersonal, "projects": .notPersonal,
        "recommendation_findings": .notPersonal, "surveys": .notPersonal, "survey_questions": .notPersonal,
        "themes": .notPersonal, "theme_models": .notPersonal, "app_secrets": .notPersonal,
        "ppgs": .notPersonal, "ppg_meetings": .notPersonal, "ppg_health_checks": .notPersonal,
        "practice_populations": .notPersonal, "ppg_questionnaires": .notPersonal, "ppg_buddy_pairs": .notPersonal,
        "ppg_assessments": .personalNotAudited(because: "a PPG's own answers, naming who gave them"),
        "ppg_buddy_contacts": .personalNotAudited(because: "contacts between two PPGs, naming who logged them"),
        "ppg_buddy_reviews": .personalNotAudited(because: "a PPG's view of its pairing, naming who wrote it"),
        "resources": .notPersonal, "resource_files": .notPersonal, "resource_downloads": .notPersonal,
        "training_programmes": .notPersonal, "curriculum_sessions": .notPersonal, "programme_statements": .notPersonal,
        "training_cohorts": .notPersonal, "cohort_sessions": .notPersonal, "training_teams": .notPersonal,
        "involvement_level_records": .notPersonal,
        "programme_trainers": .personalNotAudited(because: "who trains on a programme, as its page shows"),
        "questionnaire_responses": .personalNotAudited(
            because: "a person's own answers, shown to nobody else; reports give totals of 5 or more"),
        "questionnaire_answers": .personalNotAudited(because: "a person's own answers, read only as totals beyond them"),
        "reaction_receipts": .personalNotAudited(because: "only that someone answered a session's survey, so they answer once"),
        "training_certificates": .personalNotAudited(because: "a certificate issued, naming its holder and who issued it"),
        "time_records": .personalNotAudited(because: "time a person gave, seen by them; kept for recognition"),
        "claims": .personalNotAudited(
            because: "a person's own claim; every decision on it (approved, queried, paid) is in the audit log"),
        "claim_expenses": .personalNotAudited(because: "the expenses and receipts of a claim, seen by the person and approvers"),
        "opportunity_interests": .personalNotAudited(
            because: "a person's interest and note, seen by them and coordinators; the decision reaches them in the inbox"),
        "opportunities": .notPersonal, "pay_rates": .notPersonal, "mileage_rates": .notPersonal,
        "recognition_settings": .notPersonal,
        "governance_groups": .notPersonal, "group_terms_versions": .notPersonal, "group_meetings": .notPersonal,
        "agenda_items": .notPersonal, "group_decisions": .notPersonal, "group_actions": .notPersonal,
        "challenges": .notPersonal, "plan_phases": .notPersonal,
        "interest_declarations": .personalNotAudited(because: "what a member declared at a meeting, minuted for the group"),
        "minutes_comments": .personalNotAudited(because: "a member's comment on draft minutes, seen by the group"),
        "review_panels": .notPersonal, "panel_meetings": .notPersonal, "review_points": .notPersonal,
        "review_actions": .notPersonal, "review_follow_ups": .notPersonal,
        "panel_reviews": .personalNotAudited(
            because: "a project brought to a panel, naming its lead or the public form's contact"),
        "review_notes": .personalNotAudited(because: "a panel member's notes, naming them, seen by the panel only"),
        // The survey after a session keeps nothing about who answered.
        "session_reactions": .notPersonal,
        // Answers to "Was this useful?" keep nothing about who answered.
        "resource_feedback": .notPersonal,
    ]

    /// Tables that belong to the database or to full-text search, not to Tandem's records.
    static func isInfrastructure(_ table: String) -> Bool {
        table.hasPrefix("_fluent") || table.hasPrefix("sqlite_") || table.hasPrefix("feedback_fts")
            || table.hasPrefix("feedback_redacted_fts") || table.hasPrefix("resources_fts")
    }

    @Test func everyTableHasADecision() async throws {
        try await withTandem { app in
            let sql = app.db as! any SQLDatabase
            let query: SQLQueryString =
                sql.isPostgreSQL
                ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()"
                : "SELECT name FROM sqlite_master WHERE type = 'table'"
            let tables = try await sql.raw(query).all().map { try $0.decode(column: "name", as: String.self) }
                .filter { !Self.isInfrastructure($0) }
            #expect(tables.count >= 40)
            for table in tables { #expect(Self.tables[table] != nil, "Decide whether changes to \(table) are audited") }
            for table in Self.tables.keys { #expect(tables.contains(table), "\(table) is listed here but no longer exists") }
        }
    }

    @Test func joiningAndLeavingAProjectTeamIsAudited() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Trust", on: app.db)
            let maggie = try await Fixtures.person("Maggie", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            try await coordinator.get(SiteURL.project(.value(project.id!), .team).path)
            #expect(
                try await coordinator.post(
                    SiteURL.project(.value(project.id!), .team).path,
                    [("person", maggie.id!.lowercasedString), ("role", ProjectRole.patientPartner.rawValue)]
                ).status == .seeOther)
            let member = try #require(try await ProjectMember.query(on: app.db).filter(\.$person.$id == maggie.id!).first())
            try await coordinator.get(SiteURL.project(.value(project.id!), .team).path)
            #expect(
                try await coordinator.post(SiteURL.project(.value(project.id!), .removeTeamMember(.value(member.id!))).path)
                    .status == .seeOther)
            let entries = try await AuditEntry.query(on: app.db).filter(\.$recordType == AuditRecordType.teamMember.rawValue)
                .sort(\.$at).all()
            #expect(entries.map(\.action) == [AuditAction.created.rawValue, AuditAction.deleted.rawValue])
            #expect(entries.allSatisfy { $0.subjectPersonID == maggie.id! && $0.recordLabel.contains("Maggie") })
        }
    }

    @Test func everyAuditedTableHasItsModelAuditedAsItsType() {
        let installed = Dictionary(uniqueKeysWithValues: AuditedRecords.all.map { ($0.schema, $0.auditType) })
        for (table, decision) in Self.tables {
            guard case .audited(let type) = decision else { continue }
            #expect(installed[table] == type, "\(table) is audited, so its model is an AuditedRecord of type \(type)")
        }
        #expect(installed.count == Self.tables.values.filter { if case .audited = $0 { true } else { false } }.count)
    }

    @Test func aWriteWithoutAnAuditNoteFailsAndLeavesNothingBehind() async throws {
        try await withTandem { app in
            let person = Person(name: "Nobody Said")
            await #expect(throws: AuditNoteError.self) { try await person.create(on: app.db) }
            await #expect(throws: AuditNoteError.self) {
                try await app.db.transaction { db in try await Person(name: "Also Unsaid").create(on: db) }
            }
            let people = try await Person.query(on: app.db).count()
            let entries = try await AuditEntry.query(on: app.db).count()
            #expect(people == 0 && entries == 0)
        }
    }

    @Test func aNoteIsUsedOnceAndRecordsTheWriteInTheLog() async throws {
        try await withTandem { app in
            let person = Person(name: "Maggie Ellison")
            try await person.save(.by(.commandLine, label: "Maggie Ellison", fields: ["name"]), on: app.db)
            person.name = "Maggie E"
            await #expect(throws: AuditNoteError.self) { try await person.save(on: app.db) }
            try await person.save(.by(.commandLine, label: "Maggie E", fields: ["name"]), on: app.db)
            try await person.delete(.notAudited(because: "checking that a reason is accepted"), on: app.db)
            let entries = try await AuditEntry.query(on: app.db).sort(\.$at).all()
            #expect(entries.map(\.action) == [AuditAction.created.rawValue, AuditAction.updated.rawValue])
            #expect(entries.allSatisfy { $0.subjectPersonID == person.id && $0.recordType == AuditRecordType.person.rawValue })
            #expect(entries.allSatisfy { $0.actorLabel == AuditActor.commandLine.label })
        }
    }
}
