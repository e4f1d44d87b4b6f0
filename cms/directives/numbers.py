"""Directive numbers (số hiệu): strict parsing for editors, forgiving lookup for readers.

A number has three parts: the digits, the kind code and the issuer code. The
Party writes `23-CT/TU`, the State `05/KH-UBND`, and legal normative State
documents add the year: `05/2023/QĐ-UBND`. Pages store the parts folded
(`number_digits`, `number_kind_code`, `number_issuer_code`) so a reader can find
a document whichever way the number is typed: `23/CT-TU`, `ct 23 tu`, `chỉ thị 23`.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.db.models import Q

from cms.core.text import fold_vietnamese, is_ascii_digits

from .kinds import KINDS

MAX_LENGTH = 60  # the model field's max_length
MIN_YEAR, MAX_YEAR = 1945, 2100
MAX_DIGITS = 7

FORMAT_MESSAGE = "Số hiệu phải có dạng 23-CT/TU hoặc 05/KH-UBND: số, mã loại văn bản, mã cơ quan ban hành."


class NumberError(ValueError):
    """A number that cannot be stored; the message is shown to editors as is."""


def _code_key(code: str) -> str:
    return fold_vietnamese(code).upper()


# Folded code -> the code as it is written (QDI -> QĐi, QD -> QĐ), in KINDS order.
CANONICAL_CODES: dict[str, str] = {}
for _label, _codes in KINDS.values():
    for _code in _codes:
        CANONICAL_CODES.setdefault(_code_key(_code), _code)

# Folded label -> kind value, for "chỉ thị 23" / "chi thi 23".
_KIND_WORDS = {fold_vietnamese(label): value for value, (label, _codes) in KINDS.items()}

# Issuer codes whose conventional spelling is not all upper case (TTg: Thủ tướng).
_MIXED_CASE_ISSUERS = {"TTG": "TTg"}


@dataclass(frozen=True)
class ParsedNumber:
    digits: str  # leading zeros stripped: the key for lookups
    kind_code: str  # canonical: CT, QĐi, QĐ
    issuer_code: str  # upper case, keeping Đ: TU, UBND, ĐU
    year: int | None = None
    style: str = "party"  # "party" (23-CT/TU) or "state" (05/KH-UBND)
    written_digits: str = ""  # as typed (05), for display

    @property
    def display(self) -> str:
        digits = self.written_digits or self.digits
        if self.style == "state":
            year = f"{self.year}/" if self.year is not None else ""
            return f"{digits}/{year}{self.kind_code}-{self.issuer_code}"
        return f"{digits}-{self.kind_code}/{self.issuer_code}"

    @property
    def kind_key(self) -> str:
        return _code_key(self.kind_code)

    @property
    def issuer_key(self) -> str:
        return _code_key(self.issuer_code).replace(" ", "")


@dataclass(frozen=True)
class NumberQuery:
    digits: str
    kinds: frozenset[str] = frozenset()  # compares equal to a plain set
    issuer_key: str | None = None


# ---------------------------------------------------------------- strict parsing

_LETTERS = r"[^\W\d_]"
_PARTY = re.compile(rf"(?P<digits>[0-9]+)-(?P<kind>{_LETTERS}{{1,10}})/(?P<issuer>[^\W_]{{1,20}})")
_STATE = re.compile(
    rf"(?P<digits>[0-9]+)/(?:(?P<year>[0-9]{{4}})/)?(?P<kind>{_LETTERS}{{1,10}})-(?P<issuer>[^\W_]{{1,20}})"
)
# Editors often paste the number with the "Số:" that precedes it in the document.
_SO_PREFIX = re.compile(r"^s[ốo]\s*[:.]?\s*(?=[0-9])", re.IGNORECASE)


def _known_codes() -> str:
    return ", ".join(CANONICAL_CODES.values())


def parse_number(text: str) -> ParsedNumber:
    """`23 - ct / tu` -> ParsedNumber(digits="23", kind_code="CT", issuer_code="TU", ...).

    Raises NumberError (Vietnamese message) for anything that is not a number
    of one of the two styles with a known kind code.
    """
    text = unicodedata.normalize("NFC", text or "").strip()
    if not text:
        raise NumberError(f"Chưa nhập số hiệu. {FORMAT_MESSAGE}")
    # Checked before any regex so huge input costs nothing.
    if len(text) > MAX_LENGTH:
        raise NumberError(f"Số hiệu dài quá {MAX_LENGTH} ký tự. {FORMAT_MESSAGE}")
    # Word processors turn "-" into dashes; spaces around separators are typing noise.
    text = re.sub(r"[–—‐‑]", "-", text)
    text = re.sub(r"\s*([-/])\s*", r"\1", text)
    text = _SO_PREFIX.sub("", text)
    if not re.search(r"[0-9]", text):
        raise NumberError(f"Số hiệu thiếu phần số (như 23 trong 23-CT/TU). {FORMAT_MESSAGE}")

    match, style = _PARTY.fullmatch(text), "party"
    if match is None:
        match, style = _STATE.fullmatch(text), "state"
    if match is None:
        raise NumberError(FORMAT_MESSAGE)

    written = match["digits"]
    if len(written) > MAX_DIGITS:
        raise NumberError(f"Phần số của số hiệu dài quá {MAX_DIGITS} chữ số. {FORMAT_MESSAGE}")

    kind_code = CANONICAL_CODES.get(_code_key(match["kind"]))
    if kind_code is None:
        raise NumberError(f"Mã loại văn bản “{match['kind']}” không có trong danh mục ({_known_codes()}).")

    issuer = match["issuer"]
    if not any(ch.isalpha() for ch in issuer):
        raise NumberError(f"Mã cơ quan ban hành (“{issuer}”) phải có chữ, ví dụ TU, UBND. {FORMAT_MESSAGE}")
    issuer = _MIXED_CASE_ISSUERS.get(_code_key(issuer), issuer.upper())

    year = None
    if style == "state" and match["year"]:
        year = int(match["year"])
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise NumberError(f"Năm trong số hiệu ({year}) phải từ {MIN_YEAR} đến {MAX_YEAR}.")

    return ParsedNumber(
        digits=written.lstrip("0") or "0",
        kind_code=kind_code,
        issuer_code=issuer,
        year=year,
        style=style,
        written_digits=written,
    )


def kinds_for_code(code: str) -> list[str]:
    """Kind values that use `code` (folded compare): "QĐ" -> quy-dinh and quyet-dinh."""
    key = _code_key(code or "")
    return [value for value, (_label, codes) in KINDS.items() if key in {_code_key(c) for c in codes}]


def check_kind(parsed: ParsedNumber, kind: str) -> None:
    """Raise NumberError when the number's kind code is not one of `kind`'s codes."""
    if kind not in KINDS:
        raise NumberError(f"Loại văn bản “{str(kind)[:40]}” không có trong danh mục.")
    owners = kinds_for_code(parsed.kind_code)
    if kind in owners:
        return
    owner_labels = " hoặc ".join(KINDS[value][0] for value in owners) or "loại khác"
    raise NumberError(
        f"Mã “{parsed.kind_code}” trong số hiệu là của {owner_labels}, "
        f"không khớp với loại văn bản đã chọn ({KINDS[kind][0]})."
    )


# ---------------------------------------------------------------- forgiving lookup

MAX_QUERY_LENGTH = 100  # a number with "Chỉ thị số … của …" fits; longer text is a word search
MAX_ISSUER_LETTERS = 6
_FILLER_WORDS = {"so", "cua"}
_FILLER_PHRASES = {"van ban", "so hieu"}
# Letters an issuer code is written with: ASCII and Đ. A token with other
# Vietnamese letters (ô, ớ, ư…) is an ordinary word: "nông thôn mới 2025".
_CODE_LETTERS = re.compile(r"[A-Za-zĐđ]+")


def _tokens(text: str) -> list[tuple[str, str]]:
    """(original, folded) tokens, split on non-alphanumerics and letter/digit boundaries."""
    return [(token, fold_vietnamese(token)) for token in re.findall(rf"{_LETTERS}+|[0-9]+", text)]


def _is_year(token: str) -> bool:
    return len(token) == 4 and MIN_YEAR <= int(token) <= MAX_YEAR


def parse_query(text: str) -> NumberQuery | None:
    """What a reader typed, if it names a number: `ct 23 tu`, `chỉ thị 23`, `05/KH-UBND`.

    None when it does not look like a number (no digits, or ordinary words).
    """
    text = unicodedata.normalize("NFC", text or "").strip()
    if not text or len(text) > MAX_QUERY_LENGTH:
        return None
    tokens = _tokens(text)

    numbers: list[str] = []
    word_kinds: set[str] = set()
    code_kinds: set[str] = set()
    others: list[tuple[str, str]] = []
    index = 0
    while index < len(tokens):
        original, folded = tokens[index]
        if is_ascii_digits(folded):
            numbers.append(folded)
            index += 1
            continue
        pair = " ".join(f for _o, f in tokens[index : index + 2])
        if pair in _KIND_WORDS:
            word_kinds.add(_KIND_WORDS[pair])
            index += 2
        elif pair in _FILLER_PHRASES:
            index += 2
        elif folded in _FILLER_WORDS:
            index += 1
        elif not code_kinds and folded.upper() in CANONICAL_CODES:
            # The first code-like token is the kind code; a later one is part of the issuer.
            code_kinds.update(kinds_for_code(folded))
            index += 1
        else:
            others.append((original, folded))
            index += 1

    digits = _pick_number(numbers)
    if digits is None:
        return None

    # A code agrees with the kind word (QĐ + "quyết định" -> quyet-dinh); if they
    # contradict, the code, being part of the number, wins.
    kinds = (code_kinds & word_kinds or code_kinds) if code_kinds else word_kinds

    issuer_key = None
    if others:
        # Without a kind, only a single short code ("23 TU") still reads as a number.
        if len(others) > (2 if kinds else 1):
            return None
        for original, folded in others:
            if not _CODE_LETTERS.fullmatch(original) or len(folded) > MAX_ISSUER_LETTERS:
                return None
        issuer_key = "".join(folded for _o, folded in others).upper()

    return NumberQuery(digits=digits, kinds=frozenset(kinds), issuer_key=issuer_key)


def _pick_number(numbers: list[str]) -> str | None:
    """The document's number among the digit tokens; a year next to it is dropped."""
    if len(numbers) == 2:
        first, second = numbers
        # 05/2023/QĐ-UBND: number then year; "2023 số 05" the other way round.
        if _is_year(second):
            numbers = [first]
        elif _is_year(first):
            numbers = [second]
    if len(numbers) != 1 or len(numbers[0]) > MAX_DIGITS:
        return None
    return numbers[0].lstrip("0") or "0"


def number_q(text: str, prefix: str = "") -> Q | None:
    """A filter for the directive `text` names, or None if it names none.

    `prefix` reaches the fields through a relation, e.g. "directive__".
    """
    query = parse_query(text)
    if query is None:
        return None
    lookups: dict[str, object] = {f"{prefix}number_digits": query.digits}
    if query.kinds:
        lookups[f"{prefix}kind__in"] = sorted(query.kinds)
    if query.issuer_key:
        lookups[f"{prefix}number_issuer_code"] = query.issuer_key
    return Q(**lookups)
