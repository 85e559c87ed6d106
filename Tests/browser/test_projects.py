"""Improvement projects in the browser: a coordinator sets one up with a patient
partner, builds a survey and opens it; someone answers it on a phone; the answer
shows in the evidence library and the results. Axe checks every page."""
import datetime
import os
import tempfile

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import DEMO_ACCOUNTS, Page


def choose(driver, name, value):
    driver.find_element(By.CSS_SELECTOR, f"input[name='{name}'][value='{value}']").click()


def type_into(driver, field_id, text):
    element = driver.find_element(By.ID, field_id)
    element.clear()
    element.send_keys(text)


def test_a_coordinator_runs_a_survey_that_someone_answers_on_a_phone(server, driver, phone):
    page = Page(driver, server)
    page.sign_in(DEMO_ACCOUNTS["coordinator"])

    # A new project with the acute trust.
    page.open("/projects").check("projects-list")
    driver.find_element(By.LINK_TEXT, "Start a project").click()
    page.check("project-new")
    type_into(driver, "title", "Clearer letters after outpatient visits")
    Select(driver.find_element(By.ID, "organisation")).select_by_visible_text("Northvale Hospitals NHS Foundation Trust")
    type_into(driver, "problem", "People cannot understand the letters they get after an outpatient appointment.")
    type_into(driver, "aims", "Letters written with patients, in plain English.")
    type_into(driver, "outcomes", "Letters people can understand")
    page.submit("Start project")
    assert "Clearer letters after outpatient visits" in driver.find_element(By.TAG_NAME, "h1").text
    project_path = page.path(driver.current_url)
    tasks = driver.find_element(By.CSS_SELECTOR, "main .nhsuk-task-list")
    assert "Agree the problem and the outcomes" in tasks.text and "Not yet started" in tasks.text
    page.check("project-dashboard-new")

    # A patient partner joins the team as an equal member.
    page.open(project_path + "/team")
    Select(driver.find_element(By.ID, "person")).select_by_visible_text("Margaret Ellison")
    choose(driver, "role", "patient_partner")
    page.submit("Add to the team")
    assert "added to the team" in driver.page_source
    assert "Maggie" in driver.find_element(By.TAG_NAME, "main").text
    page.check("project-team")

    # The involvement plan and its co-production index.
    page.open(project_path + "/involvement")
    choose(driver, "level-identifying_problem", "co_produce")
    type_into(driver, "who-identifying_problem", "Maggie and the outpatients team")
    choose(driver, "level-designing", "co_produce")
    type_into(driver, "who-designing", "Maggie and Sam")
    choose(driver, "level-gathering_evidence", "involve")
    type_into(driver, "who-gathering_evidence", "Patient partners")
    page.submit("Save the plan")
    assert "Involvement plan saved" in driver.page_source
    assert "38 out of 100" in driver.page_source
    page.check("project-involvement-plan")

    # A survey: the Friends and Family Test question and a written answer.
    page.open(project_path + "/surveys")
    type_into(driver, "title", "Your outpatient letter")
    choose(driver, "audience", "patients")
    choose(driver, "demographics", "no")
    page.submit("Make survey")
    survey_path = page.path(driver.current_url)
    choose(driver, "kind", "friends_and_family")
    choose(driver, "required", "yes")
    page.submit("Add question")
    choose(driver, "kind", "free_text")
    type_into(driver, "question-text", "What would make your letter easier to understand?")
    choose(driver, "required", "no")
    page.submit("Add question")
    page.check("survey-builder")
    page.open(survey_path + "/edit")
    closes = datetime.date.today() + datetime.timedelta(days=28)
    type_into(driver, "closes", str(closes.day))
    type_into(driver, "closes-month", str(closes.month))
    type_into(driver, "closes-year", str(closes.year))
    page.submit("Save details")
    page.submit("Open the survey")
    assert "The survey is open" in driver.page_source
    page.check("survey-open")
    public_link = driver.find_element(By.CSS_SELECTOR, "main a[href*='/s/']").get_attribute("href")

    # Someone answers it on a phone, without signing in.
    visitor = Page(phone, server)
    phone.get(public_link)
    assert phone.execute_script("return document.documentElement.scrollWidth") <= 390
    visitor.check("survey-public-phone")
    visitor.submit("Send your answers")
    assert "There is a problem" in phone.page_source
    visitor.check("survey-public-phone-errors")
    phone.find_element(By.CSS_SELECTOR, "input[type=radio][value='Poor']").click()
    phone.find_element(By.CSS_SELECTOR, "textarea").send_keys("Say what the abbreviations mean, like BP and OPD.")
    visitor.submit("Send your answers")
    assert "Thank you" in phone.page_source
    visitor.check("survey-public-thanks")

    # The answer is in the evidence library ...
    page.open(project_path + "/evidence?q=abbreviations")
    assert "Say what the abbreviations mean, like BP and OPD." in driver.find_element(By.TAG_NAME, "main").text
    assert driver.find_element(By.CSS_SELECTOR, "main mark.tandem-match").text.lower() == "abbreviations"
    page.check("evidence-library-search")
    driver.find_element(By.CSS_SELECTOR, "main .tandem-evidence a[href*='/evidence/']").click()
    assert "Answer to the survey" in driver.page_source
    page.check("feedback-item")

    # ... and in the results chart, with its table.
    page.open(survey_path + "/results")
    chart = driver.find_element(By.CSS_SELECTOR, "svg.tandem-chart")
    assert "Poor 1" in chart.find_element(By.TAG_NAME, "title").get_attribute("textContent")
    page.check("survey-results")


