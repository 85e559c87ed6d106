"""Themes open their comments, and coders settle a disagreement side by side."""
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import Page


def test_a_theme_opens_its_comments_and_a_disagreement_is_settled(server, driver):
    page = Page(driver, server)
    project_path = page.open_demo_project("staff")

    # From a theme on the overview to its comments, filtered.
    page.open(project_path + "/themes")
    page.follow(driver.find_element(By.PARTIAL_LINK_TEXT, "Waiting and delays"))
    assert "/evidence?theme=" in driver.current_url
    main = driver.find_element(By.TAG_NAME, "main").text
    matched = re.search(r"([\d,]+) pieces? of evidence match", main)
    assert matched and int(matched.group(1).replace(",", "")) > 0
    assert Select(driver.find_element(By.ID, "theme")).first_selected_option.text == "Waiting and delays"
    page.check("theme-comments")

    # Two people coded a comment differently; the team agrees its coding.
    page.open(project_path + "/coding")
    page.follow(driver.find_element(By.LINK_TEXT, "Coding disagreements to agree"))
    page.check("coding-disagreements")
    before = int(re.search(r"([\d,]+) comments? to agree", driver.page_source).group(1).replace(",", ""))
    page.follow(driver.find_elements(By.PARTIAL_LINK_TEXT, "Agree the coding")[0])
    table = driver.find_element(By.XPATH, "//table[caption[contains(., 'What each person chose')]]")
    assert "Yes" in table.text and "No" in table.text
    page.check("coding-settle")
    page.submit("Agree this coding")
    assert "Agreed coding saved" in driver.page_source
    main = driver.find_element(By.TAG_NAME, "main").text
    after = re.search(r"([\d,]+) comments? to agree", main)
    assert (int(after.group(1).replace(",", "")) if after else 0) == before - 1
    page.check("coding-disagreements-after")
