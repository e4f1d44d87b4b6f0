"""Synthesis of a forum's opinions (tổng hợp ý kiến) as XLSX and CSV.

Only the fields the synthesis needs leave the site: no email, phone or IP.
Pending opinions are in neither file.

Text typed by readers is never evaluated by the spreadsheet: in XLSX every text
cell is written as a string cell (openpyxl would otherwise store a value
starting with "=" as a formula); in CSV, where the type is lost, a value
starting with = + - @ (or a tab / carriage return) gets a leading apostrophe.
"""

import csv
import io
from collections import Counter

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from cms.comments.models import (
    APPROVED,
    OFFLINE_SOURCES,
    REJECTED,
    SPAM,
    STANCE_CHOICES,
    STATUS_CHOICES,
    WITHDRAWN,
    Comment,
)

NOT_PUBLISHED = (REJECTED, SPAM, WITHDRAWN)

ONLINE = "Trực tuyến"
NO_SECTION = "—"
NO_SECTION_ROW = "Không theo mục"
NO_STANCE = "Không nêu"
NO_LOCALITY = "Không nêu"
TOTAL = "Tổng"

SHEET_APPROVED = "Ý kiến đã duyệt"
SHEET_NOT_PUBLISHED = "Ý kiến không được đăng"
SHEET_SUMMARY = "Tổng hợp"

COLUMNS = [
    "STT",
    "Họ tên",
    "Cơ quan/tổ chức",
    "Phường/xã",
    "Mục góp ý",
    "Quan điểm",
    "Nội dung",
    "Ngày gửi",
    "Nguồn",
]
STATUS_COLUMNS = ["Tình trạng", "Lý do"]
WIDTHS = {
    "STT": 6,
    "Họ tên": 24,
    "Cơ quan/tổ chức": 28,
    "Phường/xã": 20,
    "Mục góp ý": 30,
    "Quan điểm": 14,
    "Nội dung": 80,
    "Ngày gửi": 17,
    "Nguồn": 22,
    "Tình trạng": 12,
    "Lý do": 40,
}
DATE_FORMAT = "%d/%m/%Y %H:%M"
EXCEL_DATE_FORMAT = "dd/mm/yyyy hh:mm"

STANCE_LABELS = dict(STANCE_CHOICES)
STANCE_COLUMNS = [label for _, label in STANCE_CHOICES] + [NO_STANCE]
STATUS_LABELS = dict(STATUS_CHOICES)
SOURCE_LABELS = dict(OFFLINE_SOURCES)

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def columns_for(statuses):
    """Rows of non-approved opinions also say what happened to them and why."""
    if any(status != APPROVED for status in statuses):
        return COLUMNS + STATUS_COLUMNS
    return list(COLUMNS)


def _local(value):
    """Aware datetime -> naive Asia/Ho_Chi_Minh wall time (Excel has no time zones)."""
    return timezone.localtime(value).replace(tzinfo=None)


def _opinions(forum, statuses):
    return (
        Comment.objects.filter(page=forum, status__in=list(statuses))
        .select_related("section")
        .order_by("created_at", "pk")
    )


def opinion_rows(forum, statuses=(APPROVED,), dates_as_datetime=False):
    """One dict per opinion, oldest first, keyed by the Vietnamese column titles.

    "Ngày gửi" is `dd/mm/yyyy HH:MM` local time, or with `dates_as_datetime` a
    naive local datetime (for a real date cell)."""
    with_status = len(columns_for(statuses)) > len(COLUMNS)
    for number, comment in enumerate(_opinions(forum, statuses).iterator(chunk_size=2000), start=1):
        sent = _local(comment.created_at)
        row = {
            "STT": number,
            "Họ tên": comment.author_name,
            "Cơ quan/tổ chức": comment.organisation,
            "Phường/xã": comment.locality,
            "Mục góp ý": comment.section.title if comment.section_id else NO_SECTION,
            "Quan điểm": STANCE_LABELS.get(comment.stance, NO_STANCE),
            "Nội dung": comment.body,
            "Ngày gửi": sent if dates_as_datetime else sent.strftime(DATE_FORMAT),
            "Nguồn": SOURCE_LABELS.get(comment.source, comment.source) if comment.source else ONLINE,
        }
        if with_status:
            row["Tình trạng"] = STATUS_LABELS.get(comment.status, comment.status)
            row["Lý do"] = comment.status_reason
        yield row


# ---------------------------------------------------------------- summary


def _locality_key(locality):
    return " ".join(locality.split()).casefold()