def test_a_mystery_shopper_visit_and_a_story_with_a_recording_produce_evidence(server, driver):
    page = Page(driver, server)
    project_path = page.open_demo_project("partner")
    page.check("partner-project-dashboard")

    # A visit scored against the project's checklist.
    page.open(project_path + "/activities")
    page.check("activities")
    choose(driver, "kind", "mystery_shopper")
    type_into(driver, "title", "Evening visit to the discharge lounge")
    type_into(driver, "participants", "2")
    Select(driver.find_element(By.ID, "checklist")).select_by_visible_text("Pharmacy and discharge lounge")
    page.submit("Save activity")
    assert "Activity added" in driver.page_source
    for radio in driver.find_elements(By.CSS_SELECTOR, "input[type=radio][value=partly_met]"):
        radio.click()
    page.submit("Save checklist scores")
    assert "Checklist scores saved" in driver.page_source
    type_into(driver, "text", "Nobody told us the pharmacy closes at 8pm.")
    page.submit("Save as evidence")
    assert "Nobody told us the pharmacy closes at 8pm." in driver.find_element(By.TAG_NAME, "main").text
    page.check("mystery-shopper-visit")
    driver.find_element(By.LINK_TEXT, "See this checklist across every visit").click()
    assert "Used on 4 visits" in driver.page_source
    page.check("checklist-summary")

    # A story with its recording and transcript.
    page.open(project_path + "/stories")
    type_into(driver, "title", "Waiting for Dad")
    choose(driver, "scope", "organisation")
    type_into(driver, "transcript", "They said Dad could go at lunchtime.\nWe finally left at nine at night, and nobody said sorry.")
    page.submit("Save story")
    recording = os.path.join(tempfile.mkdtemp(), "waiting-for-dad.wav")
    with open(recording, "wb") as handle:
        handle.write(wav_of_silence(seconds=1))
    driver.find_element(By.ID, "recording").send_keys(recording)
    page.submit("Upload recording")
    assert "Recording uploaded" in driver.page_source
    audio = driver.find_element(By.CSS_SELECTOR, "audio source")
    assert audio.get_attribute("type") == "audio/wav"
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.querySelector('audio').readyState") >= 1)
    assert driver.execute_script("return document.querySelector('audio').duration") > 0.9
    type_into(driver, "clip", "We finally left at nine at night, and nobody said sorry.")
    page.submit("Keep clip as evidence")
    assert "Clip kept as evidence" in driver.page_source
    page.check("story-with-recording")

    page.open(project_path + "/evidence?method=community_reporting")
    assert "nobody said sorry" in driver.page_source
    page.open(project_path + "/evidence?method=mystery_shopper")
    assert "closes at 8pm" in driver.page_source
    page.check("evidence-library-filtered")


