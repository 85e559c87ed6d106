"""The Check and Challenge group: a coordinator sets up a group with a partner as chair; the
chair adds two meetings, an agenda item with a paper, records attendance short of quorum and a
decision the log marks as not quorate, raises an action that is carried to the next meeting and
closed there, shares the draft minutes for comment and approves them at the next meeting. Axe on
every page."""
import datetime

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import DEMO_ACCOUNTS, DEMO_PASSWORD, Page
from test_projects import type_into
from test_training import choose

GROUP = "Young People's Check and Challenge Group"
CHAIR = ("cc.chair@example.org", "Morgan Chair")
MEMBERS = [("cc.member.one@example.org", "Jordan Member"), ("cc.member.two@example.org", "Priya Member")]


def test_a_meeting_short_of_quorum_marks_its_decision_and_the_next_approves_the_minutes(server, driver, tmp_path):
    for email, name in [CHAIR] + MEMBERS:
        made = server.run("user", "create", "--email", email, "--role", "partner", "--name", name,
                          env_extra={"TANDEM_PASSWORD": DEMO_PASSWORD})
        assert made.returncode == 0, made.stderr

    coordinator = Page(driver, server)
    coordinator.sign_in(DEMO_ACCOUNTS["coordinator"])
    coordinator.open("/groups")
    coordinator.check("groups")
    coordinator.follow(driver.find_element(By.LINK_TEXT, "Set up a group"))
    type_into(driver, "name", GROUP)
    coordinator.submit("Set up the group")
    assert "Enter the terms of reference" in driver.page_source
    coordinator.check("group-form-errors")
    type_into(driver, "purpose", "Young people check and challenge the programme's work with young carers.")
    type_into(driver, "terms", "Three members are a quorum. Members declare interests at each meeting.")
    type_into(driver, "quorum", "3")
    type_into(driver, "schedule", "Monthly, on a Thursday after school")
    coordinator.submit("Set up the group")
    assert "Group set up" in driver.page_source
    group_path = coordinator.path(driver.current_url)
    for email, role in [(CHAIR[0], "chair"), (MEMBERS[0][0], "member"), (MEMBERS[1][0], "member")]:
        type_into(driver, "email", email)
        choose(driver, "role", role)
        for field, value in [("start", "1"), ("start-month", "1"), ("start-year", "2026")]:
            type_into(driver, field, value)
        coordinator.submit("Add the member")
        assert "added as" in driver.page_source
    coordinator.check("group")
    coordinator.sign_out()

    chair = Page(driver, server)
    chair.sign_in(CHAIR[0])
    chair.open(group_path)
    meetings = []
    for days in (7, 35):
        day = datetime.date.today() + datetime.timedelta(days=days)
        type_into(driver, "on", str(day.day))
        type_into(driver, "on-month", str(day.month))
        type_into(driver, "on-year", str(day.year))
        type_into(driver, "starts", "16:30")
        type_into(driver, "ends", "18:00")
        type_into(driver, "venue", "Online")
        chair.submit("Add the meeting")
        assert "with every member on its register" in driver.page_source
        meetings.append(chair.path(driver.current_url))
        chair.open(group_path)
    first, second = meetings

    # The agenda with a paper, for members only.
    chair.open(first)
    type_into(driver, "title", "Young carers' project report")
    report = tmp_path / "young-carers-report.pdf"
    report.write_bytes(b"%PDF-1.4 the report")
    driver.find_element(By.ID, "paper").send_keys(str(report))
    chair.submit("Add the item")
    assert "young-carers-report.pdf (download)" in driver.page_source

    # Two of three present: short of quorum, and the decision is marked.
    for row in driver.find_elements(By.XPATH, "//main//form[.//button[normalize-space()='Save attendance']]//tbody/tr"):
        name = row.find_element(By.XPATH, "./*[1]").text
        Select(row.find_element(By.TAG_NAME, "select")).select_by_value("apologies" if name == MEMBERS[1][1] else "present")
    chair.submit("Save attendance")
    assert "Not quorate: 2 present, 3 needed" in driver.page_source
    type_into(driver, "decision-text", "To ask the programme for its reach figures by age")
    chair.submit("Record the decision")
    assert "Decision 1 recorded" in driver.page_source
    log = driver.find_element(By.XPATH, "//main//tr[.//td[normalize-space()='D1']]").text
    assert "Not quorate" in log
    type_into(driver, "action-text", "Invite the young carers' project to the next meeting")
    type_into(driver, "action-owner", "Chair")
    chair.submit("Raise the action")
    assert "Action added to the log" in driver.page_source
    type_into(driver, "minutes", "Two members present; not quorate. The group asked for reach figures by age.")
    choose(driver, "share", "yes")
    chair.submit("Save the minutes")
    assert "shared with the members for comment" in driver.page_source, driver.find_element(By.TAG_NAME, "main").text[:1500]
    chair.check("group-meeting")
    chair.sign_out()

    member = Page(driver, server)
    member.sign_in(MEMBERS[0][0])
    member.open(first)
    type_into(driver, "comment", "Please add that we welcomed the report.")
    member.submit("Add my comment")
    assert "Your comment is added" in driver.page_source
    member.check("group-meeting-member")
    member.sign_out()

    # At the next meeting the action is closed and the minutes approved.
    chair.sign_in(CHAIR[0])
    chair.open(second)
    assert "Invite the young carers' project to the next meeting" in driver.page_source
    form = driver.find_element(By.XPATH, "//main//form[.//button[normalize-space()='Update the action']]")
    Select(form.find_element(By.NAME, "status")).select_by_value("done")
    chair.follow(form.find_element(By.XPATH, ".//button"))
    assert "Action done" in driver.page_source
    chair.follow(driver.find_element(By.XPATH, "//main//button[starts-with(normalize-space(), 'Approve the minutes of')]"))
    assert "approved" in driver.page_source
    chair.check("group-meeting-next")
    chair.open(first)
    assert "Approved at the meeting of" in driver.page_source
    chair.open(group_path)
    assert "Done" in driver.find_element(By.XPATH, "//main//tr[.//td[contains(., 'Invite the young carers')]]").text
    chair.check("group-after")

    # The approved minutes are published once the chair has checked them; then anyone reads them.
    chair.open(first)
    chair.submit("Publish the minutes and papers")
    assert "Confirm that you have checked the minutes, decisions and papers first" in driver.page_source
    chair.check("group-publish-refused")
    choose(driver, "checked[]", "yes")
    chair.submit("Publish the minutes and papers")
    assert "Published: anyone can read these minutes, decisions and papers" in driver.page_source
    published = group_path + "/published"
    chair.sign_out()
    visitor = Page(driver, server)
    visitor.open(published)
    main = driver.find_element(By.TAG_NAME, "main").text
    assert "Two members present; not quorate." in main
    assert "To ask the programme for its reach figures by age" in main
    assert "Young carers' project report" in main
    assert "Please add that we welcomed the report." not in main, "members' comments are never published"
    visitor.check("group-published")
