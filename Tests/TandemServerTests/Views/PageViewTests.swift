import Foundation
import TandemCore
@testable import TandemServer
import Testing

/// One page of each area rendered from its `.mock` model: no database, no request.
/// Each checks what the page is for, and that its links are the ones `SiteURL` builds.
@Suite("Pages render from their models")
struct PageViewTests {

    @Test func organisations() {
        let page = OrganisationListPage.render(.mock, context: Mock.context).render()
        #expect(page.contains("Northshire Hospitals"))
        #expect(page.contains("href=\"\(SiteURL.organisation(.value(Mock.organisationID)).path)\""))
        #expect(page.contains("href=\"\(SiteURL.newOrganisation.path)\""))
    }

    @Test func people() {
        let page = PersonListPage.render(.mock, context: Mock.context).render()
        // People are addressed by the name they prefer.
        #expect(page.contains("Maggie"))
        #expect(page.contains("href=\"\(SiteURL.person(.value(Mock.recordID)).path)\""))
        #expect(!page.contains("href=\"\(SiteURL.newPerson.path)\""))
    }

    @Test func adminAccountsSayWhenThereAreNone() {
        let page = UserListPage.render(.mock, context: Mock.context).render()
        #expect(page.contains("href=\"\(SiteURL.newUser.path)\""))
    }

    @Test func projects() {
        let page = ProjectListPage.render(.mock, context: Mock.context).render()
        #expect(page.contains("Getting medicines home faster") && page.contains("Priya Shah"))
        #expect(page.contains("href=\"\(SiteURL.project(.value(Mock.projectID)).path)\""))
    }

    @Test func surveysOfferTheFormToThoseWhoManage() {
        let page = SurveyListPage.render(.mock, context: Mock.context).render()
        #expect(page.contains("Your visit to outpatients") && page.contains("42"))
        #expect(page.contains("action=\"\(SiteURL.project(.value(Mock.projectID), .surveys).path)\""))
        #expect(page.contains("href=\"\(SiteURL.survey(.value(Mock.recordID)).path)\""))
        // The project's contents list marks this page as current.
        #expect(page.contains("aria-current=\"page\""))
    }

    @Test func activitiesChecklist() {
        let page = ChecklistPage.render(.mock, context: Mock.context).render()
        #expect(page.contains("Ward walk-round") && page.contains("Is there somewhere quiet to talk?"))
    }

    @Test func measures() {
        let page = MeasureListPage.render(.mock, context: Mock.context).render()
        #expect(page.contains("Hours waiting for medicines"))
        #expect(page.contains("href=\"\(SiteURL.measure(.value(Mock.recordID)).path)\""))
    }

    @Test func stories() {
        let page = StoryListPage.render(.mock, context: Mock.context).render()
        #expect(page.contains("The longest day"))
        #expect(page.contains("href=\"\(SiteURL.story(.value(Mock.recordID)).path)\""))
    }

    @Test func evidence() {
        let page = EvidenceLibraryPage.render(.mock, context: Mock.context).render()
        #expect(page.contains("I waited four hours for my tablets."))
        #expect(page.contains("href=\"\(SiteURL.feedbackItem(.value(Mock.recordID)).path)\""))
        #expect(page.contains("href=\"\(SiteURL.project(.value(Mock.projectID), .import).path)\""))
    }

    @Test func imports() {
        let page = ImportStartPage.render(.mock, context: Mock.context).render()
        #expect(page.contains("200"))
        #expect(page.contains("\(SiteURL.project(.value(Mock.projectID), .import).path)"))
    }

    @Test func coding() {
        let page = CodingQueuePage.render(.mock, context: Mock.context).render()
        #expect(page.contains("207") && page.contains("55"))
        #expect(page.contains(SiteURL.project(.value(Mock.projectID), .codingNext).path))
    }

    @Test func change() {
        let page = FindingListPage.render(.mock, context: Mock.context).render()
        #expect(page.contains("People going home wait hours for their medicines.") && page.contains("Waiting and delays"))
        #expect(page.contains("href=\"\(SiteURL.finding(.value(Mock.recordID)).path)\""))
    }

    @Test func messages() {
        let page = InboxPage.render(.mock, context: Mock.context).render()
        #expect(page.contains("What your voice changed") && page.contains("Medicines now come to the ward"))
    }

    @Test func publicYouSaidWeDid() {
        let page = YouSaidWeDidPage.render(.mock, context: .anonymous).render()
        #expect(page.contains("Prepare medicines the day before discharge") && page.contains("I waited four hours."))
        #expect(!page.contains("Sign out"))
    }

    @Test func equalitySummary() {
        let page = EqualitySummaryPage.render(.mock, context: Mock.context).render()
        #expect(page.contains("3"))
    }

    @Test func home() {
        let page = HomePage.renderDashboard(.mock, context: Mock.context).render()
        #expect(page.contains("Priya") && page.contains("href=\"\(SiteURL.projects.path)\""))
        #expect(page.contains("Overdue by 3 days") && page.contains("nhsuk-tag--red") && page.contains("No new messages."))
    }

