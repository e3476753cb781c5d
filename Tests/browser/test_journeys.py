"""Whole journeys through the program, in real Chromium, in English and French, axe-checked at each page."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_pages import assert_accessible, click_and_wait, open_area, sign_in


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


def open_case_at_stage(browser, base, stage_words):
    """Opens the first listed case whose stage cell reads one of `stage_words` (English or French)."""
    return open_case_where(browser, base, stage_words, lambda _: True)


def open_case_where(browser, base, stage_words, found, area=None):
    """Opens, one by one, the listed cases at one of `stage_words` until `found(browser)` holds on the case
    page, or on the part of the case named `area` (people, letters, …). Returns the case summary's address."""
    browser.get(f"{base}/cases")
    links = [row.find_element(By.CSS_SELECTOR, "td a").get_attribute("href")
             for row in browser.find_elements(By.CSS_SELECTOR, "section:not([aria-labelledby=reminders]) tbody tr")
             if row.find_elements(By.TAG_NAME, "td")[1].text in stage_words]
    for link in dict.fromkeys(links):
        browser.get(link)
        if area:
            open_area(browser, area)
        if found(browser):
            return link
    raise AssertionError(f"no case at {stage_words} with what the test needs")


def form_or_link(browser, action):
    """The form posting to …/steps/`action` on this page, after following this page's link to the step's
    own page if it has one; None if neither is here."""
    forms = browser.find_elements(By.CSS_SELECTOR, f'form[action$="/steps/{action}"]')
    if forms:
        return forms[0]
    links = browser.find_elements(By.CSS_SELECTOR, f'main a[href$="/steps/{action}"], main a[href*="/steps/{action}?"]')
    if links:
        words = links[0].text
        click_and_wait(browser, links[0])
        assert browser.find_element(By.TAG_NAME, "h1").text == words, "the step's page asks what its link said"
        return browser.find_element(By.CSS_SELECTOR, f'form[action$="/steps/{action}"]')
    return None


def step_form(browser, action):
    """The form posting to …/steps/`action`: on this page or its step page, or else in the first part of the
    case that offers it, found as a person would, through the links of the case's parts."""
    found = form_or_link(browser, action)
    if found:
        return found
    if not browser.find_elements(By.CSS_SELECTOR, "nav.case-areas"):  # a step's page: back to the case first
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "p.case-context a"))
    for link in [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "nav.case-areas a")]:
        browser.get(link)
        found = form_or_link(browser, action)
        if found:
            return found
    raise AssertionError(f"no part of the case offers {action}")


def step(browser, action, **fields):
    """Fills and submits the form posting to …/steps/`action`, as a person would, going to the part of the
    case that holds it. A value of True or False ticks or unticks the checkbox of that name."""
    submit(browser, step_form(browser, action), fields)


def submit(browser, form, fields):
    for name, value in fields.items():
        field = form.find_element(By.NAME, name)
        if isinstance(value, bool):
            if field.is_selected() != value:
                field.click()
        elif field.tag_name == "select":
            Select(field).select_by_value(value)
        else:
            field.clear()
            field.send_keys(value)
    click_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))


def sign_out(browser):
    browser.find_element(By.CSS_SELECTOR, "form.sign-out button").click()