def summary_tables(forum):
    """Approved opinions counted by section × stance and by locality.

    Returns (section_rows, locality_rows): lists of (label, counts...) tuples,
    each ending with a "Tổng" row. Every section of the forum has a row (zeros
    included), then "Không theo mục"."""
    approved = Comment.objects.filter(page=forum, status=APPROVED)

    sections = [(section.pk, section.title) for section in forum.sections.all()]
    by_section = Counter()
    section_titles = {}
    for section_id, section_title, stance in approved.values_list("section_id", "section__title", "stance"):
        by_section[(section_id, STANCE_LABELS.get(stance, NO_STANCE))] += 1
        section_titles.setdefault(section_id, section_title)
    known = {pk for pk, _ in sections}
    # A section no longer listed on the forum keeps its own row.
    sections += [(pk, title) for pk, title in section_titles.items() if pk is not None and pk not in known]
    sections.append((None, NO_SECTION_ROW))

    section_rows = []
    for pk, title in sections:
        counts = [by_section[(pk, stance)] for stance in STANCE_COLUMNS]
        section_rows.append((title, *counts, sum(counts)))
    totals = [sum(row[i] for row in section_rows) for i in range(1, len(STANCE_COLUMNS) + 2)]
    section_rows.append((TOTAL, *totals))

    by_locality, labels = Counter(), {}
    for locality in approved.values_list("locality", flat=True):
        key = _locality_key(locality)
        by_locality[key] += 1
        labels.setdefault(key, " ".join(locality.split()) or NO_LOCALITY)
    # Most opinions first; "Không nêu" (no locality) last.
    locality_rows = [
        (labels[key], count) for key, count in sorted(by_locality.items(), key=lambda kv: (kv[0] == "", -kv[1], kv[0]))
    ]
    locality_rows.append((TOTAL, sum(by_locality.values())))
    return section_rows, locality_rows


# ---------------------------------------------------------------- XLSX


def _text_cell(sheet, row, column, value):
    """A string cell whatever the text looks like (never a formula)."""
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell = sheet.cell(row=row, column=column, value=value)
    cell.data_type = "s"
    return cell


def _write_cell(sheet, row, column, value):
    if isinstance(value, str):
        return _text_cell(sheet, row, column, value)
    cell = sheet.cell(row=row, column=column, value=value)
    if hasattr(value, "hour"):
        cell.number_format = EXCEL_DATE_FORMAT
    return cell


def _header(sheet, row, titles):
    for column, title in enumerate(titles, start=1):
        _text_cell(sheet, row, column, title).font = BOLD


def _opinion_sheet(sheet, forum, statuses):
    columns = columns_for(statuses)
    _header(sheet, 1, columns)
    for row_number, row in enumerate(opinion_rows(forum, statuses, dates_as_datetime=True), start=2):
        for column, title in enumerate(columns, start=1):
            cell = _write_cell(sheet, row_number, column, row[title])
            cell.alignment = WRAP
    for column, title in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = WIDTHS[title]
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(sheet.max_row, 1)}"


def _summary_sheet(sheet, forum):
    section_rows, locality_rows = summary_tables(forum)
    _text_cell(sheet, 1, 1, f"Tổng hợp ý kiến: {forum.title}").font = Font(bold=True, size=14)
    _text_cell(
        sheet,
        2,
        1,
        f"Thời gian lấy ý kiến: {_local(forum.opens_at):{DATE_FORMAT}} – {_local(forum.closes_at):{DATE_FORMAT}}",
    )
    _text_cell(sheet, 3, 1, f"Số liệu tính trên ý kiến đã duyệt; xuất lúc {_local(timezone.now()):{DATE_FORMAT}}.")

    row = 5
    _text_cell(sheet, row, 1, "Ý kiến đã duyệt theo mục góp ý và quan điểm").font = BOLD
    row += 1
    _header(sheet, row, ["Mục góp ý", *STANCE_COLUMNS, TOTAL])
    for values in section_rows:
        row += 1
        for column, value in enumerate(values, start=1):
            cell = _write_cell(sheet, row, column, value)
            cell.alignment = WRAP
            if values[0] == TOTAL or column == len(values):
                cell.font = BOLD

    row += 2
    _text_cell(sheet, row, 1, "Ý kiến đã duyệt theo phường, xã").font = BOLD
    row += 1
    _header(sheet, row, ["Phường/xã", "Số ý kiến"])
    for values in locality_rows:
        row += 1
        for column, value in enumerate(values, start=1):
            cell = _write_cell(sheet, row, column, value)
            cell.alignment = WRAP
            if values[0] == TOTAL:
                cell.font = BOLD

    sheet.column_dimensions["A"].width = 45
    for column in range(2, len(STANCE_COLUMNS) + 3):
        sheet.column_dimensions[get_column_letter(column)].width = 14


def build_xlsx(forum):
    """The workbook: approved opinions (offline ones included), opinions not
    published with their reasons, and the summary tables."""
    workbook = Workbook()
    _opinion_sheet(workbook.active, forum, (APPROVED,))
    workbook.active.title = SHEET_APPROVED
    _opinion_sheet(workbook.create_sheet(SHEET_NOT_PUBLISHED), forum, NOT_PUBLISHED)
    _summary_sheet(workbook.create_sheet(SHEET_SUMMARY), forum)
    workbook.properties.title = f"Tổng hợp ý kiến: {forum.title}"[:255]
    workbook.properties.creator = "Tòa Soạn"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------- CSV


def neutralise(value):
    """Spreadsheet programs evaluate CSV fields starting with = + - @ as formulas."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def build_csv(forum, statuses=(APPROVED,)):
    """UTF-8 with a BOM (so Excel reads Vietnamese correctly), comma-separated,
    CRLF line endings."""
    columns = columns_for(statuses)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in opinion_rows(forum, statuses):
        writer.writerow([neutralise(row[title]) for title in columns])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