def test_use_as_a_template_copies_the_survey_and_checklists_but_no_evidence(server, driver):
    page = Page(driver, server)
    project_path = page.open_demo_project("coordinator")
    page.open(project_path + "/replicate")
    page.check("replicate")
    type_into(driver, "title", "Getting medicines home faster (Riverside)")
    Select(driver.find_element(By.ID, "organisation")).select_by_visible_text("Riverside Primary Care Network")
    page.submit("Start the new project")
    assert "Replicated from" in driver.page_source
    copy_path = page.path(driver.current_url)
    page.check("replicated-project")
    page.open(copy_path + "/surveys")
    assert "Leaving hospital with your medicines" in driver.page_source
    assert "Draft" in driver.page_source
    page.open(copy_path + "/checklists")
    assert "Pharmacy and discharge lounge" in driver.page_source
    page.open(copy_path + "/evidence")
    assert "No evidence yet" in driver.page_source
    page.check("replicated-evidence-empty")


def test_a_measure_shows_its_spc_chart_and_the_limits_can_be_recalculated(server, driver):
    page = Page(driver, server)
    project_path = page.open_demo_project("coordinator")
    page.open(project_path + "/measures")
    page.check("measures")
    page.follow(driver.find_element(By.PARTIAL_LINK_TEXT, "Hours from the decision to discharge"))
    measure_path = page.path(driver.current_url)
    chart = driver.find_element(By.CSS_SELECTOR, "svg.tandem-chart")
    assert "26 values" in chart.find_element(By.TAG_NAME, "title").get_attribute("textContent")
    assert "Special cause variation: improving, with lower values" in driver.page_source
    page.check("measure-chart")

    # A bad line saves nothing and says which line.
    type_into(driver, "data", "01/01/2020, 3.1\nlast Tuesday, 2")
    page.submit("Save values")
    assert "Line 2:" in driver.find_element(By.CSS_SELECTOR, ".nhsuk-error-summary").text
    page.check("measure-values-error")

    # Recalculating from the change judges the new process on its own.
    page.open(measure_path)
    Select(driver.find_element(By.ID, "from")).select_by_index(15)
    page.submit("Recalculate")
    assert "The limits are now worked out again from" in driver.page_source
    assert "Common cause variation" in driver.page_source
    page.check("measure-recalculated")


def test_every_project_page_of_the_demo_passes_axe(server, driver):
    page = Page(driver, server)
    project_path = page.open_demo_project("coordinator")
    for suffix in ["", "/proposal", "/team", "/involvement", "/surveys", "/activities", "/checklists", "/stories", "/evidence",
                   "/evidence?q=pharmacy&page=2", "/import", "/stage"]:
        page.open(project_path + suffix).check("demo-project" + suffix.replace("/", "-").replace("?", "-"))
    page.open(project_path + "/stories")
    driver.find_element(By.LINK_TEXT, "The longest day").click()
    page.check("demo-story")
    page.open(project_path + "/surveys")
    driver.find_element(By.LINK_TEXT, "Leaving hospital with your medicines").click()
    survey_path = page.path(driver.current_url)
    for suffix in ["", "/results", "/paper", "/edit"]:
        page.open(survey_path + suffix).check("demo-survey" + suffix.replace("/", "-"))
    page.open("/organisations")
    driver.find_element(By.LINK_TEXT, "Northvale Hospitals NHS Foundation Trust").click()
    driver.find_element(By.LINK_TEXT, "Evidence from projects with this organisation").click()
    page.check("organisation-evidence")


def wav_of_silence(seconds):
    """A valid mono 8 kHz 8-bit WAV file, so the browser can really play it."""
    rate = 8000
    data = bytes([128]) * (rate * seconds)
    header = b"RIFF" + (36 + len(data)).to_bytes(4, "little") + b"WAVEfmt " + (16).to_bytes(4, "little")
    header += (1).to_bytes(2, "little") + (1).to_bytes(2, "little") + rate.to_bytes(4, "little") + rate.to_bytes(4, "little")
    header += (1).to_bytes(2, "little") + (8).to_bytes(2, "little") + b"data" + len(data).to_bytes(4, "little")
    return header + data
