"""From evidence to change, in a real browser: coding, a finding with a quote,
a recommendation taken to implemented, the contributor's inbox, the public
"You said, we did" page, what became of a comment, and the report."""
import os
import re
import subprocess
import tempfile
import urllib.request

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import DEMO_ACCOUNTS, Page
from test_projects import type_into

PARTNERS_COMMENT = "I waited all afternoon for my medicines"
NOTE = "Every ward now texts people when their medicines are on the way."


def click_label(driver, text):
    driver.find_element(By.XPATH, f"//main//label[contains(normalize-space(), {text!r})]").click()


def press(driver, keys):
    ActionChains(driver).send_keys(keys).perform()


def test_the_golden_thread_from_a_comment_to_you_said_we_did(server, driver):
    page = Page(driver, server)

    # A patient partner codes the next comment from the keyboard: accept the first suggestion, save.
    project_path = page.open_demo_project("partner")
    page.open(project_path + "/coding").check("coding-queue")
    page.follow(driver.find_element(By.LINK_TEXT, "Code the next comment"))
    coded_path = page.path(driver.current_url).split("?")[0]
    assert "% sure" in driver.page_source
    page.check("coding-screen")
    first = driver.find_element(By.CSS_SELECTOR, "input[name='themes[]']")
    assert not first.is_selected()
    press(driver, "1")
    # With ten or more themes numbered, a single digit waits a moment for a second one.
    WebDriverWait(driver, 3).until(lambda d: first.is_selected(), "the 1 key accepts the first suggestion")
    page.press_for_new_page("s")
    assert "Coding saved" in driver.page_source
    page.open(coded_path.replace("/code", "")).check("coded-comment")
    assert "Coded by" in driver.page_source and "1 person" in driver.page_source
    page.sign_out()

    # A staff member checks a comment someone else coded, with the mouse.
    page.open_demo_project("staff")
    page.open(project_path + "/coding")
    page.follow(driver.find_element(By.PARTIAL_LINK_TEXT, "someone else coded"))
    driver.find_element(By.CSS_SELECTOR, "label[for='themes']").click()
    page.submit("Save and code the next comment")
    assert "Coding saved" in driver.page_source
    page.open(project_path + "/codebook").check("codebook")
    assert "coded by two people" in driver.page_source and "Kappa" in driver.page_source
    page.open(project_path + "/themes").check("theme-overview")

    # A finding with the partner's own comment as a quote.
    page.open(project_path + "/findings").check("findings")
    type_into(driver, "statement", "Nobody can say when medicines will arrive, so people wait on the ward all afternoon.")
    click_label(driver, "Waiting and delays")
    page.submit("Add finding")
    finding_path = page.path(driver.current_url)
    row = driver.find_element(By.XPATH, f"//li[.//blockquote[contains(., {PARTNERS_COMMENT!r})]]")
    page.follow(row.find_element(By.XPATH, ".//button[normalize-space()='Add as a quote']"))
    assert "Quote added to the finding" in driver.page_source
    quoted = driver.find_element(By.XPATH, f"//li[.//blockquote[contains(., {PARTNERS_COMMENT!r})]]")
    item_path = page.path(quoted.find_element(By.LINK_TEXT, "Open the comment").get_attribute("href"))
    page.check("finding")

    # A recommendation: declining needs a reason; then agreed, updated and implemented.
    page.open(project_path + "/recommendations").check("recommendations")
    type_into(driver, "text", "Text people when their medicines leave the pharmacy.")
    click_label(driver, "Nobody can say when medicines will arrive")
    click_label(driver, "High")
    page.submit("Propose recommendation")
    recommendation_path = page.path(driver.current_url)
    page.check("recommendation")
    click_label(driver, "Declined")
    page.submit("Save")
    assert "Say why the recommendation is declined" in driver.find_element(By.CSS_SELECTOR, ".nhsuk-error-summary").text
    page.check("recommendation-decline-refused")
    click_label(driver, "Agreed")
    page.submit("Save")
    type_into(driver, "text", "Message wording agreed with patient partners.")
    type_into(driver, "link", "https://www.example.nhs.uk/pharmacy-texts")
    page.submit("Add update")
    assert "Progress update added" in driver.page_source
    click_label(driver, "Implemented")
    type_into(driver, "note", NOTE)
    page.submit("Save")
    assert "The recommendation is now implemented" in driver.page_source
    assert "1 person whose feedback led to it has been told" in driver.page_source
    page.check("recommendation-implemented")
    page.sign_out()

    # The coordinator publishes it.
    page.sign_in(DEMO_ACCOUNTS["coordinator"])
    page.open(recommendation_path)
    page.submit("Publish it")
    assert "Published on the You said, we did pages" in driver.page_source
    page.open(project_path + "/report").check("report")
    page.sign_out()

    # The public page shows the change and the quote, with no personal data.
    project_id = project_path.rsplit("/", 1)[-1]
    page.open(f"/you-said-we-did/projects/{project_id}").check("you-said-we-did-project")
    body = driver.find_element(By.TAG_NAME, "main").text
    assert "Text people when their medicines leave the pharmacy." in body and PARTNERS_COMMENT in body and NOTE in body
    for personal in ["Margaret", "Ellison", "Maggie", "partner@demo", "@"]:
        assert personal not in body, f"the public page shows {personal!r}"
    page.follow(driver.find_element(By.PARTIAL_LINK_TEXT, "Every change at"))
    page.check("you-said-we-did-organisation")

    # The partner, whose comment it was, has the message; her comment shows what became of it.
    page.sign_in(DEMO_ACCOUNTS["partner"])
    page.open("/inbox").check("inbox")
    assert NOTE in driver.find_element(By.TAG_NAME, "main").text
    page.open(item_path).check("what-became-of-it")
    section = driver.find_element(By.TAG_NAME, "main").text
    assert "What became of it" in section
    assert "Nobody can say when medicines will arrive" in section and "Text people when their medicines leave the pharmacy." in section
    assert "Implemented" in section


