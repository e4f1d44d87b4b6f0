"""Synthesis of a forum's opinions (tổng hợp ý kiến): XLSX and CSV downloads.

The views are called with RequestFactory (the admin URLs are wired by
wagtail_hooks); Django's exception handling is applied as it would be in a
request, so a 404 is a response here too."""

import csv
import io
import zipfile
from datetime import UTC, datetime, timedelta
from functools import partial

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.handlers.exception import convert_exception_to_response
from django.test import RequestFactory
from django.utils import timezone
from openpyxl import load_workbook

from cms.comments.models import Comment
from cms.core.newsroom import EDITORS, JOURNALISTS, MODERATORS, column_group_names
from cms.forums import export_views
from cms.forums.export_views import export_csv, export_xlsx, forum_export_buttons, register_export_urls
from cms.forums.exports import opinion_rows, summary_tables
from tests.factories import make_article, make_column, make_forum, make_outlet, make_user

HYPERLINK = '=HYPERLINK("http://lua-dao.example/dang-nhap","Bấm vào đây nhận quà")'
SENT = datetime(2026, 11, 20, 1, 30, tzinfo=UTC)  # 08:30 in Asia/Ho_Chi_Minh


def opinion(forum, body, status="approved", section=None, stance="", **fields):
    fields.setdefault("author_name", "Nguyễn Thị Hương")
    fields.setdefault("created_at", SENT)
    return Comment.objects.create(page=forum, body=body, status=status, section=section, stance=stance, **fields)


@pytest.fixture
def forum(outlet):
    return make_forum(outlet)


@pytest.fixture
def opinions(forum):
    first, second = forum.sections.all()
    opinion(
        forum,
        "Đề nghị phủ sóng 5G đến các xã vùng sâu.",
        section=first,
        stance="dong-y",
        locality="Phường Ninh Kiều",
        organisation="Hội Nông dân phường Ninh Kiều",
    )
    opinion(
        forum,
        "Chưa cần thiết đầu tư trung tâm dữ liệu riêng.",
        section=first,
        stance="khong-dong-y",
        locality="Phường  Ninh Kiều ",
        author_name="Trần Văn Đức",
        created_at=SENT + timedelta(hours=1),
    )
    opinion(
        forum,
        "Cần đào tạo kỹ năng số cho cán bộ phường, xã.",
        section=second,
        stance="y-kien-khac",
        locality="Xã Phong Điền",
        source="hoi-nghi",
        author_name="Lê Thị Ánh",
        created_at=SENT + timedelta(hours=2),
    )
    opinion(forum, HYPERLINK, author_name="Phạm Bình", created_at=SENT + timedelta(hours=3))
    opinion(
        forum,
        "Đồng ý với dịch vụ công trực tuyến toàn trình.",
        section=second,
        stance="dong-y",
        locality="Xã Phong Điền",
        created_at=SENT + timedelta(hours=4),
    )
    opinion(
        forum,
        "Nội dung không liên quan.",
        status="rejected",
        status_reason="Không liên quan đến dự thảo",
        section=first,
        stance="dong-y",
        locality="Phường Cái Khế",
        created_at=SENT + timedelta(hours=5),
    )
    opinion(
        forum,
        "Mua bán tài khoản giá rẻ",
        status="spam",
        status_reason="Quảng cáo",
        created_at=SENT + timedelta(hours=6),
    )
    opinion(
        forum,
        "Ý kiến đã ẩn",
        status="withdrawn",
        status_reason="Người gửi đề nghị gỡ",
        created_at=SENT + timedelta(hours=7),
    )
    opinion(forum, "Chưa duyệt", status="pending", locality="Phường Cái Khế")
    article = make_article(make_column(forum.get_parent().get_parent()), title="Bài khác")
    opinion(article, "Bình luận của bài viết khác", locality="Phường Cái Khế")


def call(view, user, page_id, **params):
    request = RequestFactory().get(f"/admin/dien-dan/{page_id}/y-kien", params)
    request.user = user
    return convert_exception_to_response(partial(view, page_id=page_id))(request)


@pytest.fixture
def editor(db):
    return make_user("bientap", EDITORS)


