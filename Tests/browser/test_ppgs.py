"""PPGs across the ICB: a coordinator imports a population file, opens the ICB view, a PPG,
its meeting and its health check with the under-represented groups; a PPG chair fills in the
self-assessment, the ICB heat map shows it and the coordinator turns the top need into a
workshop; a buddy pairing is proposed, accepted by both PPGs and reviewed; a visitor finds a
practice in the public directory and asks to join, and the chair's inbox has it. Axe on
every page."""
import datetime

from selenium.webdriver.common.by import By

from conftest import DEMO_ACCOUNTS, Page
from test_change import click_label
from test_projects import type_into

FIVE_YEAR = """PUBLICATION,EXTRACT_DATE,ORG_TYPE,ORG_CODE,ONS_CODE,POSTCODE,SEX,AGE_GROUP_5,NUMBER_OF_PATIENTS
GP_PRAC_PAT_LIST,01OCT2026,GP,ZZ0002,E38000162,NV2 3AB,FEMALE,25_29,400
GP_PRAC_PAT_LIST,01OCT2026,GP,ZZ0002,E38000162,NV2 3AB,MALE,30_34,380
GP_PRAC_PAT_LIST,01OCT2026,GP,ZZ0002,E38000162,NV2 3AB,FEMALE,70_74,200
GP_PRAC_PAT_LIST,01OCT2026,GP,ZZ0002,E38000162,NV2 3AB,ALL,ALL,980
GP_PRAC_PAT_LIST,01OCT2026,GP,Y12345,E38000162,ZZ1 1ZZ,FEMALE,25_29,10
"""


def test_a_coordinator_imports_patients_and_reads_a_ppgs_health_check(server, driver, tmp_path):
    coordinator = Page(driver, server)
    coordinator.sign_in(DEMO_ACCOUNTS["coordinator"])
    coordinator.follow(driver.find_element(By.LINK_TEXT, "PPGs"))
    assert "Riverside Primary Care Network" in driver.page_source
    coordinator.check("ppgs-icb-view")
    coordinator.follow(driver.find_element(By.LINK_TEXT, "Import registered patients"))
    bad = tmp_path / "gp-reg-pat-prac-quin-age-bad.csv"
    bad.write_text(FIVE_YEAR.replace("MALE,30_34,380", "MALE,30_34,lots"))
    driver.find_element(By.ID, "file").send_keys(str(bad))
    coordinator.submit("Import")
    assert "Nothing was imported. Line 3" in driver.page_source
    coordinator.check("population-import-refused")
    good = tmp_path / "gp-reg-pat-prac-quin-age.csv"
    good.write_text(FIVE_YEAR)
    driver.find_element(By.ID, "file").send_keys(str(good))
    coordinator.submit("Import")
    assert "1 practice imported" in driver.page_source and "Y12345" in driver.page_source
    coordinator.check("population-imported")

    coordinator.open("/ppgs")
    coordinator.follow(driver.find_element(By.LINK_TEXT, "Market Street Surgery"))
    assert "Market Street Surgery Patient Group" in driver.page_source
    coordinator.check("ppg-page")
    coordinator.follow(driver.find_element(By.LINK_TEXT, "Yearly statement"))
    assert "What we did to reach under-represented groups" in driver.page_source
    coordinator.check("ppg-statement")
    driver.back()
    coordinator.follow(driver.find_element(By.CSS_SELECTOR, 'main a[href*="/meetings/"]'))
    assert "Members who came" in driver.page_source
    coordinator.check("ppg-meeting")
    driver.back()
    coordinator.follow(driver.find_element(By.LINK_TEXT, "Record a meeting"))
    coordinator.submit("Record the meeting")
    assert "Enter the date of the meeting" in driver.page_source or "date of the meeting" in driver.page_source
    coordinator.check("ppg-meeting-form-errors")
    coordinator.open("/ppgs/new").check("ppg-new")
    coordinator.open("/ppgs/self-assessment").check("ppg-questionnaire")
    coordinator.open("/ppgs")
    coordinator.follow(driver.find_element(By.LINK_TEXT, "Oak Tree Medical Centre"))
    coordinator.follow(driver.find_element(By.PARTIAL_LINK_TEXT, "Health check"))
    assert "Index of dissimilarity" in driver.page_source
    assert "of the practice;" in driver.page_source
    assert "Engaging with the Primary Care Network" in driver.page_source and "Under-represented:" in driver.page_source
    coordinator.check("ppg-health-check")
    coordinator.open("/ppgs")
    coordinator.follow(driver.find_element(By.LINK_TEXT, "Oak Tree Medical Centre"))
    coordinator.follow(driver.find_element(By.LINK_TEXT, "Registered patients"))
    assert "Extracts kept" in driver.page_source and "1 October 2026" in driver.page_source
    coordinator.check("ppg-population")