    @Test func signIn() {
        let page = SignInPage.render(.mock, context: Mock.context).render()
        #expect(page.contains("You have signed out.") && page.contains("action=\"\(SiteURL.signIn.path)\""))
    }
}

extension PageViewTests {
    @Test func reports() {
        let page = ReportPage.render(.mock, context: Mock.context).render()
        #expect(page.contains("What people told us") && page.contains("I waited four hours for my tablets."))
        #expect(page.contains(SiteURL.project(.value(Mock.projectID), .reportDocx).path))
    }

    @Test func aLongTextBoxCountsItsCharactersTheNHSWay() {
        let box = FormField.textarea("why", label: "Why", value: "Because", hint: "A sentence", maxLength: 2_000).render()
        #expect(box.contains("nhsuk-character-count") && box.contains("data-module=\"nhsuk-character-count\""))
        #expect(box.contains("data-maxlength=\"2000\"") && box.contains("nhsuk-js-character-count"))
        #expect(box.contains("aria-describedby=\"why-info why-hint\"") && box.contains("You can enter up to 2,000 characters"))
        let plain = FormField.textarea("notes", label: "Notes", value: nil).render()
        #expect(!plain.contains("character-count"))
    }

    @Test func themesShowSharesOfCodedCommentsAndTwoKindsOfHiddenCell() {
        let page = ThemeOverviewPage.render(.mock, context: Mock.context).render()
        // 55 of 207 coded comments, not a share of the bars drawn.
        #expect(page.contains("55 (27%)"))
        // The 3 is small; the 36 hidden to protect it is withheld, never "fewer than 5".
        #expect(page.contains("fewer than 5") && page.contains("withheld*"))
        #expect(page.contains(DisclosureControl.withheldNote))
        #expect(page.contains("48 (40%)"))
        #expect(!page.contains("36 ("))
        // A shown cell opens its comments; hidden cells open nothing.
        #expect(page.contains("service=Outpatients") && !page.contains("service=Pharmacy") && !page.contains("service=Ward"))
    }

    @Test func anSPCChartTellsItsPhaseChangeWithIconsAxisTitlesAndALegend() {
        let values = XmRChartFixture.values
        let data = SPCChartData(
            title: "Hours waiting for medicines", unit: "hours",
            chart: XmRChart(values: values, direction: .lowerIsBetter, target: 3, recalculateFrom: [12]),
            periods: XmRChartFixture.periods, notes: values.indices.map { $0 == 12 ? "Pharmacist on the ward" : "" })
        let story = spcStory(data).render(), chart = spcChart(data, id: "c").render()
        #expect(story.contains("A shift down from 4.3 to 2.8 hours after the change on 19 September 2025"))
        // The icons carry their meaning as text alternatives, and say it beside them too.
        #expect(story.contains("aria-label=\"\(VariationIcon.commonCause.label)\""))
        #expect(story.contains("aria-label=\"\(AssuranceIcon.hitAndMiss.label)\""))
        // The value axis is titled with the unit and runs in round steps; the target is labelled.
        #expect(chart.contains(">Hours</text>") && chart.contains(">2</text>") && chart.contains(">5</text>"))
        #expect(chart.contains(">Target 3</text>") && chart.contains(">Date</text>"))
        #expect(chart.contains("tandem-chart-legend") && chart.contains("Process limits") && chart.contains("Target: 3 hours"))
        // The last date is anchored at its end, so it is not cut off.
        #expect(chart.contains("text-anchor=\"end\" font-size=\"15\" fill=\"#212b32\">19 Dec 2025</text>"))
    }
}

extension PageViewTests {
    @Test func surveyResultsShowTheFriendsAndFamilyTestScore() {
        let counts = [120, 45, 15, 10, 6, 4]
        let model = SurveyResultsPage.Model(
            header: Mock.header, surveyID: Mock.recordID, title: "After your stay", responses: 200, invited: 1_250,
            questions: [
                .init(
                    id: Mock.recordID, text: FriendsAndFamilyTest.question, kind: .friendsAndFamily,
                    bars: zip(FriendsAndFamilyTest.answers, counts).map { BarChartBar(label: $0, count: $1) }, answered: 200,
                    written: 0)
            ], demographics: [])
        let page = SurveyResultsPage.render(model, context: Mock.context).render()
        #expect(page.contains("Friends and Family Test: 83% positive, 8% negative"))
        #expect(page.contains("from 1,250 people invited (16%)"))
    }
}

/// The known series of `XmRChartStoryTests`: about 4.3 hours, then 2.8 from 19 September 2025.
enum XmRChartFixture {
    static let values: [Double] =
        [4.2, 4.4, 4.3, 4.5, 4.1, 4.3, 4.4, 4.2, 4.3, 4.4, 4.2, 4.3]
        + [2.9, 2.7, 2.8, 2.8, 2.9, 2.7, 2.8, 2.9, 2.7, 2.8, 2.8, 2.9, 2.7, 2.8]
    static let periods = values.indices.map { Date(timeIntervalSince1970: 1_750_982_400 + Double($0) * 7 * 86_400) }
}
