"""Each role's home page shows the work waiting for them in the demo, and each
item leads to the page where it is done. Axe on every page."""
from selenium.webdriver.common.by import By

from conftest import DEMO_ACCOUNTS, Page


def section(driver, list_id):
    return driver.find_element(By.ID, list_id)


def test_a_coordinator_sees_an_overdue_milestone_and_goes_to_mark_it_reached(server, driver):
    page = Page(driver, server)
    page.sign_in(DEMO_ACCOUNTS["coordinator"])
    page.check("home-coordinator")
    milestones = section(driver, "overdue-milestones")
    assert "Mystery shopper visits done" in milestones.text and "Overdue by 5 days" in milestones.text
    assert "waiting to be coded" in section(driver, "comments-to-code").text
    assert "Give everyone a printed list" in section(driver, "recommendations-waiting").text
    page.follow(milestones.find_element(By.LINK_TEXT, "Mystery shopper visits done"))
    page.check("home-coordinator-milestone")
    assert driver.current_url.endswith("/proposal#milestones")
    driver.find_element(By.XPATH, "//button[contains(., 'Mark as reached') and contains(., 'Mystery shopper visits done')]")
    page.sign_out()


def test_a_staff_member_sees_an_overdue_recommendation_and_goes_to_act_on_it(server, driver):
    page = Page(driver, server)
    page.sign_in(DEMO_ACCOUNTS["staff"])
    page.check("home-staff")
    recommendations = section(driver, "recommendations-to-act-on")
    first = recommendations.find_elements(By.CSS_SELECTOR, "li")[0]
    assert "Give everyone a printed list of their medicines" in first.text and "Overdue by 5 days" in first.text
    assert "Getting medicines to take home faster" in section(driver, "organisation-projects").text
    page.follow(first.find_element(By.PARTIAL_LINK_TEXT, "Give everyone a printed list"))
    page.check("home-staff-recommendation")
    assert "Agreed" in driver.find_element(By.TAG_NAME, "main").text
    driver.find_element(By.XPATH, "//main//button[normalize-space()='Save']")
    page.sign_out()


def test_a_partner_sees_comments_to_code_and_the_change_her_voice_made(server, driver):
    page = Page(driver, server)
    page.sign_in(DEMO_ACCOUNTS["partner"])
    page.check("home-partner")
    coding = section(driver, "comments-to-code")
    assert "Getting medicines to take home faster" in coding.text and "waiting to be coded" in coding.text
    changed = section(driver, "voice-changed")
    assert "Prepare medicines to take home the day before someone leaves hospital." in changed.text

    # The home page lists her three newest messages; other tests on this server may have sent her
    # newer ones, so the "You said, we did" message is followed from her inbox, which lists them all.
    page.follow(section(driver, "messages").find_element(By.PARTIAL_LINK_TEXT, "Your inbox"))
    assert "You said, we did: Getting medicines to take home faster" in driver.page_source
    page.check("home-partner-inbox")
    assert "Every ward now sends the pharmacy its discharge list the afternoon before." in driver.page_source

    page.open("/")
    page.follow(section(driver, "voice-changed").find_element(By.PARTIAL_LINK_TEXT, "Prepare medicines"))
    page.check("home-partner-voice")
    assert "What became of it" in driver.page_source

    page.open("/")
    page.follow(section(driver, "comments-to-code").find_element(By.PARTIAL_LINK_TEXT, "Code comments for"))
    page.check("home-partner-coding")
    page.follow(driver.find_element(By.LINK_TEXT, "Code the next comment"))
    assert "/code" in driver.current_url
    page.sign_out()