def body(response):
    """The bytes of a response, streamed (the XLSX download) or not; read once."""
    if not hasattr(response, "_read_body"):
        response._read_body = response.getvalue()
    return response._read_body


def workbook_from(response):
    return load_workbook(io.BytesIO(body(response)))


def rows_of(sheet):
    return [list(row) for row in sheet.iter_rows(values_only=True)]


# ---------------------------------------------------------------- XLSX


def test_xlsx_download(forum, opinions, editor):
    response = call(export_xlsx, editor, forum.pk)

    assert response.status_code == 200
    assert response["Content-Type"] == export_views.XLSX_TYPE
    today = f"{timezone.localdate():%Y%m%d}"
    assert response["Content-Disposition"] == f'attachment; filename="y-kien-chuyen-doi-so-{today}.xlsx"'
    assert "no-store" in response["Cache-Control"]

    book = workbook_from(response)
    assert book.sheetnames == ["Ý kiến đã duyệt", "Ý kiến không được đăng", "Tổng hợp", "Nhóm ý kiến"]

    approved = rows_of(book["Ý kiến đã duyệt"])
    assert approved[0] == [
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
    assert len(approved) == 1 + 5  # pending, other pages and non-published are not here
    assert approved[1] == [
        1,
        "Nguyễn Thị Hương",
        "Hội Nông dân phường Ninh Kiều",
        "Phường Ninh Kiều",
        "Mục 1: Hạ tầng số",
        "Đồng ý",
        "Đề nghị phủ sóng 5G đến các xã vùng sâu.",
        datetime(2026, 11, 20, 8, 30),
        "Trực tuyến",
    ]
    offline = approved[3]
    assert offline[1] == "Lê Thị Ánh"
    assert offline[4:6] == ["Mục 2: Chính quyền số", "Ý kiến khác"]
    assert offline[8] == "Hội nghị, buổi làm việc"
    no_section = approved[4]
    assert no_section[4:6] == ["—", "Không nêu"]
    assert [row[0] for row in approved[1:]] == [1, 2, 3, 4, 5]

    sheet = book["Ý kiến đã duyệt"]
    assert all(cell.font.b for cell in sheet[1])
    assert sheet["H2"].is_date and sheet["H2"].number_format == "dd/mm/yyyy hh:mm"
    assert sheet["G2"].alignment.wrap_text
    assert sheet.column_dimensions["G"].width == 80


def test_xlsx_formula_looking_text_is_a_string(forum, opinions, editor):
    response = call(export_xlsx, editor, forum.pk)
    sheet = workbook_from(response)["Ý kiến đã duyệt"]

    cell = sheet["G5"]
    assert cell.value == HYPERLINK
    assert cell.data_type == "s"
    with zipfile.ZipFile(io.BytesIO(body(response))) as archive:
        xml = "".join(archive.read(name).decode() for name in archive.namelist() if name.startswith("xl/worksheets/"))
    assert "<f>" not in xml and "<f " not in xml
    assert "HYPERLINK" in xml


def test_xlsx_not_published_with_reasons(forum, opinions, editor):
    rows = rows_of(workbook_from(call(export_xlsx, editor, forum.pk))["Ý kiến không được đăng"])

    assert rows[0][-2:] == ["Tình trạng", "Lý do"]
    assert [(row[6], row[9], row[10]) for row in rows[1:]] == [
        ("Nội dung không liên quan.", "Từ chối", "Không liên quan đến dự thảo"),
        ("Mua bán tài khoản giá rẻ", "Thư rác", "Quảng cáo"),
        ("Ý kiến đã ẩn", "Đã ẩn", "Người gửi đề nghị gỡ"),
    ]


def test_xlsx_summary_counts(forum, opinions, editor):
    sheet = workbook_from(call(export_xlsx, editor, forum.pk))["Tổng hợp"]
    rows = rows_of(sheet)
    assert rows[0][0] == "Tổng hợp ý kiến: Góp ý dự thảo Nghị quyết về chuyển đổi số"

    start = next(i for i, row in enumerate(rows) if row[0] == "Mục góp ý")
    assert rows[start][:6] == ["Mục góp ý", "Đồng ý", "Không đồng ý", "Ý kiến khác", "Không nêu", "Tổng"]
    assert [row[:6] for row in rows[start + 1 : start + 5]] == [
        ["Mục 1: Hạ tầng số", 1, 1, 0, 0, 2],
        ["Mục 2: Chính quyền số", 1, 0, 1, 0, 2],
        ["Không theo mục", 0, 0, 0, 1, 1],
        ["Tổng", 2, 1, 1, 1, 5],
    ]

    start = next(i for i, row in enumerate(rows) if row[0] == "Phường/xã")
    assert rows[start][:2] == ["Phường/xã", "Số ý kiến"]
    assert [row[:2] for row in rows[start + 1 : start + 5]] == [
        ["Phường Ninh Kiều", 2],  # spacing differences are the same locality
        ["Xã Phong Điền", 2],
        ["Không nêu", 1],
        ["Tổng", 5],
    ]
    assert all(cell.font.b for cell in sheet[start + 1] if cell.value)


def test_empty_forum_exports(forum, editor):
    book = workbook_from(call(export_xlsx, editor, forum.pk))
    assert rows_of(book["Ý kiến đã duyệt"]) == [rows_of(book["Ý kiến đã duyệt"])[0]]
    section_rows, locality_rows = summary_tables(forum)
    assert [row[0] for row in section_rows] == ["Mục 1: Hạ tầng số", "Mục 2: Chính quyền số", "Không theo mục", "Tổng"]
    assert section_rows[-1][1:] == (0, 0, 0, 0, 0)
    assert locality_rows == [("Tổng", 0)]


def test_control_characters_do_not_break_the_workbook(forum, editor):
    opinion(forum, "Ý kiến\x01 có\x0b ký tự lạ\nxuống dòng")
    rows = rows_of(workbook_from(call(export_xlsx, editor, forum.pk))["Ý kiến đã duyệt"])
    assert rows[1][6] == "Ý kiến có ký tự lạ\nxuống dòng"


# ---------------------------------------------------------------- CSV


def test_csv_download(forum, opinions, editor):
    response = call(export_csv, editor, forum.pk)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    today = f"{timezone.localdate():%Y%m%d}"
    assert response["Content-Disposition"] == f'attachment; filename="y-kien-chuyen-doi-so-{today}.csv"'
    content = response.content
    assert content.startswith(b"\xef\xbb\xbf")
    text = content.decode("utf-8")[1:]
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")

    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == [
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
    assert len(rows) == 1 + 5
    assert rows[1] == [
        "1",
        "Nguyễn Thị Hương",
        "Hội Nông dân phường Ninh Kiều",
        "Phường Ninh Kiều",
        "Mục 1: Hạ tầng số",
        "Đồng ý",
        "Đề nghị phủ sóng 5G đến các xã vùng sâu.",
        "20/11/2026 08:30",
        "Trực tuyến",
    ]
    assert rows[4][6] == "'" + HYPERLINK
    assert rows[3][8] == "Hội nghị, buổi làm việc"


def test_csv_not_published_group(forum, opinions, editor):
    response = call(export_csv, editor, forum.pk, nhom="khong-dang")
    assert response.status_code == 200
    assert "y-kien-chuyen-doi-so-khong-dang-" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"), newline="")))
    assert rows[0][-2:] == ["Tình trạng", "Lý do"]
    assert [row[-2:] for row in rows[1:]] == [
        ["Từ chối", "Không liên quan đến dự thảo"],
        ["Thư rác", "Quảng cáo"],
        ["Đã ẩn", "Người gửi đề nghị gỡ"],
    ]
    assert call(export_csv, editor, forum.pk, nhom="tat-ca").status_code == 400


def test_csv_neutralises_every_formula_prefix(forum, editor):
    for n, start in enumerate(["=1+1", "+84 912", "-2", "@SUM(A1)", "\tTab"]):
        opinion(forum, f"Ý kiến {n}", author_name=start, created_at=SENT + timedelta(minutes=n))
    rows = list(csv.reader(io.StringIO(call(export_csv, editor, forum.pk).content.decode("utf-8-sig"), newline="")))
    assert [row[1] for row in rows[1:]] == ["'=1+1", "'+84 912", "'-2", "'@SUM(A1)", "'\tTab"]


def test_opinion_rows_dates_are_local_time(forum):
    opinion(forum, "Gửi lúc gần nửa đêm", created_at=datetime(2026, 11, 27, 17, 5, tzinfo=UTC))
    (row,) = opinion_rows(forum, ("approved",))
    assert row["Ngày gửi"] == "28/11/2026 00:05"
    assert "Tình trạng" not in row


# ---------------------------------------------------------------- access


@pytest.mark.parametrize("view", [export_xlsx, export_csv])
def test_journalist_is_refused(forum, opinions, view):
    response = call(view, make_user("phongvien", JOURNALISTS), forum.pk)
    assert response.status_code == 403
    assert b"HYPERLINK" not in response.content


@pytest.mark.parametrize("view", [export_xlsx, export_csv])
def test_not_a_forum_is_404(forum, outlet, view, editor):
    assert call(view, editor, outlet.pk).status_code == 404
    assert call(view, editor, forum.get_parent().pk).status_code == 404
    assert call(view, editor, 999_999).status_code == 404


@pytest.mark.parametrize("view", [export_xlsx, export_csv])
def test_an_editor_of_another_outlet_gets_neither_the_file_nor_the_buttons(forum, opinions, outlet, view):
    """The opinions carry readers' names and localities: only the forum's own outlet reads them."""
    second_home = make_outlet(title="Báo Thứ Hai", slug="bao-thu-hai", hostname="thuhai.example", default=False)
    _, editors_there = column_group_names(make_column(second_home, "Kinh tế"))
    # The second outlet's editor: its role group and one of its columns.
    outsider = make_user("bientap2", EDITORS, editors_there, outlet=second_home)
    response = call(view, outsider, forum.pk)
    assert response.status_code == 403
    assert "Nguyễn Thị Hương".encode() not in response.content
    assert forum_export_buttons(forum, outsider) == []

    _, editors_here = column_group_names(make_column(outlet, "Xã hội"))
    insider = make_user("bientap3", EDITORS, editors_here, outlet=outlet)
    assert call(view, insider, forum.pk).status_code == 200
    assert len(forum_export_buttons(forum, insider)) == 2
    # Moderators are per outlet too, as in the queue.
    assert call(view, make_user("kiemduyet", MODERATORS, outlet=outlet), forum.pk).status_code == 200
    assert call(view, make_user("kiemduyet2", MODERATORS, outlet=second_home), forum.pk).status_code == 403


def test_anonymous_is_sent_to_login(forum):
    response = call(export_xlsx, AnonymousUser(), forum.pk)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


# ---------------------------------------------------------------- wiring


def test_export_urls():
    patterns = {pattern.name: pattern for pattern in register_export_urls()}
    assert set(patterns) == {"forums_export_xlsx", "forums_export_csv"}
    match = patterns["forums_export_xlsx"].resolve("dien-dan/42/y-kien.xlsx")
    assert match.func is export_xlsx and match.kwargs == {"page_id": 42}
    match = patterns["forums_export_csv"].resolve("dien-dan/42/y-kien.csv")
    assert match.func is export_csv and match.kwargs == {"page_id": 42}


def test_buttons_only_on_forums_for_moderating_users(forum, outlet, monkeypatch, editor):
    # URL names are resolved by the admin once wagtail_hooks registers them.
    monkeypatch.setattr(export_views, "reverse", lambda name, args: f"/admin/{name}/{args[0]}/")

    buttons = forum_export_buttons(forum.page_ptr, editor, "edit", next_url=None)
    assert [(b.label, b.url) for b in buttons] == [
        ("Tải tổng hợp ý kiến (Excel)", f"/admin/forums_export_xlsx/{forum.pk}/"),
        ("Tải ý kiến đã duyệt (CSV)", f"/admin/forums_export_csv/{forum.pk}/"),
    ]
    assert forum_export_buttons(outlet, editor) == []
    assert forum_export_buttons(forum, make_user("phongvien", JOURNALISTS)) == []


# ---------------------------------------------------------------- a draft's parts and meetings (issue 15)


def drafted(forum):
    from cms.forums.models import DraftPart

    for order, (kind, number, heading) in enumerate(
        [("chuong", "Chương I", "Quy định chung"), ("dieu", "Điều 9", "Học tập nghị quyết"), ("khoan", "Khoản 2", "")]
    ):
        forum.draft_parts.add(DraftPart(kind=kind, number=number, heading=heading, sort_order=order))
    forum.save()
    parts = {part.number: part for part in forum.draft_parts.all()}
    clause, article = parts["Khoản 2"], parts["Điều 9"]
    opinion(
        forum,
        "Nên quy định rõ thời hạn quán triệt.",
        part=clause,
        stance="khong-dong-y",
        proposed_wording="=Trong 30 ngày kể từ ngày ban hành",
    )
    opinion(
        forum,
        "Hội nghị thống nhất với nội dung điều này.",
        part=article,
        stance="dong-y",
        source="hoi-nghi",
        meeting="Hội nghị Mặt trận phường An Hòa",
        people_count=120,
        created_at=SENT + timedelta(hours=1),
    )
    opinion(forum, "Dự thảo nhìn chung phù hợp.", stance="dong-y", created_at=SENT + timedelta(hours=2))
    opinion(forum, "Chờ duyệt, không tính.", status="pending", part=article, stance="dong-y")
    return clause, article


def test_xlsx_of_a_drafted_forum_names_the_part_the_wording_and_the_meeting(forum, editor):
    drafted(forum)
    book = workbook_from(call(export_xlsx, editor, forum.pk))

    rows = rows_of(book["Ý kiến đã duyệt"])
    header = rows[0]
    assert header[4:6] == ["Mục góp ý", "Phần dự thảo"]
    assert header[7:9] == ["Nội dung", "Đề xuất sửa thành"]
    assert header[-2:] == ["Hội nghị, buổi làm việc", "Số người đại diện"]
    by_body = {row[header.index("Nội dung")]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert len(by_body) == 3  # the pending opinion is not in the synthesis
    on_clause = by_body["Nên quy định rõ thời hạn quán triệt."]
    assert on_clause["Phần dự thảo"] == "Khoản 2 Điều 9"
    assert on_clause["Đề xuất sửa thành"] == "=Trong 30 ngày kể từ ngày ban hành"  # text, not a formula
    meeting = by_body["Hội nghị thống nhất với nội dung điều này."]
    assert (meeting["Phần dự thảo"], meeting["Hội nghị, buổi làm việc"], meeting["Số người đại diện"]) == (
        "Điều 9",
        "Hội nghị Mặt trận phường An Hòa",
        120,
    )
    assert by_body["Dự thảo nhìn chung phù hợp."]["Phần dự thảo"] == "—"

    summary = rows_of(book["Tổng hợp"])
    start = next(i for i, row in enumerate(summary) if row[0] == "Ý kiến đã duyệt theo phần dự thảo và quan điểm")
    assert summary[start + 1][:4] == ["Phần dự thảo", "Đồng ý", "Không đồng ý", "Ý kiến khác"]
    table = {row[0]: row[1:] for row in summary[start + 2 : start + 7]}
    assert table["Chương I. Quy định chung"] == [0, 0, 0, 0, 0]
    assert table["Điều 9. Học tập nghị quyết"] == [1, 0, 0, 0, 1]  # a meeting counts as one opinion
    assert table["Khoản 2 Điều 9"] == [0, 1, 0, 0, 1]
    assert table["Về toàn bộ dự thảo"] == [1, 0, 0, 0, 1]
    assert table["Tổng"] == [2, 1, 0, 0, 3]


def test_csv_of_a_drafted_forum_has_the_same_columns(forum, editor):
    drafted(forum)
    text = body(call(export_csv, editor, forum.pk)).decode("utf-8")[1:]
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = rows[0]
    assert "Phần dự thảo" in header and "Đề xuất sửa thành" in header and "Số người đại diện" in header
    wording = [row[header.index("Đề xuất sửa thành")] for row in rows[1:]]
    assert "'=Trong 30 ngày kể từ ngày ban hành" in wording  # neutralised for spreadsheets


def test_a_forum_without_draft_or_meetings_keeps_the_plain_columns(forum, opinions, editor):
    header = rows_of(workbook_from(call(export_xlsx, editor, forum.pk))["Ý kiến đã duyệt"])[0]
    assert "Phần dự thảo" not in header and "Hội nghị, buổi làm việc" not in header
