"""Issue 15, item 1 in Chromium: setting up the second factor from the QR code the server draws (read back by a real
decoder, zbarimg), the recovery codes, and what a password alone reaches for each role that needs a second factor."""
import os
import re
import shutil
import subprocess
import time

import pytest
from selenium.webdriver.common.by import By

from conftest import OUTPUT, Server, ro, sign_in_session, totp
from test_pages import assert_accessible, choose_language, click_and_wait, demo_account


def decode_qr(png_path):
    """The text of the QR code in a screenshot, as zbarimg (Debian's zbar-tools) reads it."""
    zbarimg = shutil.which("zbarimg")
    if not zbarimg:
        if os.environ.get("RO_REQUIRE_BROWSER"):
            pytest.fail("zbarimg is missing (make test installs zbar-tools)")
        pytest.skip("zbarimg is missing")
    result = subprocess.run([zbarimg, "--quiet", "--raw", png_path], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, f"zbarimg read no code in {png_path}: {result.stderr}"
    return result.stdout.strip()


@pytest.mark.parametrize("language,width", [("en", 1280), ("fr", 390)])
def test_an_administrator_sets_up_the_app_from_the_qr_code(browser, data_dir, language, width):
    username = f"adam-{language}"
    made = ro("users", "create", "--username", username, "--name", "Adam Test (fictional)", "--role", "admin", "--password-stdin",
              stdin="admin test passphrase\n", data_dir=data_dir)
    assert made.returncode == 0, made.stderr
    server = Server(data_dir=data_dir).start()
    try:
        browser.set_window_size(width, 900)
        choose_language(browser, server.url, language)
        browser.find_element(By.ID, "username").send_keys(username)
        browser.find_element(By.ID, "password").send_keys("admin test passphrase")
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.stacked button[type=submit]"))
        assert browser.current_url.endswith("/sign-in/set-up")
        assert_accessible(browser, f"second-factor-set-up-{language}")

        # The QR code, as a phone's camera would see it, holds the same link the page gives as text.
        shot = os.path.join(OUTPUT, f"second-factor-qr-{language}.png")
        qr = browser.find_element(By.CSS_SELECTOR, ".qr svg")
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", qr)
        qr.screenshot(shot)
        link = browser.find_element(By.CSS_SELECTOR, 'a[href^="otpauth://"]').get_attribute("href")
        assert decode_qr(shot) == link
        assert link.startswith(f"otpauth://totp/RO:{username}?secret=")
        key = browser.find_element(By.ID, "secret-key").text
        assert re.search(r"secret=([A-Z2-7]+)", link).group(1) == key.replace(" ", "")

        # A wrong code first: refused, in the page's language, and the form is still there.
        browser.find_element(By.ID, "code").send_keys("000000")
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.stacked button[type=submit]"))
        assert browser.find_elements(By.CSS_SELECTOR, ".error-summary")
        field = browser.find_element(By.ID, "code")
        field.clear()
        field.send_keys(totp(key, int(time.time()) // 30))
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.stacked button[type=submit]"))

        codes = [element.text for element in browser.find_elements(By.CSS_SELECTOR, ".recovery-codes code")]
        assert len(set(codes)) == 10 and all(re.fullmatch(r"[A-Z0-9]{4}(-[A-Z0-9]{4}){3}", code) for code in codes)
        assert_accessible(browser, f"second-factor-recovery-codes-{language}")
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, 'a.button-link[href="/home"]'))
        assert browser.current_url.endswith("/home")
    finally:
        browser.set_window_size(1280, 900)
        server.kill()


# The acceptance point: a password alone, for each role that needs a second factor, reaches none of that role's pages.
CASE_DATA_ROLES = ["coordinator", "mediator", "auditor", "admin"]


@pytest.mark.parametrize("role", CASE_DATA_ROLES)
def test_a_password_alone_reaches_no_page_of_the_role(demo, browser, role):
    username, password = demo_account(role)
    # What the role's pages are: the links a fully signed-in session of the role is offered, and the cases it lists.
    signed_in = sign_in_session(demo.url, username, password)
    home = signed_in.get(f"{demo.url}/home").text
    pages = {"/home", "/account", "/cases", "/admin/users"} | set(re.findall(r'<a href="(/(?:cases|admin|audit|investigations|disposals|research-extracts|statistics|direct-requests|information-log|referrals)[^"#?]*)"', home))
    listed = signed_in.get(f"{demo.url}/cases").text
    pages |= set(re.findall(r'href="(/cases/[0-9a-f-]{36})"', listed)[:3])
    # What would give case data or account administration away: the cases' references, the demo accounts' names.
    giveaways = set(re.findall(r'<a href="/cases/[0-9a-f-]{36}">([^<]+)</a>', listed))
    giveaways |= set(re.findall(r"<td[^>]*>(demo-[a-z0-9-]+)</td>", signed_in.get(f"{demo.url}/admin/users").text))
    assert len(pages) >= 5

    browser.delete_all_cookies()
    browser.get(f"{demo.url}/sign-in")
    browser.find_element(By.ID, "username").send_keys(username)
    browser.find_element(By.ID, "password").send_keys(password)
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.stacked button[type=submit]"))
    assert browser.current_url.endswith("/sign-in/code")
    if role == "coordinator":
        assert_accessible(browser, "second-factor-code-en")
    for page in sorted(pages):
        browser.get(f"{demo.url}{page}")
        assert re.search(r"/sign-in(\?|$)", browser.current_url), f"{role} reached {page} with a password alone"
        source = browser.page_source
        assert not [word for word in giveaways if word in source], f"{role}: {page} showed case or account data"
