"""The patient-led peer review panel: a staff project lead brings a project, the chair accepts it
for a meeting, two members give structured feedback, the chair agrees the feedback, the lead
replies to each point and records a follow-up with evidence, and the yearly report counts it.
Axe on every page."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import DEMO_ACCOUNTS, DEMO_PASSWORD, Page
from test_projects import type_into
from test_training import choose

PANEL = "Patient Improvement Peer Review Panel"
MEMBER = "panel.member@example.org"


def test_a_project_goes_through_the_panel_and_the_report_counts_it(server, driver, tmp_path):
    made = server.run("user", "create", "--email", MEMBER, "--role", "partner", "--name", "Rosa Member",
                      env_extra={"TANDEM_PASSWORD": DEMO_PASSWORD})
    assert made.returncode == 0, made.stderr

    page = Page(driver, server)
    page.sign_in(DEMO_ACCOUNTS["coordinator"])
    page.follow(driver.find_element(By.LINK_TEXT, "Review panels"))
    page.check("panels")
    page.follow(driver.find_element(By.LINK_TEXT, PANEL))
    type_into(driver, "email", MEMBER)
    choose(driver, "role", "member")
    for field, value in [("start", "1"), ("start-month", "1"), ("start-year", "2026")]:
        type_into(driver, field, value)
    page.submit("Add the member")
    assert "Rosa Member added as member" in driver.page_source
    page.check("panel")
    panel_path = page.path(driver.current_url)
    page.sign_out()

    # The staff project lead brings a project; without a question nothing is sent.
    lead = Page(driver, server)
    lead.sign_in(DEMO_ACCOUNTS["staff"])
    lead.open(panel_path)
    lead.follow(driver.find_element(By.LINK_TEXT, "Bring a project to the panel"))
    Select(driver.find_element(By.ID, "project")).select_by_index(1)
    type_into(driver, "summary", "People wait hours for medicines to take home.")
    choose(driver, "stage", "planning")
    type_into(driver, "involved", "Two patient partners on the project team")
    lead.submit("Send to the panel")
    assert "Write at least one question" in driver.page_source
    lead.check("panel-submission-errors")
    type_into(driver, "question-1", "Who are we missing?")
    type_into(driver, "question-2", "Is our leaflet clear?")
    lead.submit("Send to the panel")
    assert "The chair will reply within 10 working days" in driver.page_source
    lead.check("panel-review-submitted")
    review_path = lead.path(driver.current_url)
    title = driver.find_element(By.CSS_SELECTOR, "main h1").text.split("\n")[-1].strip()
    lead.sign_out()

    # The chair accepts it for the next meeting.
    chair = Page(driver, server)
    chair.sign_in(DEMO_ACCOUNTS["partner"])
    chair.open(review_path)
    choose(driver, "decision", "accepted")
    Select(driver.find_element(By.ID, "meeting")).select_by_index(1)
    chair.submit("Save the decision")
    assert "Decision saved" in driver.page_source and "the pack reaches the panel by" in driver.page_source
    chair.check("panel-review-accepted")
    type_into(driver, "risks", "People may go home without knowing how to take their tablets")
    chair.submit("Save my feedback")
    chair.sign_out()

    member = Page(driver, server)
    member.sign_in(MEMBER)
    member.open(review_path)
    type_into(driver, "thoughts", "A clear pack")
    member.submit("Save my thoughts")
    type_into(driver, "who_is_missing", "Carers who collect medicines for someone else")
    type_into(driver, "communication", "Say what happens next in plain words")
    member.submit("Save my feedback")
    assert "Your feedback is saved" in driver.page_source
    member.check("panel-review-member-feedback")
    member.sign_out()

    chair.sign_in(DEMO_ACCOUNTS["partner"])
    chair.open(review_path)
    assert "Carers who collect medicines" in driver.page_source
    type_into(driver, "agreed-who_is_missing", "Ask carers who collect medicines what would help")
    type_into(driver, "agreed-communication", "Test the leaflet with three patients")
    chair.submit("Agree the feedback")
    assert "Feedback agreed" in driver.page_source
    chair.check("panel-review-agreed")
    chair.sign_out()

    # The lead replies to each point and records the 3-month follow-up with evidence.
    lead.sign_in(DEMO_ACCOUNTS["staff"])
    lead.open(review_path)
    for _ in range(2):
        card = driver.find_element(By.XPATH, "//main//div[contains(@class,'nhsuk-card')][.//button[normalize-space()='Reply']]")
        field = card.find_element(By.XPATH, ".//input[@name='response'][@value='will_act']")
        driver.find_element(By.CSS_SELECTOR, f"label[for='{field.get_attribute('id')}']").click()
        card.find_element(By.XPATH, ".//textarea[@name='reply']").send_keys("Thank you: we will do this before the pilot.")
        lead.follow(card.find_element(By.XPATH, ".//button[normalize-space()='Reply']"))
        assert "Reply saved" in driver.page_source
    type_into(driver, "changed", "We met six carers and rewrote the leaflet with them.")
    type_into(driver, "evidence", "not a link")
    lead.submit("Send the follow-up")
    assert "is not a web address" in driver.page_source
    lead.check("panel-follow-up-errors")
    type_into(driver, "evidence", "https://www.example.org/leaflet-survey")
    leaflet = tmp_path / "leaflet-v2.pdf"
    leaflet.write_bytes(b"%PDF-1.4 the new leaflet")
    driver.find_element(By.ID, "file").send_keys(str(leaflet))
    lead.submit("Send the follow-up")
    assert "the panel can see what changed" in driver.page_source and "leaflet-v2.pdf (download)" in driver.page_source
    lead.check("panel-review-follow-up")
    lead.sign_out()

    chair.sign_in(DEMO_ACCOUNTS["partner"])
    chair.open(panel_path)
    chair.follow(driver.find_element(By.LINK_TEXT, "Yearly report"))
    report = driver.page_source
    assert "Reviews held (feedback agreed)" in report
    # The review is counted as held, its two points as acted on, its follow-up in its journey.
    assert "answered points" in report and title in report
    rows = driver.find_elements(By.XPATH, f"//main//tr[.//a[normalize-space()={title!r}]]")
    assert any("Feedback agreed" in row.text and "3 months" in row.text for row in rows)
    chair.check("panel-report")
