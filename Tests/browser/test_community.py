"""The community of patient partners: a coordinator posts a paid opportunity aimed at young carers;
the demo partner and someone on the public page say they are interested; the ranking gives its
reasons; the coordinator selects the partner and both people are told; the partner claims time
and an expense with a receipt; the coordinator approves it; the finance export holds it once; the
partner's yearly statement shows it. Axe on every page."""
import datetime

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import DEMO_ACCOUNTS, Page
from test_projects import type_into
from test_training import choose

TITLE = "Young carers' voice in hospital discharge"


def fill_date(driver, field, day):
    type_into(driver, field, str(day.day))
    type_into(driver, f"{field}-month", str(day.month))
    type_into(driver, f"{field}-year", str(day.year))


def test_a_paid_opportunity_is_filled_fairly_and_the_time_is_paid_once(server, driver, tmp_path):
    today = datetime.date.today()
    coordinator = Page(driver, server)
    coordinator.sign_in(DEMO_ACCOUNTS["coordinator"])
    coordinator.open("/opportunities")
    coordinator.check("opportunities")
    coordinator.follow(driver.find_element(By.LINK_TEXT, "Post an opportunity"))
    coordinator.submit("Post the opportunity")
    assert "Say what the opportunity involves" in driver.page_source
    coordinator.check("opportunity-form-errors")
    type_into(driver, "title", TITLE)
    type_into(driver, "summary", "Two evening workshops to redesign what carers are told when someone leaves hospital.")
    Select(driver.find_element(By.ID, "kind")).select_by_value("focus_group")
    type_into(driver, "commitment", "Two evenings in January")
    type_into(driver, "hours", "2")
    choose(driver, "setting", "online")
    choose(driver, "paid", "yes")
    type_into(driver, "experience", "Carer, Hospital discharge")
    choose(driver, "reach[]", "young_carers")
    type_into(driver, "places", "1")
    fill_date(driver, "closes", today + datetime.timedelta(days=21))
    type_into(driver, "contact-name", "Samira Patel")
    type_into(driver, "contact-email", "coordinator@demo.example.org")
    coordinator.submit("Post the opportunity")
    assert "Opportunity posted" in driver.page_source
    coordinator.check("opportunity")
    opportunity_path = coordinator.path(driver.current_url)
    opportunity_id = opportunity_path.rstrip("/").split("/")[-1]
    coordinator.sign_out()

    # The demo partner, a carer, says she is interested.
    partner = Page(driver, server)
    partner.sign_in(DEMO_ACCOUNTS["partner"])
    partner.follow(driver.find_element(By.LINK_TEXT, "Opportunities"))
    partner.follow(driver.find_element(By.LINK_TEXT, TITLE))
    partner.submit("Send")
    assert "Tell the coordinator a little" in driver.page_source
    partner.check("opportunity-interest-errors")
    type_into(driver, "note", "I care for my husband and know how confusing leaving hospital is.")
    choose(driver, "availability", "free")
    partner.submit("Send")
    assert "the coordinator will tell you either way" in driver.page_source
    partner.check("opportunity-interested")
    partner.sign_out()

    # Someone not yet a partner says so on the public page; refused without consent, then sent.
    partner.open("/get-involved")
    partner.check("get-involved")
    partner.follow(driver.find_element(By.LINK_TEXT, TITLE))
    type_into(driver, "name", "Tyler Brooks")
    type_into(driver, "email", "tyler.brooks@example.org")
    type_into(driver, "note", "I am 19 and look after my mum.")
    choose(driver, "availability", "partly")
    partner.submit("Send")
    assert "Tick the box to agree" in driver.page_source and "Tyler Brooks" in driver.page_source
    partner.check("get-involved-errors")
    choose(driver, "consent[]", "yes")
    partner.submit("Send")
    assert "tell you either way by email" in driver.page_source
    partner.check("get-involved-sent")

    # The ranking gives its reasons; the coordinator selects the partner and everyone is told.
    coordinator.sign_in(DEMO_ACCOUNTS["coordinator"])
    coordinator.open(opportunity_path)
    coordinator.follow(driver.find_element(By.PARTIAL_LINK_TEXT, "People interested"))
    ranked = driver.page_source
    assert "Lived experience the opportunity wants: Carer" in ranked
    assert "Tyler Brooks" in ranked and "(from the public page)" in ranked
    assert "Representation check" in ranked
    coordinator.check("opportunity-ranked")
    row = driver.find_element(By.XPATH, "//main//tr[.//strong[normalize-space()='Margaret Ellison']]")
    box = row.find_element(By.XPATH, ".//input[@name='selected[]']")
    driver.find_element(By.CSS_SELECTOR, f"label[for='{box.get_attribute('id')}']").click()
    coordinator.submit("Select and tell them")
    assert "everyone else has been told" in driver.page_source
    coordinator.check("opportunity-selected")
    coordinator.sign_out()

    admin = Page(driver, server)
    admin.sign_in(DEMO_ACCOUNTS["admin"])
    admin.open("/admin/outbox")
    assert f"About {TITLE}" in driver.page_source
    admin.sign_out()

    # The partner has her message, then claims her time and parking with a receipt.
    partner.sign_in(DEMO_ACCOUNTS["partner"])
    partner.open("/inbox")
    assert f"You have a place: {TITLE}" in driver.page_source
    partner.follow(driver.find_element(By.LINK_TEXT, "Your time"))
    partner.check("my-time")
    fill_date(driver, "on", today)
    type_into(driver, "activity", "Discharge workshop")
    Select(driver.find_element(By.ID, "opportunity")).select_by_value(opportunity_id)
    choose(driver, "level", "standard")
    type_into(driver, "hours", "2")
    type_into(driver, "preparation", "0.5")
    Select(driver.find_element(By.ID, "expense")).select_by_value("parking")
    type_into(driver, "amount", "3.40")
    partner.submit("Send the claim")
    assert "Add a receipt for the parking" in driver.page_source
    partner.check("my-time-errors")
    receipt = tmp_path / "parking.pdf"
    receipt.write_bytes(b"%PDF-1.4 parking receipt")
    driver.find_element(By.ID, "receipt").send_keys(str(receipt))
    partner.submit("Send the claim")
    # 2.5 hours at the standard rate of 12.65 an hour, and 3.40 parking.
    assert "Claim sent for £35.03" in driver.page_source
    partner.check("my-time-claimed")
    partner.sign_out()

    # The coordinator approves it; the export for this month holds it once.
    coordinator.sign_in(DEMO_ACCOUNTS["coordinator"])
    coordinator.open("/recognition")
    coordinator.check("claims")
    coordinator.follow(driver.find_element(By.XPATH, "//main//tr[.//td[contains(., 'Discharge workshop')]]//a"))
    assert "parking.pdf" in driver.page_source and "£35.03" in driver.page_source
    coordinator.check("claim")
    choose(driver, "decision", "approved")
    coordinator.submit("Save the decision")
    assert "Claim approved: £35.03" in driver.page_source
    csv = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch('/recognition/finance.csv', {credentials: 'same-origin'}).then(r => r.text()).then(done);")
    assert csv.count("Discharge workshop") == 1 and "35.03" in csv
    coordinator.sign_out()

    # Her yearly statement shows the hours and the payment.
    partner.sign_in(DEMO_ACCOUNTS["partner"])
    partner.open("/me/statement")
    statement = driver.page_source
    assert "Discharge workshop" in statement and "£31.63" in statement and "£3.40" in statement
    partner.check("statement")
