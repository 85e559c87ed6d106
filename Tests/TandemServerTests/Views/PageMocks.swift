import Foundation
import TandemCore
@testable import TandemServer

/// Page models with plausible content, for rendering views without a database
/// or a request (`docs/ARCHITECTURE.md`, "Testing"). Ids are fixed so that links can be checked.
enum Mock {
    static let projectID = UUID(uuidString: "11111111-1111-1111-1111-111111111111")!
    static let organisationID = UUID(uuidString: "22222222-2222-2222-2222-222222222222")!
    static let recordID = UUID(uuidString: "33333333-3333-3333-3333-333333333333")!
    static let date = CalendarDate.date(year: 2026, month: 9, day: 19)!

    static let header = ProjectHeader(
        id: projectID, title: "Getting medicines home faster", organisationID: organisationID,
        organisationName: "Northshire Hospitals", stage: .analysis)

    static let context = PageContext(user: nil, csrfToken: "test-token", flash: nil, section: .projects, isDemo: false)

    static var organisation: Organisation {
        let organisation = Organisation(name: "Northshire Hospitals", kind: .nhsTrust, odsCode: "RXX")
        organisation.id = organisationID
        return organisation
    }

    static let onePage = Pagination(page: 1, perPage: 25, totalItems: 1)
}

extension OrganisationListPage.Model {
    static let mock = Self(
        organisations: [OrganisationSummary(Mock.organisation)], filters: .init(), pagination: Mock.onePage, canCreate: true)
}

extension PersonListPage.Model {
    static var mock: Self {
        let person = Person(name: "Margaret Hughes", preferredName: "Maggie")
        person.id = Mock.recordID
        person.$roleAssignments.value = []
        person.$organisations.value = []
        return Self(people: [PersonSummary(person)], filters: .init(), pagination: Mock.onePage, canCreate: false)
    }
}

extension UserListPage.Model {
    static let mock = Self(users: [], pagination: Pagination(page: 1, perPage: 50, totalItems: 0))
}

extension ProjectListPage.Model {
    static let mock = Self(
        rows: [
            .init(
                id: Mock.projectID, title: "Getting medicines home faster", organisation: "Northshire Hospitals",
                stage: .analysis,
                manager: "Priya Shah", nextMilestone: ("Share findings", Mock.date), overdue: 1)
        ],
        filters: .init(), pagination: Mock.onePage, organisationOptions: [], managerOptions: [], canCreate: true)
}

extension SurveyListPage.Model {
    static let mock = Self(
        header: Mock.header,
        surveys: [
            .init(id: Mock.recordID, title: "Your visit to outpatients", audience: .patients, status: .open, responses: 42)
        ],
        canManage: true, form: .blank, errors: FormErrors())
}

extension ChecklistPage.Model {
    static let mock = Self(
        header: Mock.header, name: "Ward walk-round", visits: 0,
        items: [.init(text: "Is there somewhere quiet to talk?", summary: ChecklistItemSummary.summarise([]))],
        activities: [])
}

extension MeasureListPage.Model {
    static let mock = Self(
        header: Mock.header,
        measures: [
            .init(
                id: Mock.recordID, name: "Hours waiting for medicines", values: 26,
                variation: nil, assurance: nil)
        ],
        canAdd: false, input: .init(), errors: FormErrors())
}

extension StoryListPage.Model {
    static let mock = Self(
        header: Mock.header,
        stories: [
            .init(
                id: Mock.recordID, title: "The longest day", scope: .team, hasRecording: true,
                createdAt: Mock.date)
        ],
        storytellers: [], canAdd: false, input: .init(), errors: FormErrors())
}

extension EvidenceLibraryPage.Model {
    static let mock = Self(
        owner: .project(Mock.header),
        rows: [
            .init(
                id: Mock.recordID, text: "I waited four hours for my tablets.", method: .patientSurvey,
                occurredOn: Mock.date, service: "Pharmacy", rating: 2, project: nil)
        ],
        input: .init(), isFiltered: false, pagination: Mock.onePage, capped: false, counts: [.patientSurvey: 1],
        canImport: true, errors: FormErrors())
}

