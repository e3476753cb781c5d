"""Every page, signed in as every demo role, in English and French, in real Chromium, checked by axe."""
import os

import pytest
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import WebDriverWait
from selenium_axe_python import Axe

from conftest import OUTPUT, demo_code_in_browser

ROLES = ["coordinator", "mediator", "referrer", "victimServices", "siteLiaison", "manager", "auditor", "admin", "participant"]


def demo_account(role):
    name = role.lower()
    return f"demo-{name}", f"demo-{name}-password"


def assert_accessible(browser, name):
    """Saves a screenshot, then fails on any axe violation (WCAG 2.1 AA and best practices) and on a page
    wider than the window (it would scroll sideways)."""
    if browser.get_window_size()["width"] < 800:
        name += "-phone"
    browser.save_screenshot(os.path.join(OUTPUT, f"{name}.png"))
    wide = browser.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert wide <= 0, f"{name}: {wide} px wider than the window"
    axe = Axe(browser)
    axe.inject()
    violations = axe.run()["violations"]
    assert not violations, f"{name}: " + "; ".join(f"{v['id']}: {v['help']} ({len(v['nodes'])})" for v in violations)


def click_and_wait(browser, element):
    """Clicks a link or button and waits until the next page has replaced this one."""
    page = browser.find_element(By.TAG_NAME, "html")
    element.click()

    def replaced(_):
        try:
            page.tag_name  # fails once the old document is gone (Chromium words this in more than one way)
            return False
        except WebDriverException:
            return browser.execute_script("return document.readyState") == "complete"

    WebDriverWait(browser, 15).until(replaced)


def open_area(browser, area):
    """Follows the case's link to one of its parts (people, letters, …), as a person would."""
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, f'nav.case-areas a[href$="/{area}"]'))


def choose_language(browser, base, language):
    """Uses the page's own toggle, as a person would, when the page is not yet in `language`."""
    browser.delete_all_cookies()
    browser.get(f"{base}/sign-in")
    if browser.find_element(By.TAG_NAME, "html").get_attribute("lang") != language:
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "a.language-toggle"))
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == language
    assert browser.current_url.endswith("/sign-in"), "the toggle stays on the same page"


# The session cookie of each account's first sign-in in this worker: a code signs in only once (issue 15, item 1), so
# an account signing in again and again would wait for its next code; the tests come back to their session instead.
SIGNED_IN = {}


def sign_in(browser, base, role, language):
    choose_language(browser, base, language)
    username, password = demo_account(role)
    if (base, username) in SIGNED_IN:
        browser.add_cookie({"name": "ro_session", "value": SIGNED_IN[(base, username)], "path": "/"})
        browser.get(f"{base}/home")
        if browser.current_url.endswith("/home"):
            return
        choose_language(browser, base, language)  # that session ended (signed out): sign in again
    browser.find_element(By.ID, "username").send_keys(username)
    browser.find_element(By.ID, "password").send_keys(password)
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.stacked button[type=submit]"))
    if browser.current_url.endswith("/sign-in/code"):  # issue 15, item 1: the demo's accounts have a second factor
        code = demo_code_in_browser(browser)  # first: waiting for a free code may reload the page
        browser.find_element(By.ID, "code").send_keys(code)
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.stacked button[type=submit]"))
    assert browser.current_url.endswith("/home"), f"{role} did not reach the home page: {browser.current_url}"
    SIGNED_IN[(base, username)] = browser.get_cookie("ro_session")["value"]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_signed_out_pages(demo, browser, language):
    choose_language(browser, demo.url, language)
    assert_accessible(browser, f"sign-in-{language}")

    browser.find_element(By.ID, "username").send_keys("demo-coordinator")
    browser.find_element(By.ID, "password").send_keys("not the password")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.stacked button[type=submit]"))
    summary = browser.find_element(By.CSS_SELECTOR, ".error-summary")
    assert summary.text, "the refusal is explained"
    assert browser.find_element(By.ID, "username").get_attribute("value") == "demo-coordinator", "what was typed stays"
    assert browser.find_element(By.ID, "password").get_attribute("value") == "", "the password is never sent back"
    assert_accessible(browser, f"sign-in-refused-{language}")

    browser.get(f"{demo.url}/information-sheets/people-harmed")
    assert len(browser.find_elements(By.CSS_SELECTOR, ".sheet section[lang]")) == 2, "R48: both languages on one sheet"
    assert len(browser.find_elements(By.CSS_SELECTOR, ".sheet .contact")) == 4, "R47: how to reach the program and Victim Services, in both languages"
    assert_accessible(browser, f"information-sheet-{language}")

    browser.get(f"{demo.url}/no-such-page")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == language
    assert_accessible(browser, f"not-found-{language}")


