"""Issue 14's journey, in real Chromium, in English and French, axe-checked at each page: the people in a case,
sealed, found by name, seen only by those who need to (§7.2, R24, R31, N3), as far as the site's entry request."""
import datetime

import pytest
from selenium.webdriver.common.by import By

from test_journeys import participant_value, step, submit
from test_pages import assert_accessible, click_and_wait, open_area, sign_in

NAME = "Réjeanne Côté-Fictive"
PHONE = "613-555-0171"
SAFE_TIMES = "Weekdays after 6 pm (fictional)"
OFFENDER = "Corwin Ashdown-Fictive"
NOTE = "She spoke of the anniversary; kept for the coordinator only (fictional)."


@pytest.mark.parametrize("language", ["en", "fr"])
def test_f_a_request_with_a_name_is_found_worked_on_and_kept_from_those_who_need_not_see_it(fresh_demo, browser, language):
    base = fresh_demo.url
    sign_in(browser, base, "coordinator", language)
    browser.get(f"{base}/cases/new")
    submit(browser, browser.find_element(By.CSS_SELECTOR, 'form[action="/cases"]'), {
        "requesterType": "registeredVictim", "channel": "phone", "region": "quebec", "language": "fr",
        "name": NAME, "phone": PHONE, "phoneSafe": True, "safeTimes": SAFE_TIMES,
    })
    case_url = browser.current_url.split("?")[0]
    assert NAME not in case_url and "613" not in case_url, "§7.2: nothing of the person in an address"

    # §7.2: found by the start of the surname, with and without its accent.
    for typed in ("Côt", "cote"):
        browser.get(f"{base}/cases")
        submit(browser, browser.find_element(By.CSS_SELECTOR, 'form[action="/cases/search"]'), {"q": typed})
        assert browser.find_elements(By.CSS_SELECTOR, f'main a[href="{case_url.replace(base, "")}"]'), f"{typed} finds the case"
        assert "/cases/search" in browser.current_url and typed not in browser.current_url
    assert_accessible(browser, f"journey-f-found-{language}")

    browser.get(case_url)
    step(browser, "start-assessment")
    step(browser, "add-participant", role="offender", language="en")
    step(browser, "confirm-eligibility", **{"criterion-federal-sentence": True, "criterion-responsibility-accepted": True})
    step(browser, "link-offender-record", fps="000555F")
    step(browser, "review-safety")
    step(browser, "assign")

    # The mediator sees the name and the safe contact, logs a call, writes a restricted note.
    sign_in(browser, base, "mediator", language)
    browser.get(case_url)
    open_area(browser, "people")
    people = browser.find_element(By.TAG_NAME, "main").text
    assert NAME in people and PHONE in people and SAFE_TIMES in people
    assert_accessible(browser, f"journey-f-people-{language}")
    step(browser, "log-contact", channel="phone", outcome="reached", note="Talked about what comes next (fictional).")
    assert "Talked about what comes next (fictional)." in browser.find_element(By.ID, "contact-log").find_element(By.XPATH, "..").text
    step(browser, "write-note", note=NOTE, restricted=True)
    open_area(browser, "people")
    assert NOTE not in browser.page_source, "a restricted note is read on its own page only"
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, 'section[aria-labelledby="notes"] a[href*="/notes/"]'))
    assert NOTE in browser.find_element(By.TAG_NAME, "main").text
    assert_accessible(browser, f"journey-f-restricted-note-{language}")

    # The case goes on to a meeting at the site; the entry request takes the names from the records (R31).
    browser.get(case_url)
    victim = participant_value(browser, ("Victim", "Victime"))
    offender = participant_value(browser, ("Offender", "Délinquant"))
    step(browser, "consent", participant=victim, purpose="takePart", decision="given", noticeGiven=True)
    step(browser, "begin-preparation")
    for purpose in ("approachOtherParty", "form.meetingInPerson"):
        step(browser, "consent", participant=victim, purpose=purpose, decision="given")
    step(browser, "assess", participant=victim)
    step(browser, "assess", participant=offender)
    step(browser, "safe-contact", participant=offender, **{"channel-inPerson": True})
    step(browser, "approach")
    for purpose in ("takePart", "form.meetingInPerson"):
        step(browser, "consent", participant=offender, purpose=purpose, decision="given", noticeGiven=purpose == "takePart")
    step(browser, "start-dialogue", form="meetingInPerson")
    step(browser, "propose-meeting", form="meetingInPerson", site="FVI", **{f"attend-{victim}": True, f"attend-{offender}": True})
    step(browser, "availability", participant=victim)
    step(browser, "availability", participant=offender)
    step(browser, "safety-plan", arrival="Victim side by the visitors’ entrance", departure="Victim side leaves first")
    browser.get(f"{case_url}/steps/person?participant={offender}")
    submit(browser, browser.find_element(By.CSS_SELECTOR, 'form[action$="/steps/person"]'), {"usedName": OFFENDER})
    day = (datetime.date.today() + datetime.timedelta(days=40)).isoformat()
    step(browser, "request-entry", date=day, time="10:00", room="A quiet room")
    assert_accessible(browser, f"journey-f-entry-requested-{language}")

    # R31: the site liaison sees the names and the FPS number from the records, and nothing else of the people.
    sign_in(browser, base, "siteLiaison", language)
    browser.get(f"{base}/entry-requests")
    request = next(a for a in browser.find_elements(By.CSS_SELECTOR, "article.entry-request") if NAME in a.text)
    assert OFFENDER in request.text and "000555F" in request.text
    for secret in (PHONE, SAFE_TIMES, NOTE, "Talked about what comes next", "visitors"):
        assert secret not in browser.page_source
    assert_accessible(browser, f"journey-f-site-{language}")

    # N3: a referrer sees nothing of the victim side, not even that the case exists.
    sign_in(browser, base, "referrer", language)
    browser.get(f"{base}/referrals")
    for secret in (PHONE, NAME):
        assert secret not in browser.page_source
    browser.get(case_url)
    assert NAME not in browser.page_source and PHONE not in browser.page_source
