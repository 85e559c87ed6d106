"""Recognition beyond money: the demo partner's record of involvement (her group, her places, what her
voice changed) and her certificate of contribution from last year; a coordinator gives her another
(the empty form refused first); she is told and prints it. Axe on every page."""
from selenium.webdriver.common.by import By

from conftest import DEMO_ACCOUNTS, Page
from test_projects import type_into


def test_a_partner_reads_her_record_and_prints_the_certificate_a_coordinator_gives_her(server, driver):
    partner = Page(driver, server)
    partner.sign_in(DEMO_ACCOUNTS["partner"])
    partner.open("/me/time")
    partner.follow(driver.find_element(By.LINK_TEXT, "Your record of involvement"))
    record = partner.path(driver.current_url)
    main = driver.find_element(By.TAG_NAME, "main").text
    assert "Patient Partners Check and Challenge Group" in main and "Chair" in main
    assert "Certificates of contribution" in main
    assert "Give a certificate" not in main
    partner.check("record")
    partner.sign_out()

    coordinator = Page(driver, server)
    coordinator.sign_in(DEMO_ACCOUNTS["coordinator"])
    coordinator.open(record)
    coordinator.submit("Give the certificate")
    assert "Say what the certificate is for" in driver.page_source
    coordinator.check("record-certificate-errors")
    type_into(driver, "title", "Patient partner on the discharge project")
    type_into(driver, "citation", "Brought the young carers' view to every team meeting and co-wrote the new leaflet.")
    coordinator.submit("Give the certificate")
    assert "given, and" in driver.page_source
    coordinator.sign_out()

    partner.sign_in(DEMO_ACCOUNTS["partner"])
    partner.open("/inbox")
    assert "A certificate of contribution for you" in driver.page_source
    partner.open(record)
    partner.follow(driver.find_element(By.LINK_TEXT, "Patient partner on the discharge project"))
    certificate = driver.find_element(By.CLASS_NAME, "tandem-certificate").text
    assert "Certificate of contribution" in certificate
    assert "co-wrote the new leaflet" in certificate and "Samira Patel" in certificate
    partner.check("certificate-of-contribution")
