"""The Vietnamese admin catalogue (cms/locale/vi): complete, correct, compiled."""

import re
import shutil
import subprocess
from collections import Counter

import polib
import pytest
from django.utils import translation
from django.utils.translation import trans_real

from cms.core.i18n import DOMAINS, PLACEHOLDER, catalogue_path, is_intentionally_identical, wagtail_source_entries

HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
MIN_COVERAGE = 0.98


def entries(domain):
    return [e for e in polib.pofile(str(catalogue_path(domain))) if not e.obsolete]


def translation_of(entry):
    return entry.msgstr_plural.get(0, "") if entry.msgid_plural else entry.msgstr


@pytest.mark.parametrize("domain", DOMAINS)
def test_catalogue_header_declares_one_plural_form_and_nothing_is_fuzzy(domain):
    catalogue = polib.pofile(str(catalogue_path(domain)))
    assert catalogue.metadata["Plural-Forms"].replace(" ", "") == "nplurals=1;plural=0;"
    assert catalogue.metadata["Language"] == "vi"
    assert [e.msgid for e in catalogue if "fuzzy" in e.flags] == []


@pytest.mark.parametrize("domain", DOMAINS)
def test_placeholders_and_html_tags_are_kept_exactly(domain):
    problems = []
    for entry in entries(domain):
        text = translation_of(entry)
        if not text:
            continue
        source = entry.msgid_plural or entry.msgid
        for pattern in (PLACEHOLDER, HTML_TAG):
            if Counter(pattern.findall(source)) != Counter(pattern.findall(text)):
                problems.append((entry.msgid, text))
    assert problems == []


@pytest.mark.parametrize("domain", DOMAINS)
def test_compiled_catalogue_matches_the_po_file(domain):
    po = {(e.msgctxt, e.msgid): translation_of(e) for e in entries(domain) if translation_of(e)}
    mo = {(e.msgctxt, e.msgid): translation_of(e) for e in polib.mofile(str(catalogue_path(domain).with_suffix(".mo")))}
    mo.pop((None, ""), None)  # the header
    assert mo == po, "Chạy `make messages` để biên dịch lại catalogue."


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="msgfmt không có (gói Debian `gettext`)")
@pytest.mark.parametrize("domain", DOMAINS)
def test_msgfmt_check_is_clean(domain):
    result = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(catalogue_path(domain))], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def coverage(domain):
    translator = trans_real.DjangoTranslation("vi", domain=domain)
    sources = wagtail_source_entries(domain)
    untranslated = []
    for (context, msgid, plural), _entry in sources.items():
        if is_intentionally_identical(msgid):
            continue
        if plural:
            text = translator.npgettext(context, msgid, plural, 1) if context else translator.ngettext(msgid, plural, 1)
        else:
            text = translator.pgettext(context, msgid) if context else translator.gettext(msgid)
        if text == msgid:
            untranslated.append(msgid)
    counted = len(sources) - sum(1 for key in sources if is_intentionally_identical(key[1]))
    return 1 - len(untranslated) / counted, untranslated


@pytest.mark.parametrize("domain", DOMAINS)
def test_at_least_98_percent_of_wagtail_strings_come_back_in_vietnamese(domain):
    ratio, untranslated = coverage(domain)
    assert ratio >= MIN_COVERAGE, f"{ratio:.1%} đã dịch; chưa dịch: {untranslated[:30]}"


def test_django_gettext_uses_the_project_catalogue_in_the_admin():
    with translation.override("vi"):
        assert translation.gettext("Save draft") == "Lưu bản nháp"
        assert translation.gettext("Publish") == "Xuất bản"
        assert translation.gettext("Unpublish") == "Gỡ xuống"