def test_a_visitor_asks_to_join_and_the_chair_has_it(server, driver, phone):
    visitor = Page(phone, server)
    visitor.open("/ppg-directory")
    type_into(phone, "q", "Market Street")
    visitor.submit("Search")
    visitor.check("ppg-directory-phone")
    visitor.follow(phone.find_element(By.LINK_TEXT, "Market Street Surgery"))
    assert "Margaret" not in phone.page_source
    type_into(phone, "name", "Jo Visitor")
    type_into(phone, "email", "jo.visitor@example.org")
    visitor.submit("Send my request")
    assert "Tick the box" in phone.page_source
    visitor.check("ppg-join-errors-phone")
    click_label(phone, "The PPG's chair and the practice may contact me about joining")
    visitor.submit("Send my request")
    assert "Your request has gone to the PPG's chair" in phone.page_source
    visitor.check("ppg-join-sent-phone")

    chair = Page(driver, server)
    chair.sign_in(DEMO_ACCOUNTS["partner"])
    chair.open("/inbox")
    assert "Someone would like to join Market Street Surgery Patient Group" in driver.page_source


def test_a_chair_assesses_the_icb_plans_a_workshop_and_a_buddy_pairing_runs(server, driver):
    chair = Page(driver, server)
    chair.sign_in(DEMO_ACCOUNTS["partner"])
    chair.follow(driver.find_element(By.LINK_TEXT, "Market Street Surgery Patient Group"))
    chair.follow(driver.find_element(By.LINK_TEXT, "Self-assessment"))
    chair.check("ppg-self-assessment")
    chair.follow(driver.find_element(By.LINK_TEXT, "Fill it in again"))
    driver.find_element(By.CSS_SELECTOR, 'input[name="level-younger-members"][value="0"]').click()
    type_into(driver, "comment-younger-members", "Nobody under 50 has come this year.")
    chair.check("ppg-self-assessment-form")
    chair.submit("Save the self-assessment")
    assert "Self-assessment saved" in driver.page_source and "Nobody under 50 has come this year." in driver.page_source
    assert "Before" in driver.page_source
    chair.check("ppg-self-assessment-compared")
    chair.sign_out()

    coordinator = Page(driver, server)
    coordinator.sign_in(DEMO_ACCOUNTS["coordinator"])
    coordinator.open("/ppgs")
    coordinator.follow(driver.find_element(By.LINK_TEXT, "Needs across the ICB"))
    assert "Market Street Surgery Patient Group" in driver.page_source and "tandem-heat-1" in driver.page_source
    assert "are starting on: Recruiting younger members" in driver.page_source or "have not begun on: Recruiting younger members" in driver.page_source
    coordinator.check("ppg-needs-heat-map")
    coordinator.follow(driver.find_elements(By.PARTIAL_LINK_TEXT, "Plan a workshop on this")[0])
    assert driver.find_element(By.ID, "title").get_attribute("value").startswith("Workshop: ")
    assert "Market Street Surgery Patient Group" in driver.find_element(By.ID, "details").get_attribute("value")
    day = datetime.date.today() + datetime.timedelta(days=28)
    type_into(driver, "on", str(day.day))
    type_into(driver, "on-month", str(day.month))
    type_into(driver, "on-year", str(day.year))
    type_into(driver, "starts", "10:00")
    type_into(driver, "ends", "12 noon")
    type_into(driver, "venue", "Riverside Surgery")
    coordinator.submit("Save as a draft")
    assert "Workshop: " in driver.page_source and "PPG support" in driver.page_source
    coordinator.check("ppg-need-workshop")

    coordinator.open("/ppgs")
    coordinator.follow(driver.find_element(By.LINK_TEXT, "Buddy scheme"))
    coordinator.check("ppg-buddies")
    coordinator.submit("Propose pairs")
    assert "proposed" in driver.page_source or "No new pairs to propose" in driver.page_source
    coordinator.sign_out()

    # The demo's proposed pairing: Market Street (its chair is the demo partner) would be the buddy.
    chair.sign_in(DEMO_ACCOUNTS["partner"])
    chair.follow(driver.find_element(By.LINK_TEXT, "Market Street Surgery Patient Group"))
    chair.follow(driver.find_element(By.PARTIAL_LINK_TEXT, "Buddy to "))
    assert "Why it was proposed" in driver.page_source
    chair.check("ppg-buddy-proposed")
    chair.submit("Accept")
    assert "You have accepted" in driver.page_source
    pair_page = driver.current_url
    chair.sign_out()

    # The other PPG's side, answered by the coordinator for it.
    coordinator.sign_in(DEMO_ACCOUNTS["coordinator"])
    coordinator.open("/ppgs/buddies")
    coordinator.follow(driver.find_element(By.LINK_TEXT, "Market Street Surgery Patient Group"))
    other = driver.find_element(By.XPATH, "//main//h1").text
    supported_name = other.split(" supporting ")[-1]
    coordinator.open("/ppgs")
    coordinator.follow(driver.find_element(By.LINK_TEXT, supported_name.replace(" Patient Group", "")))
    coordinator.follow(driver.find_element(By.PARTIAL_LINK_TEXT, "Supported by Market Street"))
    coordinator.submit("Accept")
    assert "Under way" in driver.page_source
    coordinator.check("ppg-buddy-under-way")
    coordinator.sign_out()

    chair.sign_in(DEMO_ACCOUNTS["partner"])
    driver.get(pair_page)
    driver.find_element(By.XPATH, "//main//summary[contains(., 'Say how it is going')]").click()
    click_label(driver, "3 months")
    type_into(driver, "going", "Two good meetings; they are trying our recruitment leaflet.")
    chair.submit("Send the review")
    assert "Two good meetings" in driver.page_source
    chair.check("ppg-buddy-reviewed")
