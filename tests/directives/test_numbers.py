"""Directive numbers: strict parsing for editors, forgiving lookup for readers."""

import pytest
from django.db.models import Q

from cms.directives.numbers import (
    NumberError,
    NumberQuery,
    ParsedNumber,
    check_kind,
    kinds_for_code,
    number_q,
    parse_number,
    parse_query,
)

HOSTILE = [
    "<script>alert(1)</script>",
    "'; DROP TABLE directives;--",
    "23-CT/TU'; DROP TABLE directives;--",
    "23-CT/<b>TU</b>",
    "1 OR 1=1",
    "x" * 10_000,
    "23-CT/TU" * 1_250,
    "9" * 10_000,
    "\x00\x01\u202e23-CT/TU",
    "𝟚𝟛-CT/TU",
    "２３－ＣＴ／ＴＵ",
]


# ---------------------------------------------------------------- parse_number: valid


@pytest.mark.parametrize(
    ("text", "digits", "kind_code", "issuer_code", "year", "style", "display"),
    [
        ("23-CT/TU", "23", "CT", "TU", None, "party", "23-CT/TU"),
        ("12-NQ/TW", "12", "NQ", "TW", None, "party", "12-NQ/TW"),
        ("35-KL/TW", "35", "KL", "TW", None, "party", "35-KL/TW"),
        ("08-QĐi/TW", "8", "QĐi", "TW", None, "party", "08-QĐi/TW"),
        ("07-HD/BTGTU", "7", "HD", "BTGTU", None, "party", "07-HD/BTGTU"),
        ("3-NQ/ĐU", "3", "NQ", "ĐU", None, "party", "3-NQ/ĐU"),
        ("05/KH-UBND", "5", "KH", "UBND", None, "state", "05/KH-UBND"),
        ("1234/QĐ-UBND", "1234", "QĐ", "UBND", None, "state", "1234/QĐ-UBND"),
        ("10/CT-TTg", "10", "CT", "TTg", None, "state", "10/CT-TTg"),
        ("10/ct-ttg", "10", "CT", "TTg", None, "state", "10/CT-TTg"),
        ("02/KH-BCĐ", "2", "KH", "BCĐ", None, "state", "02/KH-BCĐ"),
        ("05/2023/QĐ-UBND", "5", "QĐ", "UBND", 2023, "state", "05/2023/QĐ-UBND"),
        ("0-CT/TU", "0", "CT", "TU", None, "party", "0-CT/TU"),
        ("000-CT/TU", "0", "CT", "TU", None, "party", "000-CT/TU"),
        # Spaces, dashes from word processors, case and the pasted "Số:".
        ("  23 - CT / TU  ", "23", "CT", "TU", None, "party", "23-CT/TU"),
        ("23 – ct / tu", "23", "CT", "TU", None, "party", "23-CT/TU"),
        ("05 / 2023 / qđ - ubnd", "5", "QĐ", "UBND", 2023, "state", "05/2023/QĐ-UBND"),
        ("Số: 23-CT/TU", "23", "CT", "TU", None, "party", "23-CT/TU"),
        ("số 05/KH-UBND", "5", "KH", "UBND", None, "state", "05/KH-UBND"),
        # Folded spellings of the Đ codes are written back canonically.
        ("08-QDi/TW", "8", "QĐi", "TW", None, "party", "08-QĐi/TW"),
        ("08-qđi/tw", "8", "QĐi", "TW", None, "party", "08-QĐi/TW"),
        ("08-QDI/TW", "8", "QĐi", "TW", None, "party", "08-QĐi/TW"),
        ("15/QD-UBND", "15", "QĐ", "UBND", None, "state", "15/QĐ-UBND"),
        ("15/qđ-ubnd", "15", "QĐ", "UBND", None, "state", "15/QĐ-UBND"),
        ("3-nq/đu", "3", "NQ", "ĐU", None, "party", "3-NQ/ĐU"),
    ],
)
def test_valid_numbers(text, digits, kind_code, issuer_code, year, style, display):
    parsed = parse_number(text)
    assert (parsed.digits, parsed.kind_code, parsed.issuer_code, parsed.year, parsed.style) == (
        digits,
        kind_code,
        issuer_code,
        year,
        style,
    )
    assert parsed.display == display
    # The display form parses back to itself.
    assert parse_number(parsed.display) == parsed


