"""Vietnamese text for the search index: folding, words, snippets with <mark>.

Both backends index the folded text next to the original and fold the query the
same way, so `quan triet`, `QUÁN TRIỆT` and `quán triệt` find the same pages;
`đ` is folded by hand because U+0111 has no Unicode decomposition."""

import functools
import re
import unicodedata

from django.utils.html import escape

from cms.core.text import fold_vietnamese

MAX_QUERY_LENGTH = 500
WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """NFC or NFD in, lower-case ASCII-ish out: `Đảng bộ` -> `dang bo`."""
    return fold_vietnamese(unicodedata.normalize("NFC", text or ""))


def words(text: str) -> list[str]:
    return WORD.findall(text or "")


def folded_words(text: str) -> list[str]:
    return WORD.findall(fold(text))


def query_words(query: str) -> list[str]:
    """The folded words of a reader's query; syntax characters are just separators."""
    return [word for word in folded_words(query) if word.strip("_")]


def exact_words(query: str) -> set[str]:
    """The query's words as typed (lower-cased, NFC), for the exact-accent bonus."""
    return {word.lower() for word in words(unicodedata.normalize("NFC", query or "")) if word.strip("_")}


@functools.lru_cache(maxsize=100_000)  # Vietnamese has a few thousand syllables; re-ranking asks for them all the time
def accent_key(word: str) -> str:
    """A word as typed, with its accents but not where they sit: `uỷ` (old tone
    placement) and `ủy` give the same key, `thành` and `thạnh` do not."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    marks = "".join(sorted(ch for ch in decomposed if unicodedata.combining(ch)))
    return f"{letters}{marks}"


def accent_keys(text: str) -> set[str]:
    return {accent_key(word) for word in words(text) if word.strip("_")}


def highlight(text: str, query: list[str], *, length: int = 240) -> str:
    """An escaped snippet of `text` around the first matched word, matches in <mark>.

    Matching is on folded words, so `<mark>` wraps the word as it is written
    (with its accents) whichever way the reader typed it."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    wanted = set(query)
    matches = [m for m in WORD.finditer(text) if fold(m.group()) in wanted]
    start = 0
    if matches and len(text) > length:
        start = max(0, matches[0].start() - length // 4)
        # Start on a word boundary.
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    pieces = ["…" if start else ""]
    cursor = start
    for match in matches:
        if match.start() < start or match.end() > end:
            continue
        pieces.append(escape(text[cursor : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        cursor = match.end()
    pieces.append(escape(text[cursor:end]))
    if end < len(text):
        pieces.append("…")
    return "".join(pieces)
