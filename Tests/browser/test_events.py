"""Events for the public: found from the home page, registered for on a phone
without an account, the waiting list, and a place given up by the personal link
from the email, which moves the next person up. Axe on every page."""
import io
import re

import zxingcpp
from PIL import Image
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import DEMO_ACCOUNTS, Page
from test_change import click_label
from test_projects import type_into


def register(page, driver, name, email):
    type_into(driver, "name", name)
    type_into(driver, "email", email)
    click_label(driver, "You may contact me about this event")
    page.submit()


def test_the_public_registers_for_a_workshop_on_a_phone_and_a_given_up_place_moves_the_waiting_list(server, driver, phone):
    visitor = Page(phone, server)
    visitor.open("/").check("home-whats-on-phone")
    visitor.follow(phone.find_element(By.LINK_TEXT, "Getting your PPG going"))
    assert phone.execute_script("return document.documentElement.scrollWidth") <= 390
    visitor.check("public-event-phone")
    assert "1 place left" in phone.page_source
    # The consent box is needed; what was typed stays.
    type_into(phone, "name", "Jo Public")
    visitor.submit()
    assert "Tick the box to agree" in phone.page_source
    visitor.check("public-event-errors-phone")
    type_into(phone, "email", "jo.public@example.org")
    click_label(phone, "You may contact me about this event")
    click_label(phone, "Hearing loop")
    visitor.submit()
    assert "You have a place" in phone.page_source
    visitor.check("public-event-registered-phone")

    # The workshop is now full: the next person joins the waiting list.
    second = Page(driver, server)
    second.open("/whats-on").check("whats-on")
    second.follow(driver.find_element(By.LINK_TEXT, "Getting your PPG going"))
    assert "Join the waiting list" in driver.page_source
    register(second, driver, "Sam Waiting", "sam.waiting@example.org")
    assert "you are on the waiting list" in driver.page_source

    # Jo's confirmation, with its calendar entry and cancel link, is in the outbox.
    second.sign_in(DEMO_ACCOUNTS["admin"])
    second.open("/admin/outbox")
    row = driver.find_element(By.XPATH, "//main//tr[td[normalize-space()='jo.public@example.org']]")
    second.follow(row.find_element(By.PARTIAL_LINK_TEXT, "Your place"))
    body = driver.find_element(By.TAG_NAME, "main").text
    assert "event.ics" in body and "Your check-in code" in body
    cancel = re.search(r"(/places/[A-Za-z0-9_-]+)", body).group(1)
    second.sign_out()

    # Jo's place page shows a QR code; scanned, it opens Jo's check-in on the organiser's phone.
    visitor.open(cancel).check("give-up-place-phone")
    qr = phone.find_element(By.CSS_SELECTOR, ".tandem-qr-frame svg")
    decoded = zxingcpp.read_barcodes(Image.open(io.BytesIO(qr.screenshot_as_png)))
    assert len(decoded) == 1, "the QR code on the place page is readable"
    check_in = decoded[0].text
    assert re.search(r"/events/[0-9a-f-]+/check-in/[A-Z0-9]{6}$", check_in), check_in
    second.sign_in(DEMO_ACCOUNTS["coordinator"])
    driver.get(server + re.sub(r"^https?://[^/]+", "", check_in))
    second.check("check-in-scanned")
    second.submit("Check in Jo Public")
    assert "Jo Public is checked in" in driver.page_source and "1 of" in driver.page_source
    second.check("check-in")
    second.sign_out()

    # Jo gives the place up; Sam is told it is now theirs.
    visitor.submit("Give up my place")
    assert "Your place is given up" in phone.page_source
    second.sign_in(DEMO_ACCOUNTS["admin"])
    second.open("/admin/outbox")
    assert driver.find_elements(By.XPATH, "//main//tr[td[normalize-space()='sam.waiting@example.org']][contains(., 'A place for you')]")


