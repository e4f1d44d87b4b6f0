import glob
import logging
import os
import random
import time
import unicodedata
import zlib
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from fpdf import FPDF
from fpdf.enums import EncryptionMethod, XPos, YPos
from PIL import Image as PILImage
from PIL import ImageDraw
from pypdf import PdfWriter

from cms.directives import pdf_suggest
from cms.directives.kinds import KINDS
from cms.directives.pdf_suggest import Suggestion, kind_from_number, suggest_from_pdf, suggest_from_text

# The DejaVu fonts shipped for the demo content cover Vietnamese.
FONTS_DIR = Path(pdf_suggest.__file__).resolve().parents[1] / "core" / "fonts"
FONT_REGULAR = FONTS_DIR / "DejaVuSans.ttf"
FONT_BOLD = FONTS_DIR / "DejaVuSans-Bold.ttf"

PARTY_HEADER = {
    "left": ["ĐẢNG BỘ THÀNH PHỐ CẦN THƠ", "THÀNH ỦY", "Số 23-CT/TU", "*"],
    "right": ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cần Thơ, ngày 15 tháng 5 năm 2023"],
}
PARTY_SUMMARY = (
    "về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng, "
    "tiêu cực trên địa bàn thành phố trong tình hình mới"
)
BODY = [
    "Thời gian qua, các cấp ủy đảng, chính quyền đã quán triệt và thực hiện nghiêm Chỉ thị số 05-CT/TW "
    "ngày 10 tháng 3 năm 2020 của Bộ Chính trị, đạt được nhiều kết quả quan trọng. " * 3,
    "Để tiếp tục nâng cao hiệu quả, Ban Thường vụ Thành ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt "
    "các nhiệm vụ sau đây. " * 2,
]


def _pdf():
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", str(FONT_REGULAR))
    pdf.add_font("DejaVu", "B", str(FONT_BOLD))
    return pdf


