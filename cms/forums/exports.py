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
from collections import Counter, defaultdict

from django.db.models import Count
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
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
    OpinionGroup,
)

NOT_PUBLISHED = (REJECTED, SPAM, WITHDRAWN)

ONLINE = "Trực tuyến"
NO_SECTION = "—"
NO_SECTION_ROW = "Không theo mục"
WHOLE_DRAFT_ROW = "Về toàn bộ dự thảo"
NO_STANCE = "Không nêu"
NO_LOCALITY = "Không nêu"
TOTAL = "Tổng"

SHEET_APPROVED = "Ý kiến đã duyệt"
SHEET_NOT_PUBLISHED = "Ý kiến không được đăng"
SHEET_SUMMARY = "Tổng hợp"
SHEET_GROUPS = "Nhóm ý kiến"

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
# Issue 15: a forum with a draft says which part each opinion is on and what wording it
# proposes; a forum with opinions from meetings says which meeting and for how many.
PART_COLUMN = "Phần dự thảo"
WORDING_COLUMN = "Đề xuất sửa thành"
MEETING_COLUMNS = ["Hội nghị, buổi làm việc", "Số người đại diện"]
WIDTHS = {
    PART_COLUMN: 22,
    WORDING_COLUMN: 60,
    "Hội nghị, buổi làm việc": 36,
    "Số người đại diện": 12,
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


def has_meetings(forum):
    return Comment.objects.filter(page=forum).exclude(meeting="").exists()


def columns_for(statuses, *, parts=False, meetings=False):
    """The columns of an opinion sheet. Rows of non-approved opinions also say what
    happened to them and why; a forum with a draft gets its part and proposed-wording
    columns, one with meetings their name and head count."""
    columns = list(COLUMNS)
    if parts:
        columns.insert(columns.index("Mục góp ý") + 1, PART_COLUMN)
        columns.insert(columns.index("Nội dung") + 1, WORDING_COLUMN)
    if meetings:
        columns += MEETING_COLUMNS
    if any(status != APPROVED for status in statuses):
        columns += STATUS_COLUMNS
    return columns


def forum_columns(forum, statuses):
    return columns_for(statuses, parts=bool(forum.parts()), meetings=has_meetings(forum))


def _local(value):
    """Aware datetime -> naive Asia/Ho_Chi_Minh wall time (Excel has no time zones)."""
    return timezone.localtime(value).replace(tzinfo=None)


OPINION_FIELDS = (
    "author_name",
    "organisation",
    "locality",
    "section__title",
    "stance",
    "body",
    "created_at",
    "source",
    "status",
    "status_reason",
    "part_id",
    "proposed_wording",
    "meeting",
    "people_count",
)


def _opinions(forum, statuses):
    # Tuples of the columns the synthesis shows, not model instances: a million rows
    # spent most of their time building Comment objects (issue 15).
    return (
        Comment.objects.filter(page=forum, status__in=list(statuses))
        .order_by("created_at", "pk")
        .values_list(*OPINION_FIELDS)
    )


def opinion_rows(forum, statuses=(APPROVED,), dates_as_datetime=False):
    """One dict per opinion, oldest first, keyed by the Vietnamese column titles.

    "Ngày gửi" is `dd/mm/yyyy HH:MM` local time, or with `dates_as_datetime` a
    naive local datetime (for a real date cell)."""
    with_status = any(status != APPROVED for status in statuses)
    part_labels = {part.pk: part.label for part in forum.parts()}
    rows = _opinions(forum, statuses).iterator(chunk_size=2000)
    for number, values in enumerate(rows, start=1):
        name, organisation, locality, section, stance, body, created_at, source, status, reason = values[:10]
        part_id, wording, meeting, people = values[10:]
        sent = _local(created_at)
        row = {
            "STT": number,
            "Họ tên": name,
            "Cơ quan/tổ chức": organisation,
            "Phường/xã": locality,
            "Mục góp ý": section if section is not None else NO_SECTION,
            "Quan điểm": STANCE_LABELS.get(stance, NO_STANCE),
            "Nội dung": body,
            "Ngày gửi": sent if dates_as_datetime else sent.strftime(DATE_FORMAT),
            "Nguồn": SOURCE_LABELS.get(source, source) if source else ONLINE,
            PART_COLUMN: part_labels.get(part_id, NO_SECTION),
            WORDING_COLUMN: wording,
            "Hội nghị, buổi làm việc": meeting,
            "Số người đại diện": people,
        }
        if with_status:
            row["Tình trạng"] = STATUS_LABELS.get(status, status)
            row["Lý do"] = reason
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
    # Counted by the database (GROUP BY), not row by row: a million opinions stay cheap.
    counted = approved.order_by().values("section_id", "section__title", "stance").annotate(n=Count("pk"))
    for row in counted:
        by_section[(row["section_id"], STANCE_LABELS.get(row["stance"], NO_STANCE))] += row["n"]
        section_titles.setdefault(row["section_id"], row["section__title"])
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
    for row in approved.order_by("locality").values("locality").annotate(n=Count("pk")):
        key = _locality_key(row["locality"])
        by_locality[key] += row["n"]
        labels.setdefault(key, " ".join(row["locality"].split()) or NO_LOCALITY)
    # Most opinions first; "Không nêu" (no locality) last.
    locality_rows = [
        (labels[key], count) for key, count in sorted(by_locality.items(), key=lambda kv: (kv[0] == "", -kv[1], kv[0]))
    ]
    locality_rows.append((TOTAL, sum(by_locality.values())))
    return section_rows, locality_rows


def part_rows(forum):
    """Approved opinions counted by draft part × stance, in the draft's order, every part
    with a row (zeros included), then "Về toàn bộ dự thảo" and "Tổng"; empty when the
    forum has no draft."""
    parts = forum.parts()
    if not parts:
        return []
    counts = Counter()
    approved = Comment.objects.filter(page=forum, status=APPROVED).order_by()
    for row in approved.values("part_id", "stance").annotate(n=Count("pk")):
        counts[(row["part_id"], STANCE_LABELS.get(row["stance"], NO_STANCE))] += row["n"]
    rows = []
    for pk, label in [(part.pk, f"{part.label}. {part.heading}" if part.heading else part.label) for part in parts] + [
        (None, WHOLE_DRAFT_ROW)
    ]:
        values = [counts[(pk, stance)] for stance in STANCE_COLUMNS]
        rows.append((label, *values, sum(values)))
    totals = [sum(row[i] for row in rows) for i in range(1, len(STANCE_COLUMNS) + 2)]
    rows.append((TOTAL, *totals))
    return rows


# ---------------------------------------------------------------- XLSX
#
# Written with openpyxl's write-only mode (issue 15: a million opinions): each row
# goes to a temporary XML file as it is read from the database, so memory stays flat
# whatever the forum's size; the view then streams the finished file from disk.
# Styled cells (WriteOnlyCell) only where a style is needed, plain values elsewhere:
# a styled cell costs about three plain ones.

# Excel's limit is 1,048,576 rows a sheet: a longer list goes on in "… (2)".
MAX_SHEET_ROWS = 1_048_575


def _clean_text(value):
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def _text_cell(sheet, value, font=None, alignment=None):
    """A string cell whatever the text looks like (never a formula)."""
    cell = WriteOnlyCell(sheet, value=_clean_text(value))
    cell.data_type = "s"
    if font is not None:
        cell.font = font
    if alignment is not None:
        cell.alignment = alignment
    return cell


def _value(sheet, value, font=None, alignment=None):
    """What to append for one value: a plain value when no style is needed."""
    if isinstance(value, str):
        if font is None and alignment is None and not value.startswith("="):
            return _clean_text(value)  # openpyxl stores only "=..." as a formula
        return _text_cell(sheet, value, font, alignment)
    if hasattr(value, "hour") or font is not None or alignment is not None:
        cell = WriteOnlyCell(sheet, value=value)
        if hasattr(value, "hour"):
            cell.number_format = EXCEL_DATE_FORMAT
        if font is not None:
            cell.font = font
        if alignment is not None:
            cell.alignment = alignment
        return cell
    return value


def _header_row(sheet, titles):
    return [_text_cell(sheet, title, font=BOLD) for title in titles]


def _new_opinion_sheet(workbook, title, columns):
    sheet = workbook.create_sheet(title)
    for column, name in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = WIDTHS[name]
    sheet.freeze_panes = "A2"
    sheet.append(_header_row(sheet, columns))
    return sheet


def _close_opinion_sheet(sheet, columns, rows):
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{rows + 1}"


def _opinion_sheets(workbook, title, forum, statuses):
    columns = forum_columns(forum, statuses)
    body = columns.index("Nội dung")
    wording = columns.index(WORDING_COLUMN) if WORDING_COLUMN in columns else None
    sheet, part, rows = _new_opinion_sheet(workbook, title, columns), 1, 0
    for row in opinion_rows(forum, statuses, dates_as_datetime=True):
        if rows == MAX_SHEET_ROWS:
            _close_opinion_sheet(sheet, columns, rows)
            part += 1
            sheet, rows = _new_opinion_sheet(workbook, f"{title} ({part})", columns), 0
        values = [_value(sheet, row[name]) for name in columns]
        values[body] = _text_cell(sheet, row["Nội dung"], alignment=WRAP)
        if wording is not None and row[WORDING_COLUMN]:
            values[wording] = _text_cell(sheet, row[WORDING_COLUMN], alignment=WRAP)
        sheet.append(values)
        rows += 1
    _close_opinion_sheet(sheet, columns, rows)


def _summary_sheet(workbook, forum):
    sheet = workbook.create_sheet(SHEET_SUMMARY)
    sheet.column_dimensions["A"].width = 45
    for column in range(2, len(STANCE_COLUMNS) + 3):
        sheet.column_dimensions[get_column_letter(column)].width = 14
    section_rows, locality_rows = summary_tables(forum)
    sheet.append([_text_cell(sheet, f"Tổng hợp ý kiến: {forum.title}", font=Font(bold=True, size=14))])
    sheet.append(
        [
            _text_cell(
                sheet,
                f"Thời gian lấy ý kiến: {_local(forum.opens_at):{DATE_FORMAT}} – "
                f"{_local(forum.closes_at):{DATE_FORMAT}}",
            )
        ]
    )
    sheet.append(
        [_text_cell(sheet, f"Số liệu tính trên ý kiến đã duyệt; xuất lúc {_local(timezone.now()):{DATE_FORMAT}}.")]
    )
    sheet.append([])
    sheet.append([_text_cell(sheet, "Ý kiến đã duyệt theo mục góp ý và quan điểm", font=BOLD)])
    sheet.append(_header_row(sheet, ["Mục góp ý", *STANCE_COLUMNS, TOTAL]))
    for values in section_rows:
        sheet.append(
            [
                _value(sheet, value, font=BOLD if values[0] == TOTAL or column == len(values) else None, alignment=WRAP)
                for column, value in enumerate(values, start=1)
            ]
        )
    drafted = part_rows(forum)
    if drafted:
        sheet.append([])
        sheet.append([_text_cell(sheet, "Ý kiến đã duyệt theo phần dự thảo và quan điểm", font=BOLD)])
        sheet.append(_header_row(sheet, [PART_COLUMN, *STANCE_COLUMNS, TOTAL]))
        for values in drafted:
            sheet.append(
                [
                    _value(
                        sheet, value, font=BOLD if values[0] == TOTAL or column == len(values) else None, alignment=WRAP
                    )
                    for column, value in enumerate(values, start=1)
                ]
            )
    sheet.append([])
    sheet.append([_text_cell(sheet, "Ý kiến đã duyệt theo phường, xã", font=BOLD)])
    sheet.append(_header_row(sheet, ["Phường/xã", "Số ý kiến"]))
    for values in locality_rows:
        sheet.append(
            [_value(sheet, value, font=BOLD if values[0] == TOTAL else None, alignment=WRAP) for value in values]
        )


GROUP_COLUMNS = ["Mã nhóm", "Số ý kiến", "Đã duyệt", "Ý kiến tiêu biểu", "Từ thường gặp", *STANCE_COLUMNS]
GROUP_WIDTHS = [10, 11, 11, 80, 40] + [14] * len(STANCE_COLUMNS)


def group_rows(forum):
    """One tuple per group of near-identical opinions (cms.comments.grouping), largest
    first: id, size, approved members, representative text, frequent words, then the
    approved members by stance (as the summary counts approved opinions)."""
    stances = defaultdict(Counter)
    approved = Counter()
    counts = (
        Comment.objects.filter(page=forum, group__isnull=False, status=APPROVED)
        .order_by()
        .values("group_id", "stance")
        .annotate(n=Count("pk"))
    )
    for row in counts:
        stances[row["group_id"]][STANCE_LABELS.get(row["stance"], NO_STANCE)] += row["n"]
        approved[row["group_id"]] += row["n"]
    groups = (
        OpinionGroup.objects.filter(page=forum)
        .select_related("representative")
        .order_by("-size", "pk")
        .iterator(chunk_size=2000)
    )
    for group in groups:
        text = group.representative.body if group.representative_id else ""
        yield (
            group.pk,
            group.size,
            approved[group.pk],
            text,
            group.frequent_words,
            *(stances[group.pk][label] for label in STANCE_COLUMNS),
        )


def _group_sheet(workbook, forum):
    sheet = workbook.create_sheet(SHEET_GROUPS)
    for column, width in enumerate(GROUP_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    sheet.append(_header_row(sheet, GROUP_COLUMNS))
    rows = 0
    for values in group_rows(forum):
        if rows == MAX_SHEET_ROWS:
            break  # a million groups of two or more: the first ones (largest) are what matters
        row = [_value(sheet, value) for value in values]
        row[3] = _text_cell(sheet, values[3], alignment=WRAP)
        sheet.append(row)
        rows += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(GROUP_COLUMNS))}{rows + 1}"


def write_xlsx(forum, output):
    """Write the workbook to `output` (a path or a binary file opened for writing):
    approved opinions (offline ones included), opinions not published with their
    reasons, the summary tables and the groups of near-identical opinions."""
    workbook = Workbook(write_only=True)
    workbook.properties.title = f"Tổng hợp ý kiến: {forum.title}"[:255]
    workbook.properties.creator = "Tòa Soạn"
    _opinion_sheets(workbook, SHEET_APPROVED, forum, (APPROVED,))
    _opinion_sheets(workbook, SHEET_NOT_PUBLISHED, forum, NOT_PUBLISHED)
    _summary_sheet(workbook, forum)
    _group_sheet(workbook, forum)
    workbook.save(output)


def build_xlsx(forum):
    """The workbook as bytes (small forums, tests); the download streams write_xlsx's file."""
    buffer = io.BytesIO()
    write_xlsx(forum, buffer)
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
    columns = forum_columns(forum, statuses)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in opinion_rows(forum, statuses):
        writer.writerow([neutralise(row[title]) for title in columns])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