def test_an_events_calendar_entry_reads_back_in_an_independent_calendar_library(server, driver):
    """The python `icalendar` library reads the .ics, with its own VTIMEZONE, to the same UK time."""
    import datetime
    import urllib.request
    import zoneinfo

    import icalendar

    page = Page(driver, server)
    page.open("/whats-on")
    page.follow(driver.find_element(By.LINK_TEXT, "Getting your PPG going"))
    href = driver.find_element(By.PARTIAL_LINK_TEXT, "Add it to your calendar").get_attribute("href")
    with urllib.request.urlopen(href) as response:
        assert response.headers["Content-Type"].startswith("text/calendar")
        data = response.read()
    calendar = icalendar.Calendar.from_ical(data)
    event = next(component for component in calendar.walk("VEVENT"))
    start = event.decoded("DTSTART")
    assert str(start.tzinfo) in ("Europe/London", "BST", "GMT") or start.utcoffset() is not None
    london = start.astimezone(zoneinfo.ZoneInfo("Europe/London"))
    assert (london.hour, london.minute) == (10, 0), "the workshop is at 10am UK time"
    assert start.astimezone(datetime.timezone.utc).hour in (9, 10)
    assert str(event.get("SUMMARY")) == "Getting your PPG going"


def choose(driver, name, value):
    driver.find_element(By.CSS_SELECTOR, f"input[name='{name}'][value='{value}']").click()


def test_a_coordinator_runs_a_workshop_with_three_places_from_planning_to_attendance(server, driver, phone, tmp_path):
    import datetime

    organiser = Page(driver, server)
    organiser.sign_in(DEMO_ACCOUNTS["coordinator"])
    organiser.open("/events").check("events")
    organiser.follow(driver.find_element(By.LINK_TEXT, "Plan an event"))
    organiser.check("event-new")
    day = datetime.date.today() + datetime.timedelta(days=21)
    type_into(driver, "title", "Hearing from carers")
    type_into(driver, "summary", "A workshop to plan how we hear from carers.")
    choose(driver, "kind", "workshop")
    choose(driver, "audience", "public")
    type_into(driver, "on", str(day.day))
    type_into(driver, "on-month", str(day.month))
    type_into(driver, "on-year", str(day.year))
    type_into(driver, "starts", "10:00")
    type_into(driver, "ends", "9:00")
    type_into(driver, "venue", "Hillcrest Health Centre")
    type_into(driver, "capacity", "3")
    organiser.submit("Save as a draft")
    assert "The end must be after the start" in driver.page_source
    organiser.check("event-new-errors")
    type_into(driver, "ends", "12 noon")
    organiser.submit("Save as a draft")
    event_path = organiser.path(driver.current_url)
    choose(driver, "status", "published")
    organiser.submit("Save")
    assert "Published" in driver.page_source
    organiser.check("event-organiser")

    # Four people register on a phone; the fourth joins the waiting list.
    visitor = Page(phone, server)
    for number, name in enumerate(["Ana Lee", "Ben Ode", "Cat Ray", "Dev Kim"], start=1):
        phone.delete_all_cookies()
        visitor.open("/whats-on")
        visitor.follow(phone.find_element(By.LINK_TEXT, "Hearing from carers"))
        register(visitor, phone, name, name.split()[0].lower() + "@example.org")
        assert ("on the waiting list" if number == 4 else "You have a place") in phone.page_source
    visitor.check("event-waiting-list-phone")

    # Ben gives his place up by the link in his email; Dev moves up.
    organiser.sign_out()
    organiser.sign_in(DEMO_ACCOUNTS["admin"])
    organiser.open("/admin/outbox")
    confirmations = driver.find_elements(By.XPATH, "//main//tr[contains(., 'Your place: Hearing from carers')]")
    assert len(confirmations) == 3
    row = driver.find_element(By.XPATH, "//main//tr[td[normalize-space()='ben@example.org']]")
    organiser.follow(row.find_element(By.PARTIAL_LINK_TEXT, "Your place"))
    assert "event.ics" in driver.find_element(By.TAG_NAME, "main").text
    cancel = re.search(r"(/places/[A-Za-z0-9_-]+)", driver.find_element(By.TAG_NAME, "main").text).group(1)
    phone.delete_all_cookies()
    visitor.open(cancel)
    visitor.submit("Give up my place")
    organiser.open("/admin/outbox")
    assert driver.find_elements(By.XPATH, "//main//tr[td[normalize-space()='dev@example.org']][contains(., 'A place for you')]")
    organiser.sign_out()

    # On the day the organiser takes attendance.
    organiser.sign_in(DEMO_ACCOUNTS["coordinator"])
    organiser.open(event_path)
    table = driver.find_element(By.XPATH, "//table[caption[contains(., 'People registered')]]")
    assert "Dev Kim" in table.text and "Ben Ode" not in table.text
    select = table.find_element(By.XPATH, ".//tr[contains(., 'Ana Lee')]//select")
    select.find_element(By.CSS_SELECTOR, "option[value='present']").click()
    organiser.submit("Save attendance")
    assert "Attendance saved" in driver.page_source
    organiser.check("event-attendance")

    # Afterwards its slides go to the library in one step, and the public finds them by searching.
    slides = tmp_path / "hearing-from-carers-slides.pdf"
    slides.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    type_into(driver, "title", "Hearing from carers: workshop slides")
    driver.find_element(By.ID, "materials-file").send_keys(str(slides))
    organiser.submit("Publish to the library")
    assert "is published in the library" in driver.page_source
    organiser.check("event-materials-published")
    phone.delete_all_cookies()
    visitor.open("/")
    visitor.follow(phone.find_element(By.LINK_TEXT, "Search all resources"))
    type_into(phone, "q", "carers slides")
    visitor.submit("Search")
    assert "1 resource match" in phone.page_source
    visitor.check("resources-search-phone")
    visitor.follow(phone.find_element(By.LINK_TEXT, "Hearing from carers: workshop slides"))
    assert phone.execute_script("return document.documentElement.scrollWidth") <= 390
    assert "Standard: PDF" in phone.page_source and "Hearing from carers" in phone.page_source
    visitor.check("resource-page-phone")