@pytest.mark.parametrize(
    ("text", "kind_key", "issuer_key"),
    [
        ("23-CT/TU", "CT", "TU"),
        ("08-QĐi/TW", "QDI", "TW"),
        ("15/QĐ-UBND", "QD", "UBND"),
        ("3-NQ/ĐU", "NQ", "DU"),
        ("02/KH-BCĐ", "KH", "BCD"),
        ("10/CT-TTg", "CT", "TTG"),
    ],
)
def test_keys_are_folded_upper_case(text, kind_key, issuer_key):
    parsed = parse_number(text)
    assert (parsed.kind_key, parsed.issuer_key) == (kind_key, issuer_key)


def test_parsed_number_is_frozen():
    parsed = parse_number("23-CT/TU")
    with pytest.raises(AttributeError):
        parsed.digits = "24"


def test_display_without_written_digits_uses_the_digits():
    assert ParsedNumber(digits="5", kind_code="KH", issuer_code="UBND", style="state").display == "5/KH-UBND"


# ---------------------------------------------------------------- parse_number: invalid


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("", "Chưa nhập số hiệu"),
        ("   ", "Chưa nhập số hiệu"),
        (None, "Chưa nhập số hiệu"),
        ("CT/TU", "thiếu phần số"),
        ("hai mươi ba", "thiếu phần số"),
        ("23-XY/TU", "Mã loại văn bản “XY” không có trong danh mục (NQ, CT, KL, QĐi, QĐ, KH, HD, TB, CV)."),
        ("05/ND-CP", "Mã loại văn bản “ND” không có trong danh mục"),
        ("23-CT/TU" + "U" * 60, "dài quá 60 ký tự"),
        ("23", "Số hiệu phải có dạng 23-CT/TU hoặc 05/KH-UBND"),
        ("23-CT", "Số hiệu phải có dạng"),
        ("23-CT/", "Số hiệu phải có dạng"),
        ("23/CT/TU", "Số hiệu phải có dạng"),
        ("23-CT-TU", "Số hiệu phải có dạng"),
        ("23CT/TU", "Số hiệu phải có dạng"),
        ("23-CT/TU/2023", "Số hiệu phải có dạng"),
        ("23-2023/CT-TU", "Số hiệu phải có dạng"),
        ("23-CT/12", "phải có chữ"),
        ("12345678-CT/TU", "dài quá 7 chữ số"),
        ("05/1800/QĐ-UBND", "Năm trong số hiệu (1800)"),
        ("<script>alert(1)</script>", "Số hiệu phải có dạng"),
        ("'; DROP TABLE directives;--", "thiếu phần số"),
        ("23-CT/TU; DROP TABLE x", "Số hiệu phải có dạng"),
        ("<b>23-CT/TU</b>", "Số hiệu phải có dạng"),
    ],
)
def test_invalid_numbers_get_a_vietnamese_message(text, phrase):
    with pytest.raises(NumberError) as caught:
        parse_number(text)
    assert phrase in str(caught.value)


def test_number_error_is_a_value_error():
    assert issubclass(NumberError, ValueError)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_only_raises_number_error(text):
    try:
        parse_number(text)
    except NumberError:
        pass


# ---------------------------------------------------------------- kinds and codes


@pytest.mark.parametrize(
    ("code", "kinds"),
    [
        ("CT", ["chi-thi"]),
        ("ct", ["chi-thi"]),
        ("QĐ", ["quy-dinh", "quyet-dinh"]),
        ("QD", ["quy-dinh", "quyet-dinh"]),
        ("QĐi", ["quy-dinh"]),
        ("qdi", ["quy-dinh"]),
        ("XY", []),
        ("", []),
    ],
)
def test_kinds_for_code(code, kinds):
    assert kinds_for_code(code) == kinds


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        ("23-CT/TU", "chi-thi"),
        ("12-NQ/TW", "nghi-quyet"),
        ("35-KL/TW", "ket-luan"),
        ("08-QĐi/TW", "quy-dinh"),
        ("08-QĐ/TW", "quy-dinh"),  # the Party's code before 2017
        ("1234/QĐ-UBND", "quyet-dinh"),
        ("05/KH-UBND", "ke-hoach"),
        ("07-HD/BTGTU", "huong-dan"),
        ("20-TB/TU", "thong-bao"),
        ("321-CV/TU", "cong-van"),
    ],
)
def test_check_kind_accepts_the_kinds_code(number, kind):
    check_kind(parse_number(number), kind)