def _document_page(pdf, *, left, right, heading, title, body=BODY, separator="text"):
    """An official first page: two-column header, kind heading, summary, body."""
    pdf.add_page()
    top = pdf.get_y()
    pdf.set_font("DejaVu", "B", 11)
    pdf.set_xy(20, top)
    pdf.multi_cell(72, 6, "\n".join(left), align="C")
    left_bottom = pdf.get_y()
    pdf.set_xy(92, top)
    pdf.multi_cell(100, 6, "\n".join(right), align="C")
    pdf.set_y(max(left_bottom, pdf.get_y()) + 8)
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 9, heading, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "B", 12)
    for line in title:
        pdf.multi_cell(0, 6.5, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if separator == "text":
        pdf.cell(0, 6, "-----", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    elif separator == "rule":
        # A drawn rule: nothing in the text layer marks the end of the summary.
        y = pdf.get_y() + 2
        pdf.line(80, y, 130, y)
    pdf.ln(8)
    pdf.set_font("DejaVu", "", 11)
    for paragraph in body:
        pdf.multi_cell(0, 6, "      " + paragraph, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _party_directive(**overrides):
    spec = {
        **PARTY_HEADER,
        "heading": "CHỈ THỊ",
        "title": ["của Ban Thường vụ Thành ủy", PARTY_SUMMARY],
    }
    spec.update(overrides)
    pdf = _pdf()
    _document_page(pdf, **spec)
    return pdf


def _bytes(pdf):
    return bytes(pdf.output())


def positioned_glyphs_pdf(glyphs, seed=1):
    """A one-page PDF drawing `glyphs` letters, each placed by its own text matrix:
    what pypdf takes longest over (the finding: 400,000 glyphs kept a core busy for minutes)."""
    rnd = random.Random(seed)
    operations = ["BT /F1 6 Tf"]
    operations += [
        f"1 0 0 1 {rnd.randint(0, 595)} {rnd.randint(0, 842)} Tm ({chr(rnd.randint(97, 122))}) Tj"
        for _ in range(glyphs)
    ]
    operations.append("ET")
    content = zlib.compress("\n".join(operations).encode())
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def child_processes():
    """Live processes whose parent is this one (from /proc)."""
    found = set()
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            with open(stat) as handle:
                state, parent = handle.read().rsplit(")", 1)[1].split()[:2]
        except (OSError, ValueError):
            continue
        if int(parent) == os.getpid() and state != "Z":
            found.add(int(stat.split("/")[2]))
    return found


# ---------------------------------------------------------------- documents with a text layer


def test_party_directive():
    suggestion = suggest_from_pdf(BytesIO(_bytes(_party_directive())))

    assert suggestion == Suggestion(
        number="23-CT/TU",
        kind="chi-thi",
        issued_on=date(2023, 5, 15),
        summary=PARTY_SUMMARY,
        issuer_name="THÀNH ỦY",
        place="Cần Thơ",
        has_text=True,
    )
    assert suggestion.as_initial() == {
        "number": "23-CT/TU",
        "kind": "chi-thi",
        "issued_on": date(2023, 5, 15),
        "summary": PARTY_SUMMARY,
    }


def test_state_plan_ignores_the_number_cited_in_its_summary():
    summary = (
        "Triển khai thực hiện Chỉ thị số 23-CT/TU ngày 15/5/2023 của Ban Thường vụ Thành ủy về tăng cường "
        "sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng, tiêu cực"
    )
    pdf = _pdf()
    _document_page(
        pdf,
        left=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ", "Số: 05/KH-UBND"],
        right=[
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Cần Thơ, ngày 03 tháng 02 năm 2024",
        ],
        heading="KẾ HOẠCH",
        title=[summary],
        body=["Thực hiện Chỉ thị số 23-CT/TU, Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:"] + BODY,
        separator="rule",
    )

    suggestion = suggest_from_pdf(_bytes(pdf))

    assert suggestion.number == "05/KH-UBND"
    assert suggestion.kind == "ke-hoach"
    assert suggestion.issued_on == date(2024, 2, 3)
    assert suggestion.summary == summary
    assert suggestion.issuer_name == "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ"
    assert suggestion.place == "Cần Thơ"


def test_quy_dinh_kind_from_heading_and_number():
    pdf = _pdf()
    _document_page(
        pdf,
        left=["ĐẢNG BỘ THÀNH PHỐ CẦN THƠ", "THÀNH ỦY", "Số 12-QĐi/TU", "*"],
        right=["ĐẢNG CỘNG SẢN VIỆT NAM", "Cần Thơ, ngày 9 tháng 10 năm 2023"],
        heading="QUY ĐỊNH",
        title=["về trách nhiệm nêu gương của cán bộ, đảng viên"],
    )

    suggestion = suggest_from_pdf(_bytes(pdf))

    assert suggestion.number == "12-QĐi/TU"
    assert suggestion.kind == "quy-dinh"
    assert suggestion.issued_on == date(2023, 10, 9)
    assert suggestion.summary == "về trách nhiệm nêu gương của cán bộ, đảng viên"


def test_kind_from_number_when_there_is_no_heading():
    text = "THÀNH ỦY CẦN THƠ\nSố 12-QĐi/TU\nCần Thơ, ngày 9 tháng 10 năm 2023\nNội dung văn bản."
    suggestion = suggest_from_text(text)
    assert suggestion.number == "12-QĐi/TU"
    assert suggestion.kind == "quy-dinh"
    assert suggestion.issuer_name == "THÀNH ỦY CẦN THƠ"
    assert suggestion.summary is None


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        ("23-CT/TU", "chi-thi"),
        ("05/KH-UBND", "ke-hoach"),
        ("12-QĐi/TU", "quy-dinh"),
        ("45-NQ/TW", "nghi-quyet"),
        ("01/2024/TB-UBND", "thong-bao"),
        # QĐ is both Quy định (before 2017) and Quyết định.
        ("123-QĐ/TU", None),
        ("1234/QĐ-UBND", None),
        ("123/UBND-VP", None),
        ("", None),
    ],
)
def test_kind_from_number(number, kind):
    assert kind_from_number(number) == kind
    assert kind is None or kind in KINDS


def test_quyet_dinh_heading_decides_the_ambiguous_code():
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 1234/QĐ-UBND\nCần Thơ, ngày 2 tháng 1 năm 2024\n"
        "QUYẾT ĐỊNH\nVề việc ban hành Quy chế làm việc\nCHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo …"
    )
    suggestion = suggest_from_text(text)
    assert suggestion.kind == "quyet-dinh"
    assert suggestion.number == "1234/QĐ-UBND"
    assert suggestion.summary == "Về việc ban hành Quy chế làm việc"