def test_organisers_pages_on_the_day_and_after_and_a_partner_registering_with_one_click(server, driver):
    organiser = Page(driver, server)
    organiser.sign_in(DEMO_ACCOUNTS["coordinator"])
    organiser.open("/events")
    Select(driver.find_element(By.ID, "kind")).select_by_visible_text("Training session")
    organiser.submit("Filter")
    organiser.check("events-filtered")
    organiser.follow(driver.find_element(By.LINK_TEXT, "Co-production training: working as equal partners"))
    assert "Zara Hussain" in driver.page_source, "the waiting list is shown"
    organiser.follow(driver.find_element(By.LINK_TEXT, "Check in at the door"))
    type_into(driver, "walk-in-name", "Nell Late")
    organiser.submit("Add and check in")
    assert "All 6 places are taken" in driver.page_source
    assert driver.find_element(By.ID, "walk-in-name").get_attribute("value") == "Nell Late"
    organiser.check("check-in-full")
    organiser.open("/events")
    organiser.follow(driver.find_element(By.LINK_TEXT, "Getting your PPG going"))
    organiser.follow(driver.find_element(By.LINK_TEXT, "Change the event"))
    organiser.check("event-edit")
    type_into(driver, "capacity", "5")
    organiser.submit("Save")
    # Earlier tests in this file may have taken the workshop's last place: 11 or 12 people have one.
    assert re.search(r"1[12] people already have places", driver.page_source)
    organiser.check("event-edit-errors")

    organiser.open("/events?when=past")
    organiser.follow(driver.find_element(By.LINK_TEXT, "Northvale voices: our annual involvement conference"))
    assert "Closing record" in driver.page_source and "Riverside Surgery PPG" in driver.page_source
    organiser.check("event-closing-record")
    organiser.sign_out()

    partner = Page(driver, server)
    partner.sign_in(DEMO_ACCOUNTS["partner"])
    partner.open("/whats-on")
    partner.follow(driver.find_element(By.LINK_TEXT, "Co-production in improvement: an introduction"))
    assert "You are signed in as" in driver.page_source
    partner.check("event-register-me")
    partner.submit("Register me")
    assert "You have a place" in driver.page_source
