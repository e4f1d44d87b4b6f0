"""Vietnamese date lines, numbers and file sizes (cms/core/templatetags/vn_format.py)."""

from datetime import UTC, datetime

from django.template import Context, Template

from cms.core.templatetags.vn_format import filesize_vn, vn_dateline, vn_number


def test_dateline_names_every_weekday():
    # 02:00 UTC is 09:00 in Hồ Chí Minh City, the same calendar day; 15/05/2023 was a Monday.
    weekdays = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
    lines = [vn_dateline(datetime(2023, 5, day, 2, 0, tzinfo=UTC)) for day in range(15, 22)]
    assert lines == [f"{weekday} - {day}/05/2023 09:00" for day, weekday in zip(range(15, 22), weekdays, strict=True)]


def test_dateline_converts_utc_to_ho_chi_minh_time_across_midnight_and_year_end():
    assert vn_dateline(datetime(2023, 5, 14, 20, 15, tzinfo=UTC)) == "Thứ hai - 15/05/2023 03:15"
    assert vn_dateline(datetime(2023, 12, 31, 17, 0, tzinfo=UTC)) == "Thứ hai - 01/01/2024 00:00"
    assert vn_dateline(datetime(2023, 12, 31, 16, 59, tzinfo=UTC)) == "Chủ nhật - 31/12/2023 23:59"


def test_dateline_of_nothing_is_empty_and_filter_is_a_builtin():
    assert vn_dateline(None) == ""
    html = Template("[{{ missing|vn_dateline }}] {{ when|vn_dateline }}").render(
        Context({"when": datetime(2023, 5, 14, 20, 15, tzinfo=UTC)})
    )
    assert html == "[] Thứ hai - 15/05/2023 03:15"


def test_vn_number_uses_dots_between_thousands():
    assert vn_number(1234567) == "1.234.567"
    assert vn_number(297) == "297"
    assert vn_number(1000) == "1.000"
    assert vn_number("2500000") == "2.500.000"
    assert vn_number(-45000) == "-45.000"
    # What is not a number is left alone.
    assert vn_number("không rõ") == "không rõ"
    assert vn_number(None) is None


def test_filesize_vn_uses_units_and_a_decimal_comma():
    assert filesize_vn(0) == "0 B"
    assert filesize_vn(1023) == "1023 B"
    assert filesize_vn(1024) == "1,0 KB"
    assert filesize_vn(1536) == "1,5 KB"
    assert filesize_vn(5 * 1024 * 1024) == "5,0 MB"
    assert filesize_vn(3 * 1024**3) == "3,0 GB"
    assert filesize_vn(2048 * 1024**3) == "2048,0 GB"  # GB is the largest unit
    assert filesize_vn("2048") == "2,0 KB"
    assert filesize_vn(None) == ""
    assert filesize_vn("?") == ""