def participant_value(browser, role_words):
    step_form(browser, "consent")  # the people's part of the case
    options = browser.find_elements(By.CSS_SELECTOR, "#consent-person option")
    return next(o.get_attribute("value") for o in options if o.text.startswith(role_words))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_e_a_step_with_an_expired_assessment_is_refused_with_a_clear_reason(demo, browser, language):
    """R21: the demo letter was approved 100 days ago; releasing it now is refused until people are re-assessed."""
    sign_in(browser, demo.url, "mediator", language)
    open_case_where(browser, demo.url, ("Dialogue",), lambda b: b.find_elements(By.CSS_SELECTOR, 'form[action$="/steps/release"]'), area="letters")
    release = browser.find_element(By.CSS_SELECTOR, 'form[action$="/steps/release"] button')
    click_and_wait(browser, release)
    message = browser.find_element(By.CSS_SELECTOR, ".error-summary").text
    assert ("out of date" in message) if language == "en" else ("n’est plus à jour" in message)
    assert_accessible(browser, f"journey-e-refused-{language}")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_letters_exchanged_through_review_then_closure(fresh_demo, browser, language):
    """A victim's request, assessments, a letter through mediator review and release, follow-up, closure."""
    base = fresh_demo.url
    sign_in(browser, base, "mediator", language)
    case_url = open_case_at_stage(browser, base, ("Assigned", "Confié"))
    victim = participant_value(browser, ("Victim", "Victime"))
    offender = participant_value(browser, ("Offender", "Délinquant"))
    assert_accessible(browser, f"journey-a-assigned-{language}")

    step(browser, "consent", participant=victim, purpose="takePart", decision="given")
    assert browser.find_element(By.CSS_SELECTOR, ".error-summary").text, "R37: the confidentiality notice comes first"
    assert_accessible(browser, f"journey-a-notice-first-{language}")
    step(browser, "consent", participant=victim, purpose="takePart", decision="given", noticeGiven=True)
    step(browser, "begin-preparation")
    for purpose in ("approachOtherParty", "form.letter"):
        step(browser, "consent", participant=victim, purpose=purpose, decision="given")
    step(browser, "assess", participant=victim)
    step(browser, "assess", participant=offender)
    step(browser, "safe-contact", participant=offender, **{"channel-inPerson": True})
    step(browser, "approach")
    for purpose in ("takePart", "form.letter"):
        step(browser, "consent", participant=offender, purpose=purpose, decision="given", noticeGiven=purpose == "takePart")
    step(browser, "start-dialogue", form="letter")
    step(browser, "draft-letter", sender=victim, recipient=offender, content="A fictional letter written for this test.")
    assert_accessible(browser, f"journey-a-draft-{language}")
    for action in ("submit-item", "approve-item", "share-item", "opt-in", "release", "deliver"):
        step(browser, action)
    assert "A fictional letter written for this test." in browser.find_element(By.CSS_SELECTOR, ".item blockquote").text
    step(browser, "follow-up")
    assert_accessible(browser, f"journey-a-follow-up-{language}")

    browser.find_element(By.CSS_SELECTOR, "form.sign-out button").click()
    sign_in(browser, base, "coordinator", language)
    browser.get(case_url)
    step(browser, "close", reason="completed.indirect")
    assert ("completed, indirectly" if language == "en" else "terminé, de façon indirecte") in browser.find_element(By.TAG_NAME, "main").text
    assert_accessible(browser, f"journey-a-closed-{language}")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_b_staff_referral_to_a_meeting_at_an_institution_then_follow_up_and_closure(fresh_demo, browser, language):
    """R4 referral, NHQ assessment, preparation, a meeting at a site (entry approved by the site liaison,
    R30–R33), confirmed by the coordinator, held, follow-up, closure as completed face to face."""
    import datetime
    base = fresh_demo.url
    sign_in(browser, base, "referrer", language)
    browser.get(f"{base}/referrals/new")
    submit(browser, browser.find_element(By.CSS_SELECTOR, 'form[action="/referrals"]'),
           {"fps": "000777B", "offenderName": "Dorian Quillfeather-Fictive", "unit": "Fictional Valley Institution", "interest": "2026-01-15", "region": "pacific", "language": "en"})
    reference = browser.find_element(By.CSS_SELECTOR, "tbody tr td").text
    assert_accessible(browser, f"journey-b-referred-{language}")

    sign_in(browser, base, "coordinator", language)
    browser.get(f"{base}/cases")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, reference))
    case_url = browser.current_url
    step(browser, "start-assessment")
    step(browser, "confirm-eligibility", **{"criterion-federal-sentence": True, "criterion-responsibility-accepted": True})  # R10, R11
    step(browser, "add-participant", role="victim", language="fr")
    step(browser, "assign")
    offender = participant_value(browser, ("Offender", "Délinquant"))
    victim = participant_value(browser, ("Victim", "Victime"))

    sign_in(browser, base, "mediator", language)
    browser.get(case_url)
    step(browser, "consent", participant=offender, purpose="takePart", decision="given", noticeGiven=True)
    step(browser, "begin-preparation")
    for purpose in ("approachOtherParty", "form.meetingInPerson"):
        step(browser, "consent", participant=offender, purpose=purpose, decision="given")
    step(browser, "assess", participant=offender)
    step(browser, "assess", participant=victim)
    step(browser, "safe-contact", participant=victim, times="Weekdays after 6 pm (fictional)", **{"channel-phone": True})
    step(browser, "approach")
    for purpose in ("takePart", "form.meetingInPerson"):
        step(browser, "consent", participant=victim, purpose=purpose, decision="given", noticeGiven=purpose == "takePart")
    step(browser, "start-dialogue", form="meetingInPerson")
    step(browser, "propose-meeting", form="meetingInPerson", site="FVI", **{f"attend-{victim}": True, f"attend-{offender}": True})
    step(browser, "availability", participant=victim)
    step(browser, "availability", participant=offender)
    step(browser, "safety-plan", arrival="Victim side by the visitors’ entrance", departure="Victim side leaves first")
    day = (datetime.date.today() + datetime.timedelta(days=40)).isoformat()
    browser.get(f"{case_url}/steps/person?participant={victim}")  # R31: the site's list takes names from the records
    submit(browser, browser.find_element(By.CSS_SELECTOR, 'form[action$="/steps/person"]'), {"usedName": "Test Entrant (fictional)"})
    step(browser, "request-entry", date=day, time="10:00", room="A quiet room")
    assert_accessible(browser, f"journey-b-entry-requested-{language}")

    sign_in(browser, base, "siteLiaison", language)
    browser.get(f"{base}/entry-requests")
    request = next(a for a in browser.find_elements(By.CSS_SELECTOR, "article.entry-request") if "Test Entrant (fictional)" in a.text)
    assert "000777B" in request.text and ("RO meeting" in request.text or "Rencontre PJR" in request.text)
    assert "visitors" not in browser.page_source, "the safety plan stays in the case file (R31)"
    assert_accessible(browser, f"journey-b-site-{language}")
    click_and_wait(browser, request.find_element(By.CSS_SELECTOR, 'form[action$="/approve"] button'))

    sign_in(browser, base, "coordinator", language)
    browser.get(case_url)
    step(browser, "confirm-meeting")
    assert ("Confirmed" if language == "en" else "Confirmée") in browser.find_element(By.CSS_SELECTOR, "article.meeting h3").text

    sign_in(browser, base, "mediator", language)
    browser.get(case_url)
    step(browser, "meeting-held", note="Fictional note: the meeting took place.")
    step(browser, "follow-up")
    assert_accessible(browser, f"journey-b-follow-up-{language}")

    sign_in(browser, base, "coordinator", language)
    browser.get(case_url)
    step(browser, "close", reason="completed.faceToFace")
    assert ("completed, with a meeting" if language == "en" else "terminé, avec une rencontre") in browser.find_element(By.TAG_NAME, "main").text
    assert_accessible(browser, f"journey-b-closed-{language}")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_c_withdrawal_cancels_the_pending_letter_and_the_case_reopens_months_later(fresh_demo, browser, language):
    """§4.8: the recipient withdraws while a letter waits for release; it is cancelled and can never be
    delivered. R17, §4.9: a case closed by a withdrawal four months ago is reopened as a linked episode."""
    import datetime
    base = fresh_demo.url
    sign_in(browser, base, "mediator", language)
    open_case_where(browser, base, ("Dialogue",), lambda b: b.find_elements(By.CSS_SELECTOR, 'form[action$="/steps/release"]'), area="letters")
    offender = participant_value(browser, ("Offender", "Délinquant"))
    step(browser, "withdraw", participant=offender, mayReturn=False)
    open_area(browser, "letters")
    letter = browser.find_element(By.CSS_SELECTOR, "article.item").text
    assert ("Cancelled, never delivered" if language == "en" else "Annulée, jamais remise") in letter
    for action in ("release", "deliver", "share-item", "opt-in"):
        assert not browser.find_elements(By.CSS_SELECTOR, f'form[action$="/steps/{action}"]'), f"{action} is still offered"
    assert_accessible(browser, f"journey-c-withdrawn-{language}")

    sign_in(browser, base, "coordinator", language)
    withdrew = "A participant withdrew" if language == "en" else "Une personne s’est retirée"

    def reopenable_after_an_old_withdrawal(b):
        if not b.find_elements(By.CSS_SELECTOR, 'form[action$="/steps/reopen"]'):
            return False
        summary = b.current_url
        open_area(b, "timeline")
        months_ago = (datetime.date.today() - datetime.timedelta(days=90)).isoformat()
        found = any(withdrew in row.text and row.text[:10] < months_ago
                    for row in b.find_elements(By.CSS_SELECTOR, "section[aria-labelledby=timeline] tbody tr"))
        b.get(summary)
        return found
    open_case_where(browser, base, ("Closed", "Fermé"), reopenable_after_an_old_withdrawal)
    old_reference = browser.find_element(By.TAG_NAME, "h1").text.split()[-1]
    step(browser, "reopen")
    heading = browser.find_element(By.TAG_NAME, "h1").text
    assert heading.endswith(old_reference + "-E2"), heading
    details = browser.find_element(By.CSS_SELECTOR, "dl.details").text
    assert ("Assessment" if language == "en" else "Évaluation") in details
    assert ("Consents given" if language == "en" else "Consentements") not in browser.find_element(By.CSS_SELECTOR, "section[aria-labelledby=participants]").text, "C5: no consent carries over"
    assert_accessible(browser, f"journey-c-reopened-{language}")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_files_a_scanned_letter_and_a_video_message_go_through_review(fresh_demo, browser, language, tmp_path):
    """§4.5: the demo's scanned letter downloads as RO named it; a video message is refused for review
    without its recording, then the mediator adds the recording from the page and sends it for review."""
    import requests
    base = fresh_demo.url
    sign_in(browser, base, "mediator", language)
    open_case_where(browser, base, ("Dialogue",), lambda b: b.find_elements(By.CSS_SELECTOR, 'form[action$="/files"]'), area="letters")
    assert_accessible(browser, f"journey-files-case-{language}")

    step(browser, "submit-item")
    message = browser.find_element(By.CSS_SELECTOR, ".error-summary").text
    assert ("Add the video or audio recording" in message) if language == "en" else ("Ajoutez l’enregistrement vidéo ou audio" in message)

    recording = tmp_path / "Fictional Person at home.mp4"  # the name must not survive (R39)
    recording.write_bytes(b"\x00\x00\x00\x18ftypisom" + bytes(200_000))
    upload = browser.find_element(By.CSS_SELECTOR, 'form[action$="/files"]')
    upload.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(str(recording))
    click_and_wait(browser, upload.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    files = " ".join(listing.text for listing in browser.find_elements(By.CSS_SELECTOR, "ul.files"))
    assert ("Video, MP4, 196 KB" if language == "en" else "Vidéo, MP4, 196 ko") in files, files
    assert "Fictional Person" not in browser.page_source
    assert_accessible(browser, f"journey-files-added-{language}")
    step(browser, "submit-item")
    assert not browser.find_elements(By.CSS_SELECTOR, 'form[action$="/files"]'), "files stay as reviewed (R43)"

    scan = browser.find_element(By.CSS_SELECTOR, 'ul.files a[href*="/files/"]').get_attribute("href")
    session = requests.Session()
    for cookie in browser.get_cookies():
        session.cookies.set(cookie["name"], cookie["value"])
    response = session.get(scan)
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF-") and response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"].startswith('attachment; filename="ro-')
    signed_out = requests.get(scan, allow_redirects=False)
    assert signed_out.status_code in (303, 401) and not signed_out.content.startswith(b"%PDF"), "signed out, no file"
