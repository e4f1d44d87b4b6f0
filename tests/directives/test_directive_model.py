"""Directive validation (numbers, dates, duplicates) and the derived status."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError

from cms.directives.models import DirectivePage, DirectiveRelation
from tests.factories import make_directive, make_issuer, make_library

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(outlet):
    return make_library(outlet)


@pytest.fixture
def btv(db):
    return make_issuer()


@pytest.fixture
def ubnd(db):
    return make_issuer(
        name="Ủy ban nhân dân thành phố Cần Thơ", short_name="UBND thành phố", code="UBND", level="ubnd-thanh-pho"
    )


def unsaved(issuer, **fields):
    values = {
        "title": "Văn bản thử",
        "number": "23-CT/TU",
        "kind": "chi-thi",
        "issuer": issuer,
        "issued_on": date(2023, 5, 15),
        "summary": "về một việc quan trọng",
        "slug": "van-ban-thu",
    }
    values.update(fields)
    return DirectivePage(**values)


def errors_of(page):
    with pytest.raises(ValidationError) as caught:
        page.clean()
    return caught.value.message_dict


@pytest.mark.parametrize(
    "number,kind",
    [("23-CT/TU", "chi-thi"), ("12-NQ/TW", "nghi-quyet"), ("08-QĐi/TW", "quy-dinh"), ("35 - KL / TU", "ket-luan")],
)
def test_well_formed_numbers_pass(btv, number, kind):
    issuer = (
        btv
        if not number.endswith("TW")
        else make_issuer("Ban Chấp hành Trung ương", "BCH Trung ương", "TW", "trung-uong")
    )
    unsaved(issuer, number=number, kind=kind).clean()


def test_state_style_number_with_its_issuer(ubnd):
    unsaved(ubnd, number="05/KH-UBND", kind="ke-hoach").clean()


@pytest.mark.parametrize("number", ["", "CT/TU", "hai mươi ba", "<script>alert(1)</script>", "23-XY/TU"])
def test_numbers_that_do_not_parse_get_a_vietnamese_error(btv, number):
    message = errors_of(unsaved(btv, number=number))["number"][0]
    assert "Số hiệu" in message or "Mã loại" in message


def test_kind_code_must_match_the_kind(btv):
    message = errors_of(unsaved(btv, number="23-CT/TU", kind="nghi-quyet"))["number"][0]
    assert "Chỉ thị" in message and "Nghị quyết" in message


def test_issuer_code_must_match_the_issuer(ubnd):
    message = errors_of(unsaved(ubnd, number="05/KH-TU", kind="ke-hoach"))["number"][0]
    assert "không khớp với cơ quan ban hành" in message


def test_in_force_date_cannot_precede_issue_date(btv):
    errors = errors_of(unsaved(btv, effective_from=date(2023, 5, 1)))
    assert errors["effective_from"] == ["Ngày có hiệu lực không được trước ngày ban hành."]


def test_end_of_force_must_follow_start(btv):
    errors = errors_of(unsaved(btv, effective_until=date(2023, 5, 15)))
    assert "effective_until" in errors


def test_same_number_same_issuer_same_year_is_refused(library, btv):
    make_directive(library, issuer=btv)
    message = errors_of(unsaved(btv, number="23/CT-TU", issued_on=date(2023, 9, 1)))["number"][0]
    assert "đã được dùng" in message and "Chỉ thị số 23-CT/TU" in message


def test_same_number_in_another_year_is_allowed(library, btv):
    make_directive(library, issuer=btv)
    unsaved(btv, issued_on=date(2024, 1, 10)).clean()


def test_save_normalises_the_number_and_defaults_the_in_force_date(library, btv):
    page = make_directive(library, issuer=btv, number="23 - ct / tu")
    page.refresh_from_db()
    assert page.number == "23-CT/TU"
    assert (page.number_digits, page.number_kind_code, page.number_issuer_code) == ("23", "CT", "TU")
    assert page.effective_from == date(2023, 5, 15)


def test_status_is_derived_from_dates_and_replacement(library, btv):
    today = date.today()
    current = make_directive(library, issuer=btv, number="1-CT/TU", issued_on=today - timedelta(days=30))
    future = make_directive(
        library, issuer=btv, number="2-CT/TU", issued_on=today, effective_from=today + timedelta(days=10)
    )
    expired = make_directive(
        library,
        issuer=btv,
        number="3-CT/TU",
        issued_on=today - timedelta(days=400),
        effective_until=today - timedelta(days=1),
    )
    old = make_directive(library, issuer=btv, number="4-CT/TU", issued_on=today - timedelta(days=900))
    assert [p.status for p in (current, future, expired, old)] == [
        "con-hieu-luc",
        "chua-co-hieu-luc",
        "het-hieu-luc",
        "con-hieu-luc",
    ]
    replacement = make_directive(library, issuer=btv, number="5-CT/TU", issued_on=today - timedelta(days=5))
    replacement.relations.add(DirectiveRelation(kind="replaces", target=old))
    replacement.save_revision().publish()
    old.refresh_from_db()
    assert old.status == "bi-thay-the"
    assert old.status_label == "Bị thay thế"
    # The queryset filter agrees with the property, for every status.
    for status in ("con-hieu-luc", "chua-co-hieu-luc", "het-hieu-luc", "bi-thay-the"):
        expected = {p.pk for p in DirectivePage.objects.all() if p.status == status}
        assert set(DirectivePage.objects.with_status(status).values_list("pk", flat=True)) == expected, status


def test_manual_status_override_wins(library, btv):
    page = make_directive(library, issuer=btv, status_override="het-hieu-luc")
    assert page.status == "het-hieu-luc"
    assert DirectivePage.objects.with_status("het-hieu-luc").filter(pk=page.pk).exists()
    assert not DirectivePage.objects.with_status("con-hieu-luc").filter(pk=page.pk).exists()
