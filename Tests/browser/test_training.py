"""Co-production training: a coordinator sets up a programme with a patient trainer and a staff
trainer, runs a cohort with two teams, records attendance and issues certificates; six people
on the teams answer both questionnaires; the cohort report shows the paired change and the
certificate names the patient trainer. Axe on every page."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import DEMO_ACCOUNTS, DEMO_PASSWORD, Page
from test_projects import type_into

LEARNERS = [f"learner{n}@example.org" for n in range(1, 5)]


def choose(driver, name, value):
    """Picks a radio or checkbox by its field name and value, through its label as a person would."""
    field = driver.find_element(By.XPATH, f"//main//input[@name='{name}'][@value='{value}']")
    driver.find_element(By.CSS_SELECTOR, f"label[for='{field.get_attribute('id')}']").click()


def in_card(driver, heading, name):
    """A field of the card (a team, a session) with this heading."""
    return driver.find_element(
        By.XPATH, f"//div[contains(@class,'nhsuk-card')][.//h3[normalize-space()='{heading}']]//*[@name='{name}']")


def add_member(page, driver, team, email, kind):
    in_card(driver, team, "email").send_keys(email)
    radio = in_card(driver, team, "kind")
    card = radio.find_element(By.XPATH, "ancestor::div[contains(@class,'nhsuk-card')]")
    field = card.find_element(By.XPATH, f".//input[@name='kind'][@value='{kind}']")
    driver.find_element(By.CSS_SELECTOR, f"label[for='{field.get_attribute('id')}']").click()
    page.follow(card.find_element(By.XPATH, ".//button[starts-with(normalize-space(), 'Add to')]"))
    assert "added to" in driver.page_source


def test_a_coordinator_runs_a_cohort_and_the_report_shows_paired_change(server, driver):
    for index, email in enumerate(LEARNERS):
        made = server.run("user", "create", "--email", email, "--role", "partner", "--name", f"Learner {index + 1}",
                          env_extra={"TANDEM_PASSWORD": DEMO_PASSWORD})
        assert made.returncode == 0, made.stderr

    page = Page(driver, server)
    page.sign_in(DEMO_ACCOUNTS["coordinator"])
    page.follow(driver.find_element(By.LINK_TEXT, "Training"))
    page.check("programmes")
    page.follow(driver.find_element(By.LINK_TEXT, "Set up a programme"))
    page.submit("Set up the programme")
    assert "Enter the programme's name" in driver.page_source
    page.check("programme-form-errors")
    type_into(driver, "name", "Working Together for Better Care")
    type_into(driver, "aims", "Teams learn to involve patients and carers as equal partners.")
    Select(driver.find_element(By.ID, "organisation")).select_by_visible_text("Northvale Hospitals NHS Foundation Trust")
    page.submit("Set up the programme")

    # A patient trainer and a staff trainer, paired on each of two sessions.
    for email, kind in [("joy.adeyemi@demo.example.org", "patient"), (DEMO_ACCOUNTS["staff"], "staff")]:
        type_into(driver, "email", email)
        choose(driver, "kind", kind)
        page.submit("Add the trainer")
        assert "Trainer added" in driver.page_source
    for title, lead, co in [("Why involve patients", "Joy Adeyemi", "Dan"), ("Planning together", "Dan", "Joy Adeyemi")]:
        type_into(driver, "title", title)
        type_into(driver, "outcomes", "Explain why and how to involve patients as equals")
        Select(driver.find_element(By.ID, "lead")).select_by_visible_text(lead)
        driver.find_element(By.XPATH, f"//main//label[normalize-space()='{co}' and contains(@for, 'co-trainers')]").click()
        page.submit("Add the session")
    assert driver.page_source.count("Patient and staff trainers together") == 2
    for text in ["I know how to involve patients as equal partners", "I can plan involvement with patients"]:
        type_into(driver, "text", text)
        page.submit("Add the statement")
    type_into(driver, "required", "2")
    page.submit("Save the rule")
    assert "Attending 2 of 2 sessions" in driver.page_source
    page.check("programme")

    page.follow(driver.find_element(By.LINK_TEXT, "Add a cohort"))
    for field, value in [("name", "Winter 2026"), ("first", "1"), ("first-month", "2"), ("first-year", "2026"),
                         ("last", "31"), ("last-month", "1"), ("last-year", "2026"), ("venue", "Education Centre")]:
        type_into(driver, field, value)
    page.submit("Add the cohort")
    assert "must be on or after its first day" in driver.page_source
    page.check("cohort-form-errors")
    type_into(driver, "last-month", "3")
    page.submit("Add the cohort")

    # Its two sessions, as events; a date outside the cohort is refused.
    for number, day in [(1, "10"), (2, "24")]:
        Select(driver.find_element(By.ID, "session")).select_by_index(1)
        for field, value in [("on", day), ("on-month", "2" if number == 1 else "4"), ("on-year", "2026"),
                             ("starts", "10:00"), ("ends", "12:30")]:
            type_into(driver, field, value)
        page.submit("Schedule the session")
        if number == 2:
            assert "must be within the cohort's dates" in driver.page_source
            page.check("cohort-session-outside")
            type_into(driver, "on-month", "2")
            page.submit("Schedule the session")
        assert "scheduled for" in driver.page_source

    # Two teams, one starting a new project.
    for name, project in [("Ward 4", "Discharge lounge"), ("Outpatients", "")]:
        type_into(driver, "name", name)
        Select(driver.find_element(By.ID, "organisation")).select_by_visible_text(
            "Northvale Hospitals NHS Foundation Trust")
        type_into(driver, "new-project", project)
        page.submit("Enrol the team")
        assert f"{name} enrolled" in driver.page_source
    assert "This team has no patient, service user or community member yet" in driver.page_source
    members = [("Ward 4", DEMO_ACCOUNTS["staff2"], "staff"), ("Ward 4", LEARNERS[0], "patient_partner"),
               ("Ward 4", LEARNERS[1], "staff"), ("Outpatients", DEMO_ACCOUNTS["partner"], "patient_partner"),
               ("Outpatients", LEARNERS[2], "staff"), ("Outpatients", LEARNERS[3], "service_user")]
    for team, email, kind in members:
        add_member(page, driver, team, email, kind)
    assert "This team has no patient" not in driver.page_source
    page.check("cohort")

    page.follow(driver.find_element(By.LINK_TEXT, "Record attendance"))
    for select in driver.find_elements(By.CSS_SELECTOR, "main select"):
        Select(select).select_by_value("present")
    page.submit("Save attendance")
    assert "Attendance saved" in driver.page_source
    page.check("cohort-attendance")
    page.follow(driver.find_element(By.LINK_TEXT, "Winter 2026"))
    page.submit("Issue certificates to everyone who completed")
    assert "6 certificates issued" in driver.page_source
    cohort_path = page.path(driver.current_url)
    page.sign_out()

    # Everyone on the teams answers both questionnaires; one tells us about the first session.
    for index, email in enumerate([DEMO_ACCOUNTS["staff2"], DEMO_ACCOUNTS["partner"]] + LEARNERS):
        learner = Page(driver, server)
        learner.sign_in(email)
        learner.open(cohort_path)
        for stage, values in [("before", ["2", "2"]), ("after", ["4", "3"])]:
            learner.follow(driver.find_element(By.PARTIAL_LINK_TEXT, f"Answer the questionnaire {stage}"))
            if index == 0 and stage == "before":
                learner.submit("Send my answers")
                assert "Choose how confident you are for statement 1" in driver.page_source
                learner.check("questionnaire-errors")
            names = [field.get_attribute("name") for field in driver.find_elements(By.CSS_SELECTOR, "main input[value='1']")]
            for name, value in zip(names, values):
                choose(driver, name, value)
            if stage == "after":
                type_into(driver, "reflection", "I will involve patients as equal partners from the start")
            if index == 0:
                learner.check(f"questionnaire-{stage}")
            learner.submit("Send my answers")
            assert "your answers are saved" in driver.page_source
        if index == 0:
            learner.follow(driver.find_element(By.PARTIAL_LINK_TEXT, "Tell us about session 1."))
            choose(driver, "usefulness", "5")
            choose(driver, "trainers", "5")
            learner.check("session-feedback")
            learner.submit("Send")
            learner.check("cohort-as-a-team-member")
        learner.sign_out()

    page.sign_in(DEMO_ACCOUNTS["coordinator"])
    page.open(cohort_path)
    page.follow(driver.find_element(By.LINK_TEXT, "Cohort report"))
    report = driver.page_source
    # Six pairs, each 2 to 4: the median change is +2, all six more confident, exact p = 2/64.
    assert "+2" in report and "6 of 6 (100%)" in report and "0.031" in report
    assert "Involving patients as equal partners" in report
    page.check("cohort-report")
    page.open(cohort_path)
    page.follow(driver.find_elements(By.PARTIAL_LINK_TEXT, "Certificate TC-")[0])
    assert "Delivered by patient trainer" in driver.page_source and "Joy Adeyemi" in driver.page_source
    page.check("certificate")

    # The trust's co-production profile gathers its projects' ladder, its teams' training and reviews.
    page.follow(driver.find_element(By.LINK_TEXT, "Organisations"))
    page.follow(driver.find_element(By.LINK_TEXT, "Northvale Hospitals NHS Foundation Trust"))
    page.follow(driver.find_element(By.LINK_TEXT, "Co-production profile"))
    assert "Projects at each level now" in driver.page_source and "Winter 2026" in driver.page_source
    page.check("co-production-profile")
