"""Vietnamese text helpers shared by slugs, search and templates."""

import re
import unicodedata

from django.utils.text import slugify


class _FoldedCharacters(dict):
    """str.translate table filled on first use: a character -> itself without its
    diacritics (đ/Đ -> d/D; a lone combining mark -> nothing). Per character, so
    the search's re-ranking folds thousands of words a query at C speed."""

    def __missing__(self, code):
        char = chr(code)
        if char in "đĐ":
            folded = "d" if char == "đ" else "D"
        else:
            decomposed = unicodedata.normalize("NFD", char)
            folded = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))
        self[code] = folded
        return folded


_FOLDED = _FoldedCharacters()


class _FormatCharacters(dict):
    """str.translate table filled on first use: Unicode format characters (category
    Cf) -> nothing, every other character -> itself."""

    def __missing__(self, code):
        value = None if unicodedata.category(chr(code)) == "Cf" else code
        self[code] = value
        return value


_FORMAT = _FormatCharacters()


def without_invisible(value: str) -> str:
    """The text without invisible format characters (Unicode category Cf): zero-width
    spaces and joiners (U+200B..U+200D), LRM/RLM and the other bidi controls, the word
    joiner (U+2060), the BOM (U+FEFF), the soft hyphen (U+00AD)... For comparing and
    matching text, never for storing it: joiners hold emoji sequences together."""
    return value.translate(_FORMAT)


def fold_vietnamese(value: str) -> str:
    """Lower-case and strip diacritics; đ/Đ become d (U+0111 has no decomposition).

    NFC first, so NFD input (a base letter then its marks) folds like NFC input."""
    return unicodedata.normalize("NFC", value).translate(_FOLDED).lower()


def fold_for_matching(value: str) -> str:
    """fold_vietnamese without invisible characters, for matching what people typed:
    `dang` finds `Đảng` and `Đ\u200bảng` alike."""
    return fold_vietnamese(without_invisible(value))


def vn_slugify(value: str) -> str:
    """`Quán triệt Nghị quyết` -> `quan-triet-nghi-quyet` (Django's slugify drops đ)."""
    return slugify(fold_vietnamese(value))


_BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|facebookexternalhit|embedly|preview|monitor|headless|curl|wget|python-requests|httpclient",
    re.IGNORECASE,
)


def is_bot_user_agent(user_agent: str) -> bool:
    """Robots that say so in their user agent (and empty ones) are not readers."""
    return not user_agent or bool(_BOT_PATTERN.search(user_agent))


def is_ascii_digits(value) -> bool:
    """0-9 only. str.isdigit() also accepts '²' or '١', which int() then refuses (a 500)."""
    return isinstance(value, str) and value.isascii() and value.isdigit()
