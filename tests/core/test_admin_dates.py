"""Dates in the admin are shown day first (dd/mm/yyyy) and must be read back the same way.

Found by the security and fault test: without Vietnamese input formats, Django read
05/07/2023 as 7 May, refused 25/12/2026, and a go-live of 11/12/2026 08:00 became
12 November (the page went live at once). The browser test in
tests/browser/test_admin_dates.py saves a directive unchanged through the real editor.
"""

from datetime import date, datetime

import pytest
from django.utils import timezone, translation

from tests.factories import make_directive, make_issuer, make_library


@pytest.fixture
def directive(outlet):
    library = make_library(outlet)
    return make_directive(library, "23-CT/TU", "chi-thi", make_issuer(), date(2023, 7, 5))


def edit_form(page, data=None):
    form_class = type(page).get_edit_handler().get_form_class()
    return form_class(data, instance=page, for_user=None)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_date_shown_in_the_form_is_read_back_as_the_same_day(directive, language):
    with translation.override(language):
        form = edit_form(directive)
        shown = form["issued_on"].field.widget.format_value(directive.issued_on)
        assert shown == "05/07/2023"
        assert form.fields["issued_on"].clean(shown) == date(2023, 7, 5)


@pytest.mark.parametrize("typed", ["25/12/2026", "25-12-2026", "2026-12-25"])
def test_a_day_above_twelve_is_a_valid_date(typed):
    from django import forms

    with translation.override("vi"):
        assert forms.DateField().clean(typed) == date(2026, 12, 25)


def test_a_go_live_time_is_read_day_first(directive):
    with translation.override("vi"):
        form = edit_form(directive)
        value = form.fields["go_live_at"].clean("11/12/2026 08:00")
    assert timezone.localtime(value).replace(tzinfo=None) == datetime(2026, 12, 11, 8, 0)
