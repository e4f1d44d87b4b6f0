"""Suggest a directive's metadata from the text layer of its PDF's first page.

An editor uploads the PDF of a newly issued document; the admin form offers the
number (số hiệu), kind, date of issue and summary (trích yếu) read from page 1,
for the editor to check. Scanned PDFs (no text layer), broken, encrypted or
non-PDF files simply give no suggestion: `suggest_from_pdf` never raises.

pypdf spends 100-300 µs of pure Python per positioned glyph, so a hostile
page of 400,000 glyphs kept a core busy for two minutes. The text is therefore
extracted in a child process under limits: file size, size of page 1's
content, characters kept, a memory cap and a hard timeout after which the child
is killed. A limit reached gives an empty suggestion whose `limit` says why, so
the form can tell the editor to type the fields.

The header of an official document is two columns (issuer and number on the
left, motto and place-date on the right). pypdf's "layout" extraction keeps the
columns side by side on one line and shows vertical gaps as blank lines, which
is where a summary ends when its separator is a drawn rule; its plain
extraction follows the content stream instead. Both are parsed, the layout one
first, and each field is taken from the first that has it.
"""

import json
import logging
import math
import re
import subprocess
import sys
import unicodedata
from dataclasses import asdict, dataclass, fields
from datetime import date
from io import BytesIO
from os import PathLike
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ArrayObject

from .kinds import KINDS

logger = logging.getLogger(__name__)

MAX_TEXT_CHARS = 20_000
MAX_SUMMARY_CHARS = 500
MAX_SUMMARY_LINES = 8
# Lines read as the header when no kind heading is found.
FALLBACK_HEADER_LINES = 15
INITIAL_FIELDS = ("number", "kind", "issued_on", "summary")

# Address space of the extraction process (pypdf itself caps a decompressed stream at 75 MB).
CHILD_MEMORY_BYTES = 1024 * 1024 * 1024

# Why a PDF was not read although it may have text (Suggestion.limit).
LIMIT_MESSAGES = {
    "timeout": "Không đọc được chữ trong tệp PDF trong thời gian cho phép; hãy nhập thông tin bằng tay.",
    "file-too-large": "Tệp PDF quá lớn để đọc chữ tự động; hãy nhập thông tin bằng tay.",
    "page-too-complex": "Trang đầu của tệp PDF quá phức tạp để đọc chữ tự động; hãy nhập thông tin bằng tay.",
    "failed": "Không đọc được chữ trong tệp PDF; hãy nhập thông tin bằng tay.",
}


@dataclass(frozen=True)
class Limits:
    """Bounds on reading one PDF; the defaults come from settings (see `limits_from_settings`)."""

    timeout: float = 10.0
    max_file_bytes: int = 20 * 1024 * 1024
    # Decompressed content of page 1 (and its form XObjects). A dense page of an
    # official document is 10-50 KB; the hostile 400,000-glyph page was 6 MB.
    max_content_bytes: int = 512 * 1024
    max_chars: int = 200_000


def limits_from_settings():
    from django.conf import settings

    defaults = Limits()
    return Limits(
        timeout=getattr(settings, "PDF_SUGGEST_TIMEOUT", defaults.timeout),
        max_file_bytes=getattr(settings, "PDF_SUGGEST_MAX_FILE_BYTES", defaults.max_file_bytes),
        max_content_bytes=getattr(settings, "PDF_SUGGEST_MAX_CONTENT_BYTES", defaults.max_content_bytes),
        max_chars=getattr(settings, "PDF_SUGGEST_MAX_CHARS", defaults.max_chars),
    )


@dataclass
class Suggestion:
    number: str | None = None
    kind: str | None = None
    issued_on: date | None = None
    summary: str | None = None
    issuer_name: str | None = None
    place: str | None = None
    has_text: bool = False
    # A key of LIMIT_MESSAGES when the text was not read because of a limit.
    limit: str | None = None

    @property
    def limit_message(self):
        return LIMIT_MESSAGES.get(self.limit, "")

    def as_initial(self):
        """The non-empty form fields, for a form's `initial`."""
        return {name: getattr(self, name) for name in INITIAL_FIELDS if getattr(self, name)}


# ---------------------------------------------------------------- reading the PDF


