"""Recognising the parts of a draft document (dự thảo) pasted as plain text.

Vietnamese legal and Party documents are laid out the same way (Nghị định 30/2020,
Quy định 66-QĐ/TW): "Chương I" (often with its heading on the next line, in
capitals), "Điều 1. Tên điều", then the clauses (khoản) "1. …", and inside a clause
its points (điểm) "a) …". The parser turns such text into chapters, articles and
clauses (the levels readers give opinions on); points stay in their clause's text.
Editors then correct the result by hand in the page editor, so the rules are kept
simple and predictable rather than clever. Written here because no maintained
package parses Vietnamese document structure."""

import re
from dataclasses import dataclass, field

CHAPTER, ARTICLE, CLAUSE = "chuong", "dieu", "khoan"
KIND_CHOICES = [(CHAPTER, "Chương"), (ARTICLE, "Điều"), (CLAUSE, "Khoản")]
MAX_PARTS = 1000
MAX_TEXT = 200_000

_CHAPTER = re.compile(r"^(?:CHƯƠNG|Chương)\s+([IVXLCDM]+|\d+)\b\s*[.:\-–]?\s*(.*)$")
_ARTICLE = re.compile(r"^(?:ĐIỀU|Điều)\s+(\d+[a-zđ]?)\s*[.:\-–]\s*(.*)$|^(?:ĐIỀU|Điều)\s+(\d+[a-zđ]?)\s*$")
_CLAUSE = re.compile(r"^(\d{1,3})\.\s+(\S.*)$")


@dataclass
class ParsedPart:
    kind: str
    number: str  # "Chương I", "Điều 9", "Khoản 2"
    heading: str = ""
    lines: list = field(default_factory=list)
    parent: int | None = None  # index of the parent in the returned list

    @property
    def text(self):
        return "\n".join(self.lines).strip()


class DraftTooLong(ValueError):
    pass


def _clean(line):
    return " ".join(line.replace("\u00a0", " ").split())


def parse_draft(text):
    """The parts of `text`, in order; lines before the first chapter or article (the
    document's title, preamble) are not a part. Raises DraftTooLong past MAX_TEXT
    characters or MAX_PARTS parts."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_TEXT:
        raise DraftTooLong(f"Văn bản quá dài: tối đa {MAX_TEXT:,} ký tự.".replace(",", "."))
    parts = []
    chapter = article = current = None
    awaiting_heading = False  # a chapter whose heading is on the next line
    for raw in text.split("\n"):
        line = _clean(raw)
        if not line:
            continue
        match = _CHAPTER.match(line)
        if match:
            parts.append(ParsedPart(CHAPTER, f"Chương {match.group(1)}", match.group(2).strip()))
            chapter, article = len(parts) - 1, None
            current = chapter
            awaiting_heading = not match.group(2).strip()
            continue
        if awaiting_heading and current == chapter:
            awaiting_heading = False
            # The next line in capitals is the chapter's title ("QUY ĐỊNH CHUNG").
            if line.upper() == line and not _ARTICLE.match(line):
                parts[chapter].heading = line
                continue
        match = _ARTICLE.match(line)
        if match:
            number = match.group(1) or match.group(3)
            heading = (match.group(2) or "").strip()
            parts.append(ParsedPart(ARTICLE, f"Điều {number}", heading, parent=chapter))
            article = current = len(parts) - 1
            continue
        match = _CLAUSE.match(line)
        if match and article is not None:
            parts.append(ParsedPart(CLAUSE, f"Khoản {match.group(1)}", "", [match.group(2)], parent=article))
            current = len(parts) - 1
            continue
        if current is not None:
            parts[current].lines.append(line)  # points a), b) stay in their clause
        if len(parts) > MAX_PARTS:
            break
    if len(parts) > MAX_PARTS:
        raise DraftTooLong(f"Dự thảo có quá nhiều phần: tối đa {MAX_PARTS}.")
    return parts


def full_label(kind, number, parent_number=""):
    """ "Khoản 2 Điều 9" for a clause, the number alone otherwise."""
    if kind == CLAUSE and parent_number:
        return f"{number} {parent_number}"
    return number