@pytest.mark.parametrize(
    ("number", "kind", "message"),
    [
        (
            "23-CT/TU",
            "nghi-quyet",
            "Mã “CT” trong số hiệu là của Chỉ thị, không khớp với loại văn bản đã chọn (Nghị quyết).",
        ),
        (
            "08-QĐi/TW",
            "quyet-dinh",
            "Mã “QĐi” trong số hiệu là của Quy định, không khớp với loại văn bản đã chọn (Quyết định).",
        ),
        (
            "15/QĐ-UBND",
            "chi-thi",
            "Mã “QĐ” trong số hiệu là của Quy định hoặc Quyết định, không khớp với loại văn bản đã chọn (Chỉ thị).",
        ),
    ],
)
def test_check_kind_refuses_another_kinds_code(number, kind, message):
    with pytest.raises(NumberError) as caught:
        check_kind(parse_number(number), kind)
    assert str(caught.value) == message


def test_check_kind_refuses_an_unknown_kind():
    with pytest.raises(NumberError, match="không có trong danh mục"):
        check_kind(parse_number("23-CT/TU"), "sac-lenh")


# ---------------------------------------------------------------- parse_query

CT_23_TU = NumberQuery(digits="23", kinds={"chi-thi"}, issuer_key="TU")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("23-CT/TU", CT_23_TU),
        ("23/CT-TU", CT_23_TU),
        ("23 CT TU", CT_23_TU),
        ("ct 23 tu", CT_23_TU),
        ("23ct/tu", CT_23_TU),
        ("Chỉ thị số 23-CT/TU", CT_23_TU),
        ("  chỉ thị   23 - ct / tu ", CT_23_TU),
        ("CT23", NumberQuery(digits="23", kinds={"chi-thi"}, issuer_key=None)),
        ("chỉ thị 23", NumberQuery(digits="23", kinds={"chi-thi"}, issuer_key=None)),
        ("chi thi 23", NumberQuery(digits="23", kinds={"chi-thi"}, issuer_key=None)),
        ("CHỈ THỊ SỐ 23", NumberQuery(digits="23", kinds={"chi-thi"}, issuer_key=None)),
        ("nghị quyết 12", NumberQuery(digits="12", kinds={"nghi-quyet"}, issuer_key=None)),
        ("NQ 12 TW", NumberQuery(digits="12", kinds={"nghi-quyet"}, issuer_key="TW")),
        ("05/KH-UBND", NumberQuery(digits="5", kinds={"ke-hoach"}, issuer_key="UBND")),
        ("kế hoạch 05", NumberQuery(digits="5", kinds={"ke-hoach"}, issuer_key=None)),
        ("ke hoach 5", NumberQuery(digits="5", kinds={"ke-hoach"}, issuer_key=None)),
        ("kết luận 35", NumberQuery(digits="35", kinds={"ket-luan"}, issuer_key=None)),
        ("hướng dẫn 07 BTG TU", NumberQuery(digits="7", kinds={"huong-dan"}, issuer_key="BTGTU")),
        ("thông báo 20", NumberQuery(digits="20", kinds={"thong-bao"}, issuer_key=None)),
        ("công văn số 321", NumberQuery(digits="321", kinds={"cong-van"}, issuer_key=None)),
        ("văn bản số 23", NumberQuery(digits="23", kinds=set(), issuer_key=None)),
        ("số hiệu 23-CT/TU", CT_23_TU),
        ("23-CT/TU của", CT_23_TU),
        ("23", NumberQuery(digits="23", kinds=set(), issuer_key=None)),
        ("0023", NumberQuery(digits="23", kinds=set(), issuer_key=None)),
        ("0", NumberQuery(digits="0", kinds=set(), issuer_key=None)),
        ("23 TU", NumberQuery(digits="23", kinds=set(), issuer_key="TU")),
        ("3-NQ/ĐU", NumberQuery(digits="3", kinds={"nghi-quyet"}, issuer_key="DU")),
        # QĐ names two kinds; the word or QĐi narrows it.
        ("1234/QĐ-UBND", NumberQuery(digits="1234", kinds={"quy-dinh", "quyet-dinh"}, issuer_key="UBND")),
        ("qd 1234", NumberQuery(digits="1234", kinds={"quy-dinh", "quyet-dinh"}, issuer_key=None)),
        ("quyết định 1234", NumberQuery(digits="1234", kinds={"quyet-dinh"}, issuer_key=None)),
        ("quy định 08", NumberQuery(digits="8", kinds={"quy-dinh"}, issuer_key=None)),
        ("Quyết định số 1234/QĐ-UBND", NumberQuery(digits="1234", kinds={"quyet-dinh"}, issuer_key="UBND")),
        ("08-QĐi/TW", NumberQuery(digits="8", kinds={"quy-dinh"}, issuer_key="TW")),
        ("08 qdi tw", NumberQuery(digits="8", kinds={"quy-dinh"}, issuer_key="TW")),
        # A word that contradicts the code: the code is part of the number and wins.
        ("nghị quyết 23-CT/TU", CT_23_TU),
        # The year beside the number is not the number.
        ("05/2023/QĐ-UBND", NumberQuery(digits="5", kinds={"quy-dinh", "quyet-dinh"}, issuer_key="UBND")),
        ("2023 kế hoạch 05", NumberQuery(digits="5", kinds={"ke-hoach"}, issuer_key=None)),
        ("2023", NumberQuery(digits="2023", kinds=set(), issuer_key=None)),
        ("2000/QĐ-UBND", NumberQuery(digits="2000", kinds={"quy-dinh", "quyet-dinh"}, issuer_key="UBND")),
    ],
)
def test_query_variants(text, expected):
    assert parse_query(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        None,
        "chỉ thị",
        "CT/TU",
        "nông thôn mới 2025",
        "chuyển đổi số 2024",
        "thien tai 2023",
        "nghị quyết 12 trung ương",
        "23 24",
        "23 24 CT",
        "năm 2023 số 5 và 6",
        "xin chao",
        "chỉ thị 23 về phòng chống thiên tai",
        "12345678",
        "23 ΑΒΓ",
        "nghị quyết " * 100,
    ],
)
def test_non_number_queries_give_none(text):
    assert parse_query(text) is None


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_queries_never_raise(text):
    result = parse_query(text)
    assert result is None or isinstance(result, NumberQuery)
    assert number_q(text) is None or isinstance(number_q(text), Q)