def suggest_from_pdf(fileobj, limits=None) -> Suggestion:
    """Suggest metadata from a PDF given as a binary file object, bytes or a path.

    A file object is read from its start and left where it was. The text is
    extracted in a child process under `limits` (default: from settings).
    """
    limits = limits or limits_from_settings()
    try:
        data = _read_bytes(fileobj, limits.max_file_bytes)
    except _LimitReached as limit:
        logger.warning("PDF not read for directive suggestions: %s", limit.reason)
        return Suggestion(limit=limit.reason)
    except Exception as error:
        logger.warning("Cannot read PDF for directive suggestions: %s: %s", type(error).__name__, error)
        return Suggestion()
    outcome, value = _extract_in_child(data, limits)
    if outcome == "limit":
        logger.warning("PDF not read for directive suggestions: %s", value)
        return Suggestion(limit=value)
    if outcome == "error":
        logger.warning("Cannot read PDF for directive suggestions: %s", value)
        return Suggestion()
    try:
        suggestions = [suggest_from_text(text) for text in value]
    except Exception:
        # A parsing bug must not break the upload form.
        logger.exception("Failed to parse the first page of a PDF")
        return Suggestion()
    return _merge(suggestions)


class _Unreadable(Exception):
    pass


class _LimitReached(Exception):
    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def _read_bytes(fileobj, max_bytes):
    """The file's content; _LimitReached("file-too-large") past max_bytes."""
    if isinstance(fileobj, bytes | bytearray | memoryview):
        data = bytes(fileobj)
    elif isinstance(fileobj, str | PathLike):
        with open(fileobj, "rb") as stream:
            data = stream.read(max_bytes + 1)
    else:
        try:
            position = fileobj.tell()
        except Exception:
            position = None
        try:
            fileobj.seek(0)
            data = fileobj.read(max_bytes + 1)
        finally:
            if position is not None:
                try:
                    fileobj.seek(position)
                except Exception:
                    pass
    if len(data) > max_bytes:
        raise _LimitReached("file-too-large")
    return data


def _extract_in_child(data, limits):
    """("texts", [layout, plain]) | ("limit", reason) | ("error", description).

    The child is a fresh interpreter (`python -m cms.directives.pdf_suggest`):
    forking the threaded web process is unsafe. subprocess.run kills it when
    `limits.timeout` passes; it also sets itself a CPU-time rlimit, so it dies
    even if this process does before it can kill it.
    """
    command = [sys.executable, "-m", __name__, json.dumps(asdict(limits))]
    try:
        completed = subprocess.run(
            command, input=data, capture_output=True, timeout=limits.timeout, cwd=_PROJECT_DIR, check=False
        )
    except subprocess.TimeoutExpired:
        return "limit", "timeout"
    except OSError:
        logger.exception("Cannot start the PDF text extraction process")
        return "limit", "failed"
    try:
        outcome, value = json.loads(completed.stdout)
    except ValueError:
        # Killed by its memory or CPU limit, or crashed.
        logger.warning("PDF text extraction process ended with %s: %s", completed.returncode, completed.stderr[-500:])
        return "limit", "failed"
    return outcome, value


_PROJECT_DIR = Path(__file__).resolve().parents[2]


def _child_main():
    """Entry point of the extraction process: PDF on stdin, JSON on stdout."""
    limits = Limits(**json.loads(sys.argv[1]))
    try:
        import resource

        cpu_seconds = math.ceil(limits.timeout) + 5
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
        resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY_BYTES, CHILD_MEMORY_BYTES))
    except (ImportError, ValueError, OSError):
        pass
    # pypdf's warnings about odd files must not reach the answer.
    logging.disable(logging.CRITICAL)
    try:
        result = ("texts", _texts_from_stream(BytesIO(sys.stdin.buffer.read()), limits))
    except _LimitReached as limit:
        result = ("limit", limit.reason)
    except Exception as error:
        result = ("error", f"{type(error).__name__}: {error}")
    sys.stdout.write(json.dumps(result))


def _content_size(page):
    """Decompressed bytes of the page's content and of its form XObjects."""
    size = 0
    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    streams = list(contents) if isinstance(contents, ArrayObject) else [contents] if contents is not None else []
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    if xobjects is not None:
        for xobject in xobjects.get_object().values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                streams.append(xobject)
    for stream in streams:
        stream = stream.get_object()
        if hasattr(stream, "get_data"):
            size += len(stream.get_data())
    return size


