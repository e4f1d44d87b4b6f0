"""Dates through the real editor: what the admin shows (dd/mm/yyyy) is what it saves.

Found by the security and fault test: saving a directive unchanged moved its issue
date from 05/07/2023 to 7 May, and a go-live five days ahead went live at once.
"""

import re
from datetime import date, timedelta

import pytest
from django.utils import timezone

from cms.directives.models import DirectivePage
from tests.browser.helpers import log_in
from tests.factories import make_directive, make_issuer, make_library, make_outlet, make_user

expect = pytest.importorskip("playwright.sync_api", reason="Gói Python `playwright` chưa được cài").expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def library(live_server, clean_tree):
    host = live_server.url.split("//", 1)[1].split(":")[0]
    home = make_outlet(hostname=host)
    make_user("bientap", "Biên tập viên", outlet=home)
    return make_library(home)


def open_footer_menu(page):
    toggle = page.locator("footer .w-dropdown--dropdown-button .w-dropdown__toggle")
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()


def test_a_directive_saved_unchanged_keeps_its_dates(live_server, page, library):
    directive = make_directive(
        library, "23-CT/TU", "chi-thi", make_issuer(), date(2023, 7, 5), effective_from=date(2023, 7, 20)
    )
    log_in(page, live_server.url, "bientap")
    page.goto(live_server.url + f"/admin/pages/{directive.pk}/edit/")
    expect(page.locator("input[name=issued_on]")).to_have_value("05/07/2023")
    expect(page.locator("input[name=effective_from]")).to_have_value("20/07/2023")
    with page.expect_navigation():
        page.locator("button.action-save").first.click()
    page.wait_for_load_state()
    expect(page.locator(".messages")).not_to_contain_text(re.compile("lỗi|hợp lệ", re.IGNORECASE))
    saved = DirectivePage.objects.get(pk=directive.pk).get_latest_revision_as_object()
    assert (saved.issued_on, saved.effective_from) == (date(2023, 7, 5), date(2023, 7, 20))


def test_a_go_live_five_days_ahead_stays_scheduled(live_server, page, library):
    directive = make_directive(library, "24-CT/TU", "chi-thi", make_issuer(code="TU"), date(2023, 8, 1), publish=False)
    when = timezone.localtime() + timedelta(days=5)
    typed = f"{when:%d/%m/%Y} 08:00"
    log_in(page, live_server.url, "bientap")
    page.goto(live_server.url + f"/admin/pages/{directive.pk}/edit/")
    # The schedule dialog's date-time picker writes this text into the field.
    page.evaluate(
        "value => { for (const input of document.querySelectorAll('input[name=go_live_at]')) input.value = value; }",
        typed,
    )
    open_footer_menu(page)
    with page.expect_navigation():
        page.locator("button[name=action-publish]").click()
    page.wait_for_load_state()
    directive = DirectivePage.objects.get(pk=directive.pk)
    assert not directive.live
    scheduled = directive.scheduled_revision
    assert scheduled is not None
    go_live = timezone.localtime(scheduled.approved_go_live_at)
    assert (go_live.date(), go_live.hour, go_live.minute) == (when.date(), 8, 0)
