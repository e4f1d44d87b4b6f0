"""Reading numbers and search words from query strings without ever raising a 500.

Every public view and API that takes a number or a search query from the URL goes
through these helpers, so a value of 5,000 digits, a zero, a NUL byte or 600 words is
refused (400) or ignored where the page already ignores bad filter values.

Why they are needed: `int()` refuses strings of more than 4,300 digits (a ValueError
most code does not expect), a 20-digit number overflows the database's integer
columns, and the database search backends build one nested SQL expression per
search word (Python's recursion limit is reached near 300 words).
"""

from cms.core.text import is_ascii_digits

# Fits PostgreSQL's `integer` and SQLite's INTEGER: ids, offsets and pages beyond it
# name nothing that can exist.
MAX_INT = 2**31 - 1

# Search queries: more words than any real search, fewer than the database backends'
# nesting can take. Shared by the Wagtail API's `search`, the admin's `q` and the
# Wagtail search backend itself (cms/search/wagtail_backend.py).
MAX_SEARCH_WORDS = 50

# Largest primary key the database can hold (a bigint): bigger ids from a URL, a form
# or JSON would overflow SQLite's integer and answer 500 instead of "not found".
MAX_ID = 2**63 - 1
_MAX_ID_DIGITS = len(str(MAX_ID))
MAX_SEARCH_LENGTH = 500


def bounded_int(raw, minimum=0, maximum=MAX_INT):
    """The number written in `raw` (ASCII digits, surrounding spaces allowed) when it is
    within [minimum, maximum]; None for anything else (empty, signs, other digits,
    out of range). int() is only called on as many digits as `maximum` has."""
    if not isinstance(raw, str):
        return None
    text = raw.strip()
    if not is_ascii_digits(text):
        return None
    digits = text.lstrip("0") or "0"
    if len(digits) > len(str(maximum)):
        return None
    value = int(digits)
    return value if minimum <= value <= maximum else None


def capped_int(raw, minimum=0, maximum=MAX_INT):
    """Like bounded_int, but a number above `maximum` (however many digits) gives
    `maximum`: for page numbers, where a page past the end is simply empty."""
    if not isinstance(raw, str):
        return None
    text = raw.strip()
    if not is_ascii_digits(text):
        return None
    digits = text.lstrip("0") or "0"
    if len(digits) > len(str(maximum)):
        return maximum if maximum >= minimum else None
    value = int(digits)
    if value < minimum:
        return None
    return min(value, maximum)


def search_words(text, max_words=MAX_SEARCH_WORDS, max_length=MAX_SEARCH_LENGTH):
    """(text, shortened): `text` with NUL bytes as spaces and runs of white space as one,
    cut to `max_words` words and `max_length` characters (at a word boundary when
    possible). `shortened` says whether anything was cut, so a caller can tell the user."""
    words = text.replace("\x00", " ").split()
    kept = words[:max_words]
    result = " ".join(kept)
    if len(result) > max_length:
        cut = result[:max_length]
        result = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return result, len(kept) < len(words) or len(result) < len(" ".join(kept))


def parse_id(value):
    """A primary key from JSON, a form or a query string, or None: an int (not a
    boolean) or a string of ASCII digits, in [1, MAX_ID]. The one id parser of the
    comment engine's API, public views and moderation admin."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 1 <= value <= MAX_ID else None
    # Length first: int() of thousands of digits is slow, then refused.
    if isinstance(value, str) and 0 < len(value) <= _MAX_ID_DIGITS and is_ascii_digits(value):
        number = int(value)
        return number if 1 <= number <= MAX_ID else None
    return None