def _texts_from_stream(stream, limits=Limits()):
    """Page 1's text, in layout mode then plain mode (either may be missing)."""
    reader = PdfReader(stream)
    if reader.is_encrypted and not reader.decrypt(""):
        # Only documents with an owner password (print/copy restrictions) open.
        raise _Unreadable("encrypted with a user password")
    if len(reader.pages) == 0:
        raise _Unreadable("no pages")
    page = reader.pages[0]
    # pypdf's cost grows with the number of text operations; a page far
    # larger than any official document's is refused before parsing it.
    try:
        content_size = _content_size(page)
    except Exception as error:
        # Odd resources: extraction may still work, and the timeout still holds.
        logger.info("cannot measure page 1's content: %s", error)
        content_size = 0
    if content_size > limits.max_content_bytes:
        raise _LimitReached("page-too-complex")
    texts = []
    for mode in ("layout", "plain"):
        try:
            texts.append(page.extract_text(extraction_mode=mode)[: limits.max_chars])
        except Exception as error:
            logger.info("pypdf extraction (%s) failed: %s", mode, error)
    if not texts:
        raise _Unreadable("text extraction failed on page 1")
    return texts


def _merge(suggestions):
    merged = Suggestion(has_text=any(s.has_text for s in suggestions))
    for field in fields(Suggestion):
        if field.name in ("has_text", "limit"):
            continue
        for suggestion in suggestions:
            value = getattr(suggestion, field.name)
            if value:
                setattr(merged, field.name, value)
                break
    return merged


# ---------------------------------------------------------------- normalising text

_COMBINING_AFTER_SPACE = re.compile(r"[ \t]+(?=[\u0300-\u036f])")
_CHAR_FIXES = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u00ad": None,
        "\u200b": None,
        "\ufeff": None,
        # Some Vietnamese fonts map Đ/đ to the Icelandic eth.
        "\u00d0": "Đ",
        "\u00f0": "đ",
        "\r": "\n",
        "\f": "\n",
    }
)


def normalize_text(text):
    # Layout mode pads lines with spaces: trim them before capping the length.
    text = (text or "")[: MAX_TEXT_CHARS * 5].translate(_CHAR_FIXES)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    # Decomposed accents sometimes come out separated from their letter.
    text = _COMBINING_AFTER_SPACE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return text[:MAX_TEXT_CHARS]


def _collapse(text):
    return " ".join(text.split())


def _cells(line):
    """A line split into its columns (layout mode puts wide gaps between them)."""
    return [cell for cell in (part.strip() for part in re.split(r"\s{3,}", line)) if cell]


# ---------------------------------------------------------------- patterns

# 23-CT/TU, 05/KH-UBND, 12-QĐi/TU, 35/2023/NĐ-CP; a stray space around a
# separator is tolerated and removed.
_NUMBER = r"\d+[^\W\d_]*(?:[ ]?[-/.][ ]?[^\W_]+)+"
_NUMBER_AFTER_SO = re.compile(r"(?:(?<=\s)|^)(?:Số|SỐ)\s*[:.]?\s*(" + _NUMBER + ")")
_BARE_NUMBER = re.compile(r"(?<![\w/.-])(" + _NUMBER + ")")
_DATE = r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"
_DATE_RE = re.compile(_DATE, re.IGNORECASE)
_PLACE_WORD = r"[^\W\d_][^\W\d_]*\.?"
_PLACE_DATE_RE = re.compile(
    r"(?<![^\W\d_])(" + _PLACE_WORD + r"(?:\s+" + _PLACE_WORD + r"){0,7})\s*,\s*" + _DATE, re.IGNORECASE
)
_MOTTOS = [
    re.compile(r"ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM", re.IGNORECASE),
    re.compile(r"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM", re.IGNORECASE),
    re.compile(r"Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc", re.IGNORECASE),
]
_SEPARATOR = re.compile(r"[\s\-–—_=*.·~•]*(?:o0o|\*)?[\s\-–—_=*.·~•]*")
_BODY_START = re.compile(
    r"(Căn\s+cứ|Kính\s+gửi|Điều\s+\d|Phần\s+(?:thứ|[IVX]+\b)|Chương\s+[IVX]+\b|(?-i:[IVX]+)\s*[.:-]\s|\d+\s*[.)]\s|[a-zđ]\)\s)",
    re.IGNORECASE,
)
_ABOUT = re.compile(r"(?:^|\s)(về|Về|VỀ)\s")
_V_V = re.compile(r"^V/v\b[.:]?\s*", re.IGNORECASE)