def test_multi_page_reads_only_the_first_page():
    pdf = _party_directive()
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, "Số: 99/KH-UBND\nHà Nội, ngày 1 tháng 1 năm 2020\nKẾ HOẠCH\nmột văn bản khác")

    suggestion = suggest_from_pdf(_bytes(pdf))

    assert suggestion.number == "23-CT/TU"
    assert suggestion.issued_on == date(2023, 5, 15)
    assert suggestion.kind == "chi-thi"


def test_number_on_page_two_only_is_not_taken():
    pdf = _party_directive(left=["ĐẢNG BỘ THÀNH PHỐ CẦN THƠ", "THÀNH ỦY", "*"])
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, "Số: 99/KH-UBND")

    suggestion = suggest_from_pdf(_bytes(pdf))

    assert suggestion.number is None
    assert suggestion.kind == "chi-thi"


def test_many_pages():
    pdf = _party_directive()
    pdf.set_font("DejaVu", "", 11)
    for number in range(300):
        pdf.add_page()
        pdf.cell(0, 6, f"Số: {number}/KH-UBND")

    suggestion = suggest_from_pdf(_bytes(pdf))

    assert suggestion.number == "23-CT/TU"
    assert suggestion.summary == PARTY_SUMMARY


def test_text_is_capped():
    head = "Số 23-CT/TU\nCHỈ THỊ\nvề tăng cường công tác dân vận\n\n"
    suggestion = suggest_from_text(head + "nội dung văn bản " * 100_000)
    assert (suggestion.number, suggestion.summary) == ("23-CT/TU", "về tăng cường công tác dân vận")
    # Only the first MAX_TEXT_CHARS are read.
    late = suggest_from_text("x" * pdf_suggest.MAX_TEXT_CHARS + "\n" + head)
    assert late.number is None and late.has_text


def test_invalid_date_gives_no_issued_on():
    pdf = _party_directive(right=["ĐẢNG CỘNG SẢN VIỆT NAM", "Cần Thơ, ngày 31 tháng 2 năm 2023"])

    suggestion = suggest_from_pdf(_bytes(pdf))

    assert suggestion.issued_on is None
    assert suggestion.number == "23-CT/TU"
    assert suggestion.place == "Cần Thơ"
    assert "issued_on" not in suggestion.as_initial()


def test_date_cited_in_the_summary_is_not_the_date_of_issue():
    text = (
        "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nSố:     /KH-UBND\n"
        "KẾ HOẠCH\nTriển khai Nghị quyết số 45-NQ/TW ngày 24 tháng 11 năm 2023 của Ban Chấp hành Trung ương\n\n"
        "Nội dung."
    )
    suggestion = suggest_from_text(text)
    # The number and date were left blank to be filled in by hand.
    assert suggestion.number is None
    assert suggestion.issued_on is None
    assert suggestion.kind == "ke-hoach"
    assert suggestion.summary.startswith("Triển khai Nghị quyết số 45-NQ/TW")


# ---------------------------------------------------------------- text order and encoding


