"""Browser tests: the built `tandem` binary, a temporary database with demo data,
real Chromium driven by Selenium, and axe-core on every page."""
import os
import pathlib
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import WebDriverWait
from selenium_axe_python import Axe

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCREENSHOTS = pathlib.Path(__file__).resolve().parent / "screenshots"
DEMO_PASSWORD = "browser-test-password"
DEMO_ACCOUNTS = {
    "admin": "admin@demo.example.org",
    "coordinator": "coordinator@demo.example.org",
    "staff": "staff@demo.example.org",
    "staff2": "staff2@demo.example.org",
    "partner": "partner@demo.example.org",
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server(str):
    """The server's address, with what the command line needs to reach the same database."""
    binary = ""
    env = {}

    def run(self, *args, env_extra=None):
        """Runs a `tandem` command on the server's database (for example `user create`)."""
        return subprocess.run([self.binary, *args], cwd=ROOT, env=dict(self.env, **(env_extra or {})),
                              capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="session")
def server():
    """Starts Tandem on a free loopback port with a fresh database holding demo data."""
    binary = os.environ.get("TANDEM_BINARY", str(ROOT / ".build" / "debug" / "tandem"))
    workdir = tempfile.mkdtemp(prefix="tandem-browser-")
    port = free_port()
    env = dict(os.environ, TANDEM_DATABASE_PATH=os.path.join(workdir, "tandem.sqlite"),
               TANDEM_DEMO_PASSWORD=DEMO_PASSWORD, TANDEM_DATA_DIR=os.path.join(workdir, "data"),
               TANDEM_PORT=str(port))
    env.pop("DATABASE_URL", None)
    subprocess.run([binary, "demo"], cwd=ROOT, env=env, check=True, capture_output=True)
    log = open(os.path.join(workdir, "server.log"), "w")
    process = subprocess.Popen([binary, "serve", "--hostname", "127.0.0.1", "--port", str(port)],
                               cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = Server(f"http://127.0.0.1:{port}")
    base.binary, base.env = binary, env
    for _ in range(100):
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=1) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.1)
    else:
        process.kill()
        raise RuntimeError("Tandem did not start: " + open(os.path.join(workdir, "server.log")).read()[-2000:])
    yield base
    process.terminate()
    process.wait(timeout=10)
    shutil.rmtree(workdir, ignore_errors=True)


def make_driver(width=1280, height=1000, phone=False):
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={max(width, 500)},{height}"]:
        options.add_argument(argument)
    if phone:
        # Chrome's windows are at least 500 pixels wide; a phone's screen is emulated instead.
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 3.0, "touch": True}})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    binary = os.environ.get("CHROME_BINARY") or shutil.which("chromium") or shutil.which("chromium-browser")
    if binary:
        options.binary_location = binary
    driver_path = os.environ.get("CHROMEDRIVER", shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=Service(driver_path), options=options)


@pytest.fixture
def driver():
    d = make_driver()
    yield d
    d.quit()


@pytest.fixture
def phone():
    """A 390-pixel-wide screen, the width of a common phone."""
    d = make_driver(390, 844, phone=True)
    yield d
    d.quit()


class Page:
    """Checks a page the same way every time: a screenshot, no console errors
    (a broken script or a Content Security Policy violation shows up here), and
    no axe violations at all."""

    checked = []

    def __init__(self, driver, base):
        self.driver = driver
        self.base = base

    def open(self, path):
        self.driver.get(self.base + path)
        return self

    def check(self, name, expect_not_found=False):
        if not expect_not_found:
            assert not self.driver.title.startswith("Page not found"), f"{name}: a link led to a missing page"
            assert not self.driver.title.startswith("You do not have access"), f"{name}: a link led to a forbidden page"
        SCREENSHOTS.mkdir(exist_ok=True)
        height = self.driver.execute_script("return document.body.scrollHeight")
        width = self.driver.execute_script("return window.outerWidth")
        self.driver.set_window_size(width, min(max(height + 120, 600), 6000))
        self.driver.save_screenshot(str(SCREENSHOTS / f"{re.sub(r'[^a-z0-9_-]+', '-', name.lower())}.png"))
        # A page answered with 400 or 404 on purpose logs its own status; anything else is a real error.
        own_status = re.compile(r"^" + re.escape(self.driver.current_url.split("#")[0].split("?")[0]) +
                                r"(\?\S*)? - Failed to load resource: the server responded with a status of 4\d\d")
        errors = [entry["message"] for entry in self.driver.get_log("browser")
                  if entry["level"] == "SEVERE" and not own_status.match(entry["message"])]
        assert not errors, f"{name}: console errors: {errors}"
        axe = Axe(self.driver)
        axe.inject()
        results = axe.run()
        violations = results["violations"]
        assert not violations, f"{name} ({self.driver.current_url}): " + axe.report(violations)
        Page.checked.append((name, self.driver.current_url))
        return self

    def sign_in(self, email, password=DEMO_PASSWORD):
        self.open("/sign-in")
        self.driver.find_element(By.ID, "email").send_keys(email)
        self.driver.find_element(By.ID, "password").send_keys(password)
        self.driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
        WebDriverWait(self.driver, 10).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, ".nhsuk-header__account-button, .nhsuk-error-summary"))
        return self

    def sign_out(self):
        self.driver.find_element(By.CSS_SELECTOR, ".nhsuk-header__account-button").click()
        WebDriverWait(self.driver, 10).until(lambda d: "/sign-in" in d.current_url)
        return self

    def submit(self, button_text=None):
        """Clicks a form's button and waits for the next page to load.

        The old page is marked with a window property rather than watched with
        `staleness_of`: under phone emulation Chromium sometimes answers a
        query on an element of a page being replaced with an inspector error
        instead of "stale element", which is the same fact said differently.
        """
        if button_text:
            button = self.driver.find_element(By.XPATH, f"//main//button[normalize-space()='{button_text}']")
        else:
            button = self.driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]")
        return self.follow(button)

    def follow(self, element):
        """Clicks a link or button that leads to another page, and waits for it to load."""
        self.driver.execute_script("window.__tandemPreviousPage = true")
        element.click()
        WebDriverWait(self.driver, 10, ignored_exceptions=(WebDriverException,)).until(_a_new_page_has_loaded)
        return self

    def press_for_new_page(self, keys):
        """Types keys that lead to another page (a keyboard shortcut that submits), and waits for it."""
        self.driver.execute_script("window.__tandemPreviousPage = true")
        ActionChains(self.driver).send_keys(keys).perform()
        WebDriverWait(self.driver, 10, ignored_exceptions=(WebDriverException,)).until(_a_new_page_has_loaded)
        return self

    def open_demo_project(self, account, title="Getting medicines to take home faster"):
        """Signs in and opens a demo project from the project list; returns its path."""
        self.sign_in(DEMO_ACCOUNTS[account])
        self.open("/projects")
        self.follow(self.driver.find_element(By.LINK_TEXT, title))
        return self.path(self.driver.current_url)

    def links(self, selector="main a[href]"):
        return [a.get_attribute("href") for a in self.driver.find_elements(By.CSS_SELECTOR, selector)]

    def path(self, url):
        return url[len(self.base):] if url.startswith(self.base) else url


def _a_new_page_has_loaded(driver):
    return driver.execute_script(
        "return window.__tandemPreviousPage === undefined && document.readyState === 'complete'")