# Compact upper-case heading -> kind value; other kinds' headings still mark
# where the summary starts.
_HEADINGS = {label.upper().replace(" ", ""): value for value, (label, _codes) in KINDS.items()}
for _other in ("BÁO CÁO", "TỜ TRÌNH", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "PHƯƠNG ÁN", "QUY CHẾ", "NGHỊ ĐỊNH", "THÔNG TƯ"):
    _HEADINGS.setdefault(_other.replace(" ", ""), None)


def _kind_by_code():
    kinds = {}
    for value, (_label, codes) in KINDS.items():
        for code in codes:
            kinds.setdefault(code.casefold(), set()).add(value)
    # A code shared by two kinds (QĐ) says nothing.
    return {code: next(iter(values)) for code, values in kinds.items() if len(values) == 1}


_KIND_BY_CODE = _kind_by_code()


def kind_from_number(number):
    """The kind a number's code names, or None (unknown or ambiguous code)."""
    parts = [part for part in re.split(r"[-/.\s]+", number or "") if part]
    # The code is the first part that is not digits: 23-CT/TU, 05/KH-UBND, 35/2023/NĐ-CP.
    code = next((part for part in parts[1:] if not part.isdigit()), None)
    return _KIND_BY_CODE.get(code.casefold()) if code else None


# ---------------------------------------------------------------- parsing


def suggest_from_text(text) -> Suggestion:
    """Suggest metadata from the text of a document's first page."""
    text = normalize_text(text)
    lines = [line.rstrip() for line in text.split("\n")]
    suggestion = Suggestion(has_text=any(ch.isalnum() for ch in text))
    if not suggestion.has_text:
        return suggestion

    heading_index, heading_kind = _find_heading(lines)
    vv_index = _find_vv(lines) if heading_index is None else None
    if heading_index is not None:
        header = lines[:heading_index]
    elif vv_index is not None:
        header = lines[:vv_index]
    else:
        header = lines[:FALLBACK_HEADER_LINES]

    suggestion.number = _find_number(lines, header, heading_index is not None or vv_index is not None)
    suggestion.place, suggestion.issued_on = _find_place_date(lines, header)
    suggestion.issuer_name = _find_issuer(header)
    if heading_index is not None:
        suggestion.summary = _summary_after_heading(lines, heading_index)
    elif vv_index is not None:
        suggestion.summary = _summary_vv(lines, vv_index)
    suggestion.kind = heading_kind or kind_from_number(suggestion.number)
    if not suggestion.kind and heading_index is None and vv_index is not None:
        # "V/v …" under the number is how a công văn gives its summary.
        suggestion.kind = "cong-van" if "cong-van" in KINDS else None
    return suggestion


def _find_heading(lines):
    for index, line in enumerate(lines):
        compact = "".join(line.split())
        if compact and compact in _HEADINGS:
            return index, _HEADINGS[compact]
    return None, None


def _find_vv(lines):
    for index, line in enumerate(lines[: FALLBACK_HEADER_LINES * 2]):
        if any(_V_V.match(cell) for cell in _cells(line)):
            return index
    return None


def _clean_number(raw):
    return re.sub(r"\s+", "", raw)


def _find_number(lines, header, header_is_bounded):
    # The document's own number follows "Số"; numbers cited later follow a
    # lower-case "số" ("Chỉ thị số 23-CT/TU") and are not taken.
    for region in (header, lines):
        for line in region:
            for cell in _cells(line):
                match = _NUMBER_AFTER_SO.search(cell)
                if match and re.search(r"[^\W\d_]", match.group(1)):
                    return _clean_number(match.group(1))
    if header_is_bounded:
        # "Số" lost (odd font encoding): a number with a known kind code in the header.
        for line in header:
            for match in _BARE_NUMBER.finditer(line):
                number = _clean_number(match.group(1))
                if re.search(r"[^\W\d_]", number):
                    return number
    return None


