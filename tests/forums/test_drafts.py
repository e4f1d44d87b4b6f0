"""The draft parser (cms/forums/drafts.py) on a realistic Vietnamese draft."""

import pytest

from cms.forums.drafts import ARTICLE, CHAPTER, CLAUSE, DraftTooLong, parse_draft

DRAFT = """\
THÀNH ỦY CẦN THƠ
Số: 45-KH/TU (dự thảo)

KẾ HOẠCH
thực hiện Chỉ thị số 23-CT/TU về tăng cường học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh

Chương I
NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Kế hoạch này quy định nhiệm vụ, giải pháp và trách nhiệm thực hiện Chỉ thị trong giai đoạn 2026 - 2030.

Điều 2. Đối tượng áp dụng
1. Các cấp ủy, tổ chức đảng, cơ quan, đơn vị trong Đảng bộ thành phố.
2. Cán bộ, đảng viên, công chức, viên chức và người lao động:
a) Cán bộ chủ chốt các cấp;
b) Đảng viên mới kết nạp.

Chương II - NHIỆM VỤ VÀ GIẢI PHÁP
Điều 3: Đổi mới nội dung, hình thức học tập
1. Mỗi năm tổ chức ít nhất một chuyên đề học tập.
2.   Gắn việc học tập với giải quyết những vấn đề bức xúc ở cơ sở.
Điều 4.
Phát huy vai trò nêu gương của người đứng đầu.
"""


def test_chapters_articles_and_clauses_are_recognised():
    parts = parse_draft(DRAFT)
    assert [(p.kind, p.number) for p in parts] == [
        (CHAPTER, "Chương I"),
        (ARTICLE, "Điều 1"),
        (ARTICLE, "Điều 2"),
        (CLAUSE, "Khoản 1"),
        (CLAUSE, "Khoản 2"),
        (CHAPTER, "Chương II"),
        (ARTICLE, "Điều 3"),
        (CLAUSE, "Khoản 1"),
        (CLAUSE, "Khoản 2"),
        (ARTICLE, "Điều 4"),
    ]
    chapter1, article1, article2, clause1, clause2, chapter2, article3, c31, c32, article4 = parts
    # Headings: on the next line in capitals, after a dash, after "." or ":".
    assert chapter1.heading == "NHỮNG QUY ĐỊNH CHUNG"
    assert chapter2.heading == "NHIỆM VỤ VÀ GIẢI PHÁP"
    assert article1.heading == "Phạm vi điều chỉnh"
    assert article3.heading == "Đổi mới nội dung, hình thức học tập"
    assert article4.heading == "" and article4.text == "Phát huy vai trò nêu gương của người đứng đầu."
    # The preamble is no part; an article's own text; points stay in their clause.
    assert article1.text.startswith("Kế hoạch này quy định")
    assert clause2.text.splitlines() == [
        "Cán bộ, đảng viên, công chức, viên chức và người lao động:",
        "a) Cán bộ chủ chốt các cấp;",
        "b) Đảng viên mới kết nạp.",
    ]
    assert c32.text == "Gắn việc học tập với giải quyết những vấn đề bức xúc ở cơ sở."
    # Parents by position.
    assert parts[article2.parent] is chapter1 and parts[clause1.parent] is article2
    assert parts[article3.parent] is chapter2 and parts[c31.parent] is article3
    assert chapter1.parent is None


def test_numbered_lines_outside_an_article_are_not_clauses():
    parts = parse_draft("Căn cứ:\n1. Điều lệ Đảng;\n2. Chỉ thị 05-CT/TW.\nĐiều 1. Mục đích\nNội dung.")
    assert [(p.kind, p.number) for p in parts] == [(ARTICLE, "Điều 1")]


def test_empty_and_structureless_text_give_no_parts():
    assert parse_draft("") == []
    assert parse_draft("Một đoạn văn không có điều nào.\n<script>alert(1)</script>") == []


def test_windows_line_ends_and_no_break_spaces():
    parts = parse_draft("Điều\u00a01.\u00a0Phạm vi\r\n1. Khoản một\r\n")
    assert [(p.number, p.heading, p.text) for p in parts] == [("Điều 1", "Phạm vi", ""), ("Khoản 1", "", "Khoản một")]


def test_oversized_text_is_refused():
    with pytest.raises(DraftTooLong):
        parse_draft("Điều 1. A\n" * 30_000)
