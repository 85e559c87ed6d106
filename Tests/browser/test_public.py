"""A member of the public: finds "You said, we did" from the home page in two
clicks, answers a survey asking to be told what changes, and is emailed when a
change their answer supports is made."""
from selenium.webdriver.common.by import By

from conftest import DEMO_ACCOUNTS, Page
from test_change import click_label
from test_projects import type_into

ANSWER = "The pharmacy trolley never came up to the ward before the evening rounds."
ADDRESS = "jo.public@example.org"
WHAT_CHANGED = "People now get a text message as soon as their medicines leave the pharmacy."


def test_the_public_finds_what_changed_and_hears_when_their_answer_leads_to_a_change(server, driver):
    page = Page(driver, server)

    # Two clicks from the home page to what one project changed.
    page.open("/")
    page.follow(driver.find_element(By.LINK_TEXT, "See what has changed because people spoke up"))
    page.check("public-you-said-we-did-index")
    page.follow(driver.find_element(By.LINK_TEXT, "Getting medicines to take home faster"))
    assert "Prepare medicines to take home the day before someone leaves hospital." in driver.find_element(By.TAG_NAME, "main").text
    page.check("public-you-said-we-did-from-home")

    # The survey's public link, as the team hands it out.
    project_path = page.open_demo_project("coordinator")
    page.open(project_path + "/surveys")
    page.follow(driver.find_element(By.LINK_TEXT, "Leaving hospital with your medicines"))
    public_link = driver.find_element(By.CSS_SELECTOR, "main a[href*='/s/']").get_attribute("href")
    page.sign_out()

    # A member of the public answers and asks to be told; the box without an address is explained.
    driver.get(public_link)
    driver.find_element(By.CSS_SELECTOR, "input[type=radio][value='Poor']").click()
    driver.find_element(By.CSS_SELECTOR, "input[type=radio][value='More than 4 hours']").click()
    driver.find_element(By.CSS_SELECTOR, "textarea").send_keys(ANSWER)
    # The NHS.UK character count says how much room is left.
    assert "characters remaining" in driver.find_element(By.CSS_SELECTOR, ".nhsuk-character-count").text
    click_label(driver, "Tell me what changes because of this survey")
    page.submit("Send your answers")
    assert "Enter your email address, so we can tell you what changes" in driver.page_source
    page.check("public-survey-tell-me-missing-address")
    type_into(driver, "tell-me-email", ADDRESS)
    type_into(driver, "tell-me-name", "Jo")
    page.submit("Send your answers")
    assert "Thank you" in driver.page_source
    page.check("public-survey-tell-me-thanks")

    # The team codes the answer, adds it to the finding about waiting, and makes the change.
    page.sign_in(DEMO_ACCOUNTS["coordinator"])
    page.open(project_path + "/evidence?q=trolley")
    page.follow(driver.find_element(By.CSS_SELECTOR, "main .tandem-evidence a[href*='/evidence/']"))
    page.follow(driver.find_element(By.LINK_TEXT, "Code this comment"))
    click_label(driver, "Waiting and delays")
    page.submit("Save coding")
    page.open(project_path + "/findings")
    page.follow(driver.find_element(By.PARTIAL_LINK_TEXT, "People going home wait hours"))
    row = driver.find_element(By.XPATH, f"//li[.//blockquote[contains(., 'pharmacy trolley')]]")
    page.follow(row.find_element(By.XPATH, ".//button[normalize-space()='Add as evidence']"))
    page.open(project_path + "/recommendations")
    page.follow(driver.find_element(By.LINK_TEXT, "Send people a text message when their medicines are ready."))
    click_label(driver, "Implemented")
    type_into(driver, "note", WHAT_CHANGED)
    page.submit("Save")
    assert "The recommendation is now implemented" in driver.page_source
    page.sign_out()

    # The email to the person who answered is in the outbox.
    page.sign_in(DEMO_ACCOUNTS["admin"])
    page.open("/admin/outbox")
    row = driver.find_element(By.XPATH, f"//main//tr[td[normalize-space()={ADDRESS!r}]]")
    assert "You said, we did: Getting medicines to take home faster" in row.text
    page.check("outbox-survey-respondent-told")
    page.follow(row.find_element(By.PARTIAL_LINK_TEXT, "You said, we did"))
    assert WHAT_CHANGED in driver.find_element(By.TAG_NAME, "main").text
    page.check("outbox-email")