def test_columns_interleaved_line_by_line():
    # How some Word exports come out in plain extraction: one row of both columns per line.
    text = (
        "ĐẢNG BỘ THÀNH PHỐ CẦN THƠ ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "THÀNH ỦY Cần Thơ, ngày 15 tháng 5 năm 2023\n"
        "Số 23-CT/TU\n*\nCHỈ THỊ\ncủa Ban Thường vụ Thành ủy về tăng cường công tác dân vận\n-----\n"
        "Trong những năm qua, thực hiện Chỉ thị số 05-CT/TW, …"
    )
    suggestion = suggest_from_text(text)
    assert suggestion.number == "23-CT/TU"
    assert suggestion.issued_on == date(2023, 5, 15)
    assert suggestion.place == "Cần Thơ"
    assert suggestion.issuer_name == "THÀNH ỦY"
    assert suggestion.summary == "về tăng cường công tác dân vận"


def test_right_column_first():
    text = (
        "ĐẢNG CỘNG SẢN VIỆT NAM\nCần Thơ, ngày 15 tháng 5 năm 2023\n"
        "ĐẢNG BỘ THÀNH PHỐ CẦN THƠ\nTHÀNH ỦY\nSố 23-CT/TU\n*\n"
        "CHỈ THỊ\nvề tăng cường\ncông tác dân vận\n\nThời gian qua …"
    )
    suggestion = suggest_from_text(text)
    assert (suggestion.number, suggestion.issued_on, suggestion.kind) == ("23-CT/TU", date(2023, 5, 15), "chi-thi")
    assert suggestion.summary == "về tăng cường công tác dân vận"


def test_decomposed_text_and_eth_for_d():
    text = (
        "\u00d0ẢNG BỘ THÀNH PHỐ CẦN THƠ\nTHÀNH ỦY\nSố 23-CT/TU\nCần Thơ, ngày 15 tháng 5 năm 2023\nCHỈ THỊ\nvề công tác"
    )
    suggestion = suggest_from_text(unicodedata.normalize("NFD", text))
    assert suggestion.number == "23-CT/TU"
    assert suggestion.kind == "chi-thi"
    assert suggestion.issued_on == date(2023, 5, 15)
    assert suggestion.place == "Cần Thơ"
    assert suggestion.issuer_name == "THÀNH ỦY"
    assert suggestion.summary == "về công tác"


def test_long_summary_is_cut_to_one_line_of_at_most_500_chars():
    long_line = "về " + "tăng cường công tác phòng, chống tham nhũng " * 4
    text = "Số 23-CT/TU\nCHỈ THỊ\n" + "\n".join([long_line] * 6) + "\n\nThân văn bản"
    summary = suggest_from_text(text).summary
    assert len(summary) <= 500
    assert "\n" not in summary and "  " not in summary


def test_cong_van_summary_from_v_v():
    text = (
        "ỦY BAN NHÂN DÂN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "THÀNH PHỐ CẦN THƠ     Độc lập - Tự do - Hạnh phúc\n"
        "Số: 321/UBND-VP     Cần Thơ, ngày 4 tháng 3 năm 2024\n"
        "V/v tăng cường phòng, chống\n"
        "dịch bệnh mùa mưa\n\n"
        "Kính gửi: Các sở, ban, ngành thành phố"
    )
    suggestion = suggest_from_text(text)
    assert suggestion.number == "321/UBND-VP"
    assert suggestion.kind == "cong-van"
    assert suggestion.summary == "V/v tăng cường phòng, chống dịch bệnh mùa mưa"
    assert suggestion.issuer_name == "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ"


# ---------------------------------------------------------------- files without a usable text layer


def test_scanned_pdf_gives_no_suggestion():
    picture = PILImage.new("RGB", (600, 800), "white")
    ImageDraw.Draw(picture).rectangle([50, 50, 550, 120], fill="black")
    buffer = BytesIO()
    picture.save(buffer, "PNG")
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(buffer, x=0, y=0, w=210)

    suggestion = suggest_from_pdf(_bytes(pdf))

    assert suggestion == Suggestion(has_text=False)
    assert suggestion.as_initial() == {}


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"Day khong phai PDF, chi la van ban thuong.",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    ],
    ids=["empty", "text", "header-only", "png"],
)
def test_unreadable_bytes(content, caplog):
    with caplog.at_level(logging.WARNING, logger="cms.directives.pdf_suggest"):
        suggestion = suggest_from_pdf(BytesIO(content))
    assert suggestion == Suggestion(has_text=False)
    assert any(record.name == "cms.directives.pdf_suggest" for record in caplog.records)


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, 0.98])
def test_truncated_pdf(keep):
    content = _bytes(_party_directive())
    assert suggest_from_pdf(content[: int(len(content) * keep)]) == Suggestion(has_text=False)


