"""Events for the public: found from the home page, registered for on a phone
without an account, the waiting list, and a place given up by the personal link
from the email, which moves the next person up. Axe on every page."""
import re

from selenium.webdriver.common.by import By

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

    # Jo gives the place up; Sam is told it is now theirs.
    visitor.open(cancel).check("give-up-place-phone")
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