def test_the_report_prints_and_its_word_document_opens_in_libreoffice(server, driver):
    page = Page(driver, server)
    project_path = page.open_demo_project("coordinator")
    page.open(project_path + "/report").check("report-demo")
    assert "Plain-English check" in driver.page_source
    assert "People going home wait hours for their medicines" in driver.page_source
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    request = urllib.request.Request(server + project_path + "/report.docx", headers={"Cookie": cookie})
    with urllib.request.urlopen(request) as response:
        assert response.headers["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        data = response.read()
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "report.docx")
        with open(path, "wb") as file:
            file.write(data)
        profile = "file://" + os.path.join(folder, "profile")
        for target in ["pdf", "txt:Text"]:
            result = subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
                                     "--outdir", folder, path], capture_output=True, text=True, timeout=120)
            assert result.returncode == 0, result.stderr
        assert os.path.getsize(os.path.join(folder, "report.pdf")) > 10_000
        text = open(os.path.join(folder, "report.txt"), encoding="utf-8-sig").read()
    assert "Finding 1: People going home wait hours for their medicines, and nobody tells them why." in text
    assert "Prepare medicines to take home the day before someone leaves hospital." in text
    assert "Keep the pharmacy open until 10pm." in text and "Declined" in text
    assert re.search(r"co-production index is \d+ out of 100", text)


def test_every_new_page_of_the_demo_passes_axe(server, driver):
    page = Page(driver, server)
    project_path = page.open_demo_project("staff")
    for suffix in ["/coding", "/codebook", "/themes?by=audience", "/findings", "/recommendations"]:
        page.open(project_path + suffix).check("change" + suffix.replace("/", "-").replace("?", "-").replace("=", "-"))
    page.open(project_path + "/findings")
    page.follow(driver.find_element(By.PARTIAL_LINK_TEXT, "People going home wait hours"))
    page.check("demo-finding")
    page.open(project_path + "/recommendations")
    page.follow(driver.find_element(By.LINK_TEXT, "Keep the pharmacy open until 10pm."))
    assert "not enough pharmacists" in driver.page_source
    page.check("demo-recommendation-declined")
    page.follow(driver.find_element(By.LINK_TEXT, "Your organisation"))
    page.follow(driver.find_element(By.LINK_TEXT, "Recommendations to act on"))
    assert "Give everyone a printed list" in driver.page_source and "Overdue" in driver.page_source
    page.check("organisation-recommendations")
    page.sign_out()
    page.sign_in(DEMO_ACCOUNTS["admin"])
    page.open("/admin/outbox").check("outbox")
    assert "Waiting to be sent" in driver.page_source
