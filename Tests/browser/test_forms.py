"""Forms in the browser: problems are explained with the NHS.UK error summary and
nothing is saved."""
from selenium.webdriver.common.by import By


from conftest import DEMO_ACCOUNTS, Page


def test_invalid_organisation_form_shows_the_error_summary_and_saves_nothing(server, driver):
    page = Page(driver, server)
    page.sign_in(DEMO_ACCOUNTS["coordinator"])
    page.open("/organisations/new")
    driver.find_element(By.ID, "name").send_keys("Browser Test Hospital")
    driver.find_element(By.CSS_SELECTOR, "input[name=kind][value=nhs_trust]").click()
    driver.find_element(By.ID, "ods-code").send_keys("R!1")
    page.submit()

    summary = driver.find_element(By.CSS_SELECTOR, ".nhsuk-error-summary")
    assert "There is a problem" in summary.text
    assert "ODS code must only include letters A to Z and numbers" in summary.text
    assert driver.find_element(By.ID, "name").get_attribute("value") == "Browser Test Hospital"
    assert driver.title.startswith("Error:")
    page.check("organisation-form-with-errors")

    # The summary links to the field.
    summary.find_element(By.CSS_SELECTOR, "a[href='#ods-code']").click()
    assert driver.switch_to.active_element.get_attribute("id") == "ods-code"

    page.open("/organisations?q=browser+test")
    assert "No organisations match your search" in driver.page_source


def test_a_partner_records_and_withdraws_consent(server, driver):
    page = Page(driver, server)
    page.sign_in(DEMO_ACCOUNTS["partner"])
    page.open("/me")
    driver.find_element(By.LINK_TEXT, "Give or withdraw consent").click()
    page.check("partner-consent")
    driver.find_element(By.CSS_SELECTOR, "input[name='purposes[]'][value=quotes_named]").click()
    page.submit("Give consent")
    assert "Consent recorded" in driver.page_source
    row = driver.find_element(By.XPATH, "//tr[.//strong[normalize-space()='Use my words with my name']]")
    assert "Given" in row.text
    page.follow(row.find_element(By.XPATH, ".//button[normalize-space()='Withdraw']"))
    assert "took effect straight away" in driver.page_source
    row = driver.find_element(By.XPATH, "//tr[.//strong[normalize-space()='Use my words with my name']]")
    assert "Withdrawn" in row.text
    page.check("partner-consent-withdrawn")
