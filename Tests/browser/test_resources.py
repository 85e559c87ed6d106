"""The resource library: a coordinator adds a resource, an SVG is refused with the
error summary, a PDF is uploaded and published; the public filters the library by
topic, opens a resource and says it was useful. Axe on every page."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import DEMO_ACCOUNTS, Page
from test_change import click_label
from test_projects import type_into


def test_a_coordinator_adds_a_resource_and_the_public_finds_and_rates_it(server, driver, phone, tmp_path):
    keeper = Page(driver, server)
    keeper.sign_in(DEMO_ACCOUNTS["coordinator"])
    keeper.follow(driver.find_element(By.LINK_TEXT, "Library"))
    assert "due for review" in driver.page_source
    keeper.check("resources-admin")
    keeper.follow(driver.find_element(By.LINK_TEXT, "Add a resource"))
    type_into(driver, "title", "Chairing a PPG meeting well")
    keeper.submit("Save as a draft")
    assert "Say in a sentence or two what it is" in driver.page_source
    assert driver.find_element(By.ID, "title").get_attribute("value") == "Chairing a PPG meeting well"
    keeper.check("resource-new-errors")
    type_into(driver, "summary", "How a chair keeps a PPG meeting welcoming, on time and focused on what patients said.")
    Select(driver.find_element(By.ID, "kind")).select_by_visible_text("Guide")
    type_into(driver, "topics", "PPG support, Meetings")
    type_into(driver, "made-by", "Northvale PPG Network")
    type_into(driver, "permission", "Made by us")
    keeper.submit("Save as a draft")
    assert "Resource saved as a draft" in driver.page_source

    logo = tmp_path / "logo.svg"
    logo.write_text("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>")
    driver.find_element(By.ID, "file").send_keys(str(logo))
    keeper.submit("Upload")
    assert "A .svg file cannot go in the library" in driver.page_source
    keeper.check("resource-upload-refused")
    guide = tmp_path / "chairing.pdf"
    guide.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    driver.find_element(By.ID, "file").send_keys(str(guide))
    keeper.submit("Upload")
    assert "Standard file uploaded" in driver.page_source
    keeper.submit("Publish to the library")
    assert "Anyone can now find it" in driver.page_source
    keeper.check("resource-admin-page")
    keeper.open("/admin/resources/usage").check("resources-usage")

    visitor = Page(phone, server)
    visitor.open("/resources")
    Select(phone.find_element(By.ID, "topic")).select_by_value("Meetings")
    visitor.submit("Search")
    assert "Chairing a PPG meeting well" in phone.page_source
    visitor.check("resources-topic-phone")
    visitor.follow(phone.find_element(By.LINK_TEXT, "Chairing a PPG meeting well"))
    click_label(phone, "Yes")
    visitor.submit("Send")
    assert "Thank you" in phone.page_source
    visitor.check("resource-rated-phone")
