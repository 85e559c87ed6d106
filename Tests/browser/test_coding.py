"""Themes open their comments, and coders settle a disagreement side by side."""
import re

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

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

    # A bar of the chart, and a cell of the comparison, open their comments too.
    page.open(project_path + "/themes")
    page.follow(driver.find_element(By.CSS_SELECTOR, "svg g.tandem-bar-link rect"))
    assert "/evidence?theme=" in driver.current_url
    page.open(project_path + "/themes?by=service")
    cell = driver.find_element(By.CSS_SELECTOR, "main table a[href*='service=']")
    page.follow(cell)
    assert "theme=" in driver.current_url and "service=" in driver.current_url
    assert re.search(r"[\d,]+ pieces? of evidence match", driver.find_element(By.TAG_NAME, "main").text)

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


def test_coding_from_the_keyboard_beyond_the_suggestions_with_a_slim_saved_line_and_undo(server, driver):
    page = Page(driver, server)
    project_path = page.open_demo_project("partner")
    page.open(project_path + "/coding")
    page.follow(driver.find_element(By.LINK_TEXT, "Code the next comment"))
    first_path = page.path(driver.current_url).split("?")[0]
    boxes = driver.find_elements(By.CSS_SELECTOR, "input[name='themes[]'], input[name='more[]']")
    assert len(boxes) >= 12, "the codebook's themes are numbered after the suggestions"
    # Two digits in quick succession tick the twelfth theme, opening the rest of the codebook.
    ActionChains(driver).send_keys("1").send_keys("2").perform()
    WebDriverWait(driver, 3).until(lambda d: boxes[11].is_selected())
    assert not boxes[0].is_selected()
    page.press_for_new_page("s")
    saved = driver.find_element(By.CSS_SELECTOR, ".tandem-saved")
    assert "Coding saved." in saved.text and "today" in saved.text
    page.check("coding-saved-line")
    assert not driver.find_elements(By.CSS_SELECTOR, ".nhsuk-notification-banner"), "no banner, one slim line"
    page.follow(saved.find_element(By.XPATH, ".//button[contains(., 'Undo')]"))
    assert page.path(driver.current_url).split("?")[0] == first_path
    assert "Your coding of this comment is undone" in driver.page_source
    page.check("coding-undone")


def test_on_a_phone_the_project_menu_folds_so_the_work_comes_first(server, phone):
    page = Page(phone, server)
    project_path = page.open_demo_project("coordinator")
    page.open(project_path + "/findings")
    menu = phone.find_element(By.CSS_SELECTOR, "details.tandem-project-menu")
    assert menu.get_attribute("open") is None
    menu_link = menu.find_element(By.CSS_SELECTOR, "a[href$='/recommendations']")
    assert not menu_link.is_displayed()
    assert phone.find_element(By.TAG_NAME, "h1").location["y"] < menu.location["y"] + 200
    menu.find_element(By.TAG_NAME, "summary").click()
    assert menu_link.is_displayed()
    page.check("project-menu-phone")