@pytest.mark.parametrize("text", ["<script>alert(1)</script>", "'; DROP TABLE directives;--", "x" * 10_000])
def test_named_hostile_queries_are_not_numbers(text):
    assert parse_query(text) is None
    assert number_q(text) is None


# ---------------------------------------------------------------- number_q


def test_number_q_with_kind_and_issuer():
    q = number_q("23-CT/TU")
    assert q == Q(kind__in=["chi-thi"], number_digits="23", number_issuer_code="TU")
    assert q.connector == Q.AND and not q.negated
    assert sorted(q.children) == [("kind__in", ["chi-thi"]), ("number_digits", "23"), ("number_issuer_code", "TU")]


def test_number_q_lists_shared_code_kinds_in_a_stable_order():
    q = number_q("1234/QĐ-UBND")
    assert dict(q.children) == {
        "kind__in": ["quy-dinh", "quyet-dinh"],
        "number_digits": "1234",
        "number_issuer_code": "UBND",
    }


def test_number_q_with_digits_only():
    assert number_q("0023") == Q(number_digits="23")


def test_number_q_with_kind_word_only():
    assert dict(number_q("chỉ thị 23").children) == {"kind__in": ["chi-thi"], "number_digits": "23"}


def test_number_q_with_prefix():
    q = number_q("ct 23 tu", prefix="directive__")
    assert dict(q.children) == {
        "directive__kind__in": ["chi-thi"],
        "directive__number_digits": "23",
        "directive__number_issuer_code": "TU",
    }


@pytest.mark.parametrize("text", ["", "xin chao", "nông thôn mới 2025"])
def test_number_q_none_for_non_numbers(text):
    assert number_q(text) is None