@pytest.fixture(params=[1280, 390], ids=["desktop", "phone"])
def width(request, browser):
    """The window's width for one test: a desktop's and a phone's (390 px)."""
    browser.set_window_size(request.param, 900)
    yield request.param
    browser.set_window_size(1280, 900)


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("role", ROLES)
def test_every_role_signs_in_and_every_page_passes_axe(demo, browser, role, language, width):
    sign_in(browser, demo.url, role, language)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == language
    assert browser.find_element(By.TAG_NAME, "h1").text
    assert_accessible(browser, f"{role}-home-{language}")

    browser.get(f"{demo.url}/account")
    assert "demo-" in browser.find_element(By.CSS_SELECTOR, "dl.details").text
    assert_accessible(browser, f"{role}-account-{language}")

    if role in ("coordinator", "mediator"):
        browser.get(f"{demo.url}/cases")
        links = browser.find_elements(By.CSS_SELECTOR, "tbody a")
        assert links, f"the demo gives {role} cases to see"
        assert_accessible(browser, f"{role}-cases-{language}")
        click_and_wait(browser, links[0])
        assert browser.find_element(By.CSS_SELECTOR, "h1").text.startswith(("Case RO-", "Dossier RO-"))
        assert_accessible(browser, f"{role}-case-{language}")
        areas = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "nav.case-areas a")]
        assert len(areas) == 7, "the summary and six parts of the case"
        step_pages = []
        for area in areas:
            browser.get(area)
            assert browser.find_element(By.CSS_SELECTOR, "nav.case-areas a[aria-current=page]").get_attribute("href") == area
            assert_accessible(browser, f"{role}-case-{area.rsplit('/', 1)[-1]}-{language}")
            step_pages += [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "ul.step-links a")]
        assert step_pages, f"the case offers {role} steps with pages of their own"
        for page in step_pages:
            browser.get(page)
            assert len(browser.find_elements(By.CSS_SELECTOR, "main form")) == 1, f"{page}: one form"
            assert_accessible(browser, f"{role}-case-step-{page.rsplit('/', 1)[-1]}-{language}")
    if role == "coordinator":
        # §4.9: the demo's second request is another victim's, linked to the assigned case of the same offender.
        browser.get(f"{demo.url}/cases")
        click_and_wait(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "-0002"))
        this_case = browser.find_element(By.CSS_SELECTOR, "h1").text.split()[-1]
        open_area(browser, "administration")
        linked = browser.find_elements(By.CSS_SELECTOR, "section[aria-labelledby=linked-cases] tbody a")
        assert len(linked) == 1, "the linked case is listed"
        assert_accessible(browser, f"coordinator-linked-cases-{language}")
        click_and_wait(browser, linked[0])
        open_area(browser, "administration")
        back = browser.find_elements(By.CSS_SELECTOR, "section[aria-labelledby=linked-cases] tbody a")
        assert [a.text for a in back] == [this_case], "the other case links back"
        open_area(browser, "timeline")
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "a[href$='/access']"))
        assert len(browser.find_elements(By.CSS_SELECTOR, "tbody tr")) >= 2, "who looked at the file: this reading and the earlier ones"
        assert_accessible(browser, f"coordinator-case-access-{language}")

        browser.get(f"{demo.url}/cases/new")
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.stacked button[type=submit]"))
        assert "/cases/" in browser.current_url, "a complete request is recorded"
        assert_accessible(browser, f"coordinator-new-case-{language}")

    if role == "referrer":
        browser.get(f"{demo.url}/referrals")
        assert_accessible(browser, f"referrer-referrals-{language}")
        browser.get(f"{demo.url}/referrals/new")
        assert_accessible(browser, f"referrer-new-referral-{language}")

    if role == "victimServices":
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "nav a[href='/information-log']"))
        browser.find_element(By.ID, "material-informationSheet").click()
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.stacked button[type=submit]"))
        assert browser.find_elements(By.CSS_SELECTOR, "tbody tr"), "R46: the entry is listed"
        assert_accessible(browser, f"victimServices-information-log-{language}")

    if role == "auditor":
        # N7: the investigations (the demo auditor may read one case, and another auditor's request waits
        # for their approval), a case's metadata (pseudonyms, no content), then a case file read under one.
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "nav a[href='/audit/investigations']"))
        assert browser.find_elements(By.CSS_SELECTOR, "form[action$='/approve'] button"), "the second auditor's request waits"
        assert_accessible(browser, f"auditor-investigations-{language}")
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "tbody a[href^='/audit/cases/']"))
        assert browser.find_elements(By.CSS_SELECTOR, "section[aria-labelledby=participants] td code"), "participants by pseudonym"
        assert_accessible(browser, f"auditor-case-metadata-{language}")
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "nav a[href='/audit/investigations']"))
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "a[href$='/case']"))
        assert browser.find_element(By.CSS_SELECTOR, "h1").text.startswith(("Case RO-", "Dossier RO-"))
        assert not browser.find_elements(By.CSS_SELECTOR, "main form[method=post]"), "read only"
        assert_accessible(browser, f"auditor-case-under-investigation-{language}")

    if role == "manager":
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "nav a[href='/statistics']"))
        assert len(browser.find_elements(By.CSS_SELECTOR, "section.statistic table")) >= 10, "a table per indicator"
        assert_accessible(browser, f"manager-statistics-{language}")

    if role == "admin":
        browser.get(f"{demo.url}/admin/users")
        assert len(browser.find_elements(By.CSS_SELECTOR, "tbody tr")) >= len(ROLES)
        browser.find_element(By.ID, "username").send_keys("x")  # too short: the form comes back with an error
        browser.find_element(By.ID, "displayName").send_keys("Test Person (fictional)")
        browser.find_element(By.ID, "password").send_keys("long enough password")
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "section form.stacked button[type=submit]"))
        assert browser.find_element(By.CSS_SELECTOR, ".error-summary").text
        assert browser.find_element(By.ID, "displayName").get_attribute("value") == "Test Person (fictional)"
        assert_accessible(browser, f"admin-users-{language}")

        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "nav a[href='/admin/settings']"))
        assert browser.find_element(By.ID, "assessmentValidityDays").get_attribute("value") == "90"
        assert_accessible(browser, f"admin-settings-{language}")

        # R57: find a label by its words, open it, and see an empty wording refused (nothing changes).
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "nav a[href='/admin/labels']"))
        browser.find_element(By.ID, "q").send_keys("appName")
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[role=search] button"))
        assert_accessible(browser, f"admin-labels-{language}")
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "tbody a[href='/admin/labels/appName']"))
        assert_accessible(browser, f"admin-label-{language}")
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "main form.stacked button[type=submit]"))
        assert browser.find_element(By.CSS_SELECTOR, ".error-summary").text
        assert_accessible(browser, f"admin-label-refused-{language}")
    else:
        browser.get(f"{demo.url}/admin/users")
        assert browser.find_element(By.TAG_NAME, "h1").text  # a refusal page, not an account list
        assert not browser.find_elements(By.CSS_SELECTOR, "tbody tr")
        assert_accessible(browser, f"{role}-refused-{language}")

    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.sign-out button"))
    assert "/sign-in" in browser.current_url


def test_the_language_toggle_never_leaves_the_site(demo, browser):
    """Issue 15, item 5, in Chromium: whatever return path is written, the browser lands on this site."""
    from urllib.parse import urlsplit

    site = urlsplit(demo.url).netloc
    for back in ["/%09/other-host/", "%2F%2Fother-host", "/%5C/other-host", "%2F%0A%2Fother-host", "/%2F/other-host",
                 "%EF%BC%8F%EF%BC%8Fother-host", "%2F%E2%88%95%E2%88%95other-host", "http%3A%2F%2Fother-host", "%2F.%2F%2Fother-host"]:
        browser.get(f"{demo.url}/language?to=en&back={back}")
        landed = urlsplit(browser.current_url)
        assert landed.netloc == site, f"{back} led to {browser.current_url}"
