"""Whole journeys through the program, in real Chromium, in English and French, axe-checked at each page."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_pages import assert_accessible, click_and_wait, sign_in


@pytest.mark.parametrize("language", ["en", "fr"])
def test_d_an_offenders_direct_request_is_turned_away_with_guidance(demo, browser, language):
    """R5: no case opens; the standard reply goes out in the offender's own language."""
    sign_in(browser, demo.url, "coordinator", language)
    browser.get(f"{demo.url}/direct-requests")
    assert_accessible(browser, f"journey-d-form-{language}")
    Select(browser.find_element(By.ID, "channel")).select_by_value("mail")
    offender_language = "fr" if language == "en" else "en"  # the reply follows the writer, not the coordinator
    Select(browser.find_element(By.ID, "language")).select_by_value(offender_language)
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.stacked button[type=submit]"))

    reply = browser.find_element(By.CSS_SELECTOR, f'blockquote[lang="{offender_language}"]').text
    assert ("parole officer" in reply) if offender_language == "en" else ("agent de libération conditionnelle" in reply)
    assert_accessible(browser, f"journey-d-reply-{language}")

    browser.get(f"{demo.url}/cases")
    assert "RO-" in browser.find_element(By.TAG_NAME, "main").text  # the demo cases, and no new one for the letter
