"""The Vietnamese admin catalogue: which Wagtail strings exist, which are translated.

Wagtail ships English source catalogues (`locale/en/LC_MESSAGES/*.po`) for every
app; their msgids are the interface strings. The project's catalogue in
cms/locale/vi/ (LOCALE_PATHS, which Django consults before the apps' own)
overrides and completes Wagtail's `vi` catalogues.
"""

import re
from pathlib import Path

import wagtail
from django.conf import settings

DOMAINS = ("django", "djangojs")
PLACEHOLDER = re.compile(r"%\([^)]+\)[sdif]|%[sdif%]|\{[^}]*\}")
# Strings that read the same in Vietnamese: brand names, codes, placeholders.
INTENTIONALLY_IDENTICAL = {
    "Wagtail",
    "URL",
    "ID",
    "HTML",
    "API",
    "CSV",
    "XLSX",
    "JSON",
    "PDF",
    "SVG",
    "RSS",
    "oEmbed",
    "Email",
    "email",
    "OK",
    "Gravatar",
    "Markdown",
    "StreamField",
    "Ctrl",
    "Alt",
    "Shift",
    "Enter",
    "Esc",
    "Token",
    "Wagtail API v2",
    "Wagtail API v3",
}


def is_intentionally_identical(msgid):
    """Listed above, or nothing to translate: only placeholders and punctuation."""
    if msgid in INTENTIONALLY_IDENTICAL:
        return True
    return not re.search(r"[^\W\d_]", PLACEHOLDER.sub("", msgid))


def catalogue_path(domain):
    return Path(settings.LOCALE_PATHS[0]) / "vi" / "LC_MESSAGES" / f"{domain}.po"


def wagtail_source_entries(domain):
    """{(msgctxt, msgid, msgid_plural): entry} over Wagtail's English catalogues."""
    import polib

    root = Path(wagtail.__file__).parent
    entries = {}
    for po_path in sorted(root.glob(f"**/locale/en/LC_MESSAGES/{domain}.po")):
        for entry in polib.pofile(str(po_path)):
            if entry.obsolete:
                continue
            key = (entry.msgctxt or "", entry.msgid, entry.msgid_plural or "")
            entries.setdefault(key, entry)
    return entries
