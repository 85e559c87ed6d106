"""Each demo role signs in, visits every page in its navigation and one show and
one edit page of each kind it can reach, with axe on every page, then signs out."""
import re

import pytest
from selenium.webdriver.common.by import By

from conftest import DEMO_ACCOUNTS, Page

UUID = r"[0-9a-fA-F-]{36}"
# Kinds of page a role may reach from its navigation, and the sub-pages to follow from them.
SHOW_PAGES = {
    "organisation": re.compile(rf"^/organisations/{UUID}$"),
    "person": re.compile(rf"^/people/{UUID}$"),
}
FOLLOW_FROM_SHOW = [
    ("edit", re.compile(rf"^/(organisations|people)/{UUID}/edit$")),
    ("membership", re.compile(rf"^/organisations/{UUID}/membership$")),
    ("remove", re.compile(rf"^/organisations/{UUID}/remove$")),
    ("consent", re.compile(rf"^/people/{UUID}/consent$")),
    ("equality", re.compile(rf"^/people/{UUID}/equality$")),
    ("account", re.compile(rf"^/admin/accounts/{UUID}/edit$")),
]


@pytest.mark.parametrize("role", list(DEMO_ACCOUNTS))
def test_role_pages_have_no_accessibility_problems(role, server, driver):
    page = Page(driver, server)
    page.sign_in(DEMO_ACCOUNTS[role])
    assert "Sign out" in driver.page_source, f"{role} could not sign in"
    page.check(f"{role}-home")

    nav = [page.path(href) for href in page.links(".nhsuk-header__navigation-list a[href]")]
    assert nav, f"{role} has no navigation"
    shows = {}
    for path in nav:
        page.open(path).check(f"{role}-nav{path}")
        for href in page.links() + [page.driver.current_url]:
            target = page.path(href)
            for kind, pattern in SHOW_PAGES.items():
                if pattern.match(target) and kind not in shows:
                    shows[kind] = target

    followed = set()
    for kind, path in shows.items():
        page.open(path).check(f"{role}-{kind}-show")
        for name, pattern in FOLLOW_FROM_SHOW:
            targets = [page.path(href) for href in page.links() if pattern.match(page.path(href))]
            if targets and (kind, name) not in followed:
                followed.add((kind, name))
                page.open(targets[0]).check(f"{role}-{kind}-{name}")
                page.open(path)

    # Every role can at least see and change their own profile.
    assert "person" in shows, f"{role} reached no person page"
    assert ("person", "edit") in followed, f"{role} reached no edit page"

    page.sign_out()
    assert "You have signed out" in driver.page_source
    page.open("/people")
    assert "/sign-in" in driver.current_url


def test_public_pages_have_no_accessibility_problems(server, driver):
    page = Page(driver, server)
    for path in ["/", "/sign-in", "/forgotten-password", "/you-said-we-did", "/whats-on", "/accessibility", "/privacy"]:
        page.open(path).check(f"public{path}")
    page.open("/no-such-page").check("public-404", expect_not_found=True)
    assert "Page not found" in driver.page_source


def test_staff_cannot_open_another_organisations_person(server, driver):
    page = Page(driver, server)
    page.sign_in(DEMO_ACCOUNTS["staff2"])
    own_people = [page.path(h) for h in page.open("/people").links() if SHOW_PAGES["person"].match(page.path(h))]
    page.sign_out()
    page.sign_in(DEMO_ACCOUNTS["staff"])
    colleague_elsewhere = next(p for p in own_people if p != page.path(driver.current_url))
    page.open(colleague_elsewhere)
    assert "Page not found" in driver.page_source