extension ImportStartPage.Model {
    static let mock = Self(header: Mock.header, jobs: [], maxUploadMB: 200, errors: FormErrors())
}

extension CodingQueuePage.Model {
    static let mock = Self(
        header: Mock.header, counts: .init(total: 207, coded: 55, codedByYou: 12, toCheck: 3), modelVersion: nil,
        modelExamples: nil)
}

extension FindingListPage.Model {
    static let mock = Self(
        header: Mock.header,
        findings: [
            FindingSummary(
                id: Mock.recordID, statement: "People going home wait hours for their medicines.",
                themes: ["Waiting and delays"], evidence: 14, quotes: 2)
        ],
        themes: [], canAdd: false, input: .init(), errors: FormErrors())
}

extension InboxPage.Model {
    static let mock = Self(
        messages: [
            .init(
                subject: "What your voice changed", body: "Medicines now come to the ward before you leave.",
                link: nil, sentAt: Mock.date, isNew: true)
        ],
        pagination: Mock.onePage)
}

extension YouSaidWeDidPage.Model {
    static let mock = Self(
        title: "Northshire Hospitals", intro: "What people told Northshire Hospitals, and what has changed because of it.",
        changes: [
            .init(
                text: "Prepare medicines the day before discharge", status: .implemented, project: nil,
                declineReason: nil, implementedOn: Mock.date, history: [], quotes: ["I waited four hours."])
        ])
}

extension EqualitySummaryPage.Model {
    static let mock = Self(respondents: 3, tables: [])
}

extension HomePage.Dashboard {
    static let mock = Self(
        name: "Priya", role: .coordinator,
        work: [
            WorkList(
                id: "overdue-milestones", heading: "Overdue milestones",
                items: [
                    .init(
                        title: "Survey closes", href: "/projects/1/proposal", detail: "Waiting times", deadline: .overdue(days: 3)
                    )
                ],
                empty: "No milestone is overdue."),
            WorkList(id: "messages", heading: "Messages", items: [], empty: "No new messages."),
        ],
        cards: [.init(title: "Projects", href: SiteURL.projects.path, description: "Improvement work with patients")],
        renewals: [])
}

extension SignInPage.Model {
    static let mock = Self(email: "", next: nil, errors: FormErrors(), notice: "You have signed out.")
}

extension ReportPage.Model {
    static var mock: Self {
        var report = ReportDocument(title: "Getting medicines home faster", subtitle: "Northshire Hospitals")
        report.heading("What people told us")
        report.written("People going home waited hours for their medicines.")
        report.blocks.append(.quote("I waited four hours for my tablets."))
        let prose = report.prose
        return Self(
            header: Mock.header, report: report, plainEnglish: PlainEnglishReport.check(prose), canEdit: true, summary: nil,
            background: nil, errors: FormErrors())
    }
}

extension ThemeOverviewPage.Model {
    /// 55 of 207 coded comments about waiting; in the comparison, a small cell and the
    /// cell withheld to protect it, which holds 48.
    static let mock = Self(
        header: Mock.header,
        overview: ThemeOverview(
            codedComments: 207,
            themes: [.init(name: "Waiting and delays", comments: 55, positive: 5, negative: 40)],
            periods: [], overTime: [],
            comparison: .init(
                groups: [
                    ("Outpatients", 120, ("service", "Outpatients")), ("Ward 7", 60, ("service", "Ward 7")),
                    ("Pharmacy", 27, ("service", "Pharmacy")),
                ],
                rows: [(theme: "Waiting and delays", themeID: UUID(), cells: DisclosureControl.protect([48, 3, 36]))],
                hiddenGroups: 0)),
        grouping: .service)
}
