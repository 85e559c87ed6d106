"""PPGs across the ICB: a coordinator imports a population file, opens the ICB view, a PPG,
its meeting and its health check with the under-represented groups; a visitor finds a
practice in the public directory and asks to join, and the chair's inbox has it. Axe on
every page."""
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
    coordinator.follow(driver.find_element(By.PARTIAL_LINK_TEXT, "Health check"))
    assert "Index of dissimilarity" in driver.page_source
    assert "of the practice;" in driver.page_source
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