def test_zero_pages(caplog):
    buffer = BytesIO()
    PdfWriter().write(buffer)
    with caplog.at_level(logging.WARNING, logger="cms.directives.pdf_suggest"):
        assert suggest_from_pdf(buffer.getvalue()) == Suggestion(has_text=False)
    assert caplog.records


def test_encrypted_with_a_user_password():
    pdf = _party_directive()
    pdf.set_encryption(owner_password="chu", user_password="bi-mat", encryption_method=EncryptionMethod.RC4)
    assert suggest_from_pdf(_bytes(pdf)) == Suggestion(has_text=False)


def test_encrypted_with_only_an_owner_password_is_read():
    # Restrictions on printing/copying, but anyone may open it.
    pdf = _party_directive()
    pdf.set_encryption(owner_password="chu", encryption_method=EncryptionMethod.RC4)
    assert suggest_from_pdf(_bytes(pdf)).number == "23-CT/TU"


def test_file_position_is_kept_and_uploaded_files_work(tmp_path):
    content = _bytes(_party_directive())
    upload = SimpleUploadedFile("chi-thi-23.pdf", content, content_type="application/pdf")
    upload.seek(10)
    assert suggest_from_pdf(upload).number == "23-CT/TU"
    assert upload.tell() == 10

    path = tmp_path / "chi-thi-23.pdf"
    path.write_bytes(content)
    assert suggest_from_pdf(path).number == "23-CT/TU"
    assert suggest_from_pdf(tmp_path / "missing.pdf") == Suggestion(has_text=False)


def test_text_without_letters():
    assert suggest_from_text("  \n\n 12 ") == Suggestion(has_text=True)
    assert suggest_from_text("") == Suggestion(has_text=False)


# ---------------------------------------------------------------- limits (issue 17)


def test_a_page_of_too_many_glyphs_is_refused_at_once():
    content = positioned_glyphs_pdf(60_000)  # 0.8 MB of page content; an official page is 10-50 KB
    started = time.monotonic()
    suggestion = suggest_from_pdf(content)
    assert time.monotonic() - started < 5
    assert suggestion == Suggestion(limit="page-too-complex")
    assert "quá phức tạp" in suggestion.limit_message


def test_slow_extraction_is_killed_at_the_timeout():
    content = positioned_glyphs_pdf(150_000)
    before = child_processes()
    started = time.monotonic()
    suggestion = suggest_from_pdf(content, pdf_suggest.Limits(timeout=1, max_content_bytes=10**9))
    assert time.monotonic() - started < 1 + 3
    assert suggestion == Suggestion(limit="timeout")
    assert suggestion.limit_message.startswith("Không đọc được chữ trong tệp PDF trong thời gian cho phép")
    assert child_processes() <= before


def test_file_over_the_size_limit_is_not_read():
    content = _bytes(_party_directive())
    assert suggest_from_pdf(content, pdf_suggest.Limits(max_file_bytes=len(content) - 1)).limit == "file-too-large"
    assert suggest_from_pdf(content, pdf_suggest.Limits(max_file_bytes=len(content))).number == "23-CT/TU"


def test_text_kept_is_capped():
    pdf = _party_directive()
    limits = pdf_suggest.Limits(max_chars=100)
    texts = pdf_suggest._texts_from_stream(BytesIO(_bytes(pdf)), limits)
    assert texts and all(len(text) <= 100 for text in texts)