def _date_or_none(match, first_group):
    day, month, year = (int(match.group(first_group + i)) for i in range(3))
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _split_place(raw):
    """Leading upper-case words (another column merged in) and the place."""
    words = raw.split()
    start = 0
    # Keep an all-capitals place ("HÀ NỘI") whole; drop capitals before a mixed-case one.
    while start < len(words) - 1 and words[start].isupper() and not words[start].endswith("."):
        if not any(not word.isupper() for word in words[start + 1 :]):
            break
        start += 1
    return " ".join(words[:start]), " ".join(words[start:])


def _find_place_date(lines, header):
    for line in lines:
        for cell in _cells(line):
            match = _PLACE_DATE_RE.search(cell)
            if match:
                _prefix, place = _split_place(match.group(1))
                place = place.strip(" .,:;-") or None
                if place and len(place) > 60:
                    place = None
                return place, _date_or_none(match, 2)
    # No "<place>, ngày …": only a date in the header, not one cited in the text.
    for line in header:
        match = _DATE_RE.search(line)
        if match:
            return None, _date_or_none(match, 1)
    return None, None


def _strip_header_noise(cell):
    for motto in _MOTTOS:
        cell = motto.sub(" ", cell)
    match = _PLACE_DATE_RE.search(cell)
    if match:
        prefix, _place = _split_place(match.group(1))
        cell = cell[: match.start()] + " " + prefix + " " + cell[match.end() :]
    cell = _NUMBER_AFTER_SO.sub(" ", cell)
    return _collapse(cell).strip(" *-–—_=.·~•")


def _find_issuer(header):
    parts = []
    for line in header:
        for cell in _cells(line):
            cell = _strip_header_noise(cell)
            letters = [ch for ch in cell if ch.isalpha()]
            if len(letters) >= 2 and cell.isupper():
                parts.append(cell)
    if not parts:
        return None
    # "ĐẢNG BỘ THÀNH PHỐ CẦN THƠ / THÀNH ỦY": the first line names the
    # superior Party organisation, the issuing body is below it.
    if len(parts) > 1 and parts[0].startswith("ĐẢNG BỘ"):
        parts = parts[1:]
    return " ".join(parts)[:255]


def _is_separator(line):
    return bool(line) and _SEPARATOR.fullmatch(line) is not None


def _is_upper_line(line):
    return sum(ch.isalpha() for ch in line) >= 2 and line.isupper()


def _summary_after_heading(lines, heading_index):
    index = heading_index + 1
    skipped = 0
    while index < len(lines) and not lines[index].strip() and skipped < 2:
        index, skipped = index + 1, skipped + 1
    block = []
    while index < len(lines) and len(block) < MAX_SUMMARY_LINES:
        line = _collapse(lines[index])
        if not line or _is_separator(line) or _BODY_START.match(line):
            break
        # A summary is in sentence case; capitals after it start the body
        # ("CHỦ TỊCH ỦY BAN NHÂN DÂN …").
        if block and _is_upper_line(line):
            break
        block.append(line)
        index += 1
    return _finish_summary(block)


def _summary_vv(lines, vv_index):
    cells = _cells(lines[vv_index])
    first = next(cell for cell in cells if _V_V.match(cell))
    block = [first]
    for line in lines[vv_index + 1 : vv_index + 5]:
        cells = _cells(line)
        if not cells:
            break
        cell = cells[0]
        if _is_separator(cell) or _is_upper_line(cell) or _BODY_START.match(cell) or _DATE_RE.search(cell):
            break
        block.append(cell)
    return _finish_summary(block)


def _finish_summary(block):
    if not block:
        return None
    # "của Ban Thường vụ Thành ủy / về tăng cường …": the summary is the "về …" part.
    for position, line in enumerate(block):
        if _ABOUT.match(line):
            if position and all(_is_upper_line(prev) or prev.lower().startswith("của ") for prev in block[:position]):
                block = block[position:]
            break
    summary = _collapse(" ".join(block))
    if summary.lower().startswith("của "):
        match = _ABOUT.search(summary)
        if match:
            summary = summary[match.start(1) :]
    if len(summary) > MAX_SUMMARY_CHARS:
        cut = summary.rfind(" ", 0, MAX_SUMMARY_CHARS)
        summary = summary[: cut if cut > 0 else MAX_SUMMARY_CHARS - 1].rstrip(" ,;:") + "…"
    return summary or None


if __name__ == "__main__":
    _child_main()
