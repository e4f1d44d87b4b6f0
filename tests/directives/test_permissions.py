"""Journalists may draft directives; only editors publish them."""

from datetime import date

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from cms.core.newsroom import EDITOR_IN_CHIEF, EDITORS, JOURNALISTS
from cms.directives.models import DirectivePage
from tests.factories import make_issuer, make_library, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(outlet):
    return make_library(outlet)


def directive_form(issuer, action=None, **changes):
    data = nested_form_data(
        {
            "title": "Chỉ thị số 41-CT/TU về phòng, chống ngập",
            "slug": "",
            "number": "41-CT/TU",
            "kind": "chi-thi",
            "issuer": str(issuer.pk),
            "signer": "Nguyễn Văn Hiếu",
            "signer_position": "Bí thư Thành ủy",
            "issued_on": "2025-09-01",
            "effective_from": "",
            "effective_until": "",
            "status_override": "",
            "summary": "về tăng cường phòng, chống ngập úng đô thị mùa mưa",
            "full_text": rich_text(""),
            "files": inline_formset([]),
            "relations": inline_formset([]),
            "milestones": inline_formset([]),
            "tasks": inline_formset([]),
            "tags": "",
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "comment_rule": "pre",
            "expire_at": "",
            "comments": inline_formset([]),
        }
    )
    data.update(changes)
    if action:
        data[action] = "1"
    return data


def add_url(library):
    return reverse("wagtailadmin_pages:add", args=["directives", "directivepage", library.pk])


def test_journalist_drafts_and_submits_but_cannot_publish(client, library):
    issuer = make_issuer()
    client.force_login(make_user("phongvien", JOURNALISTS))
    response = client.post(add_url(library), directive_form(issuer, "action-publish"))
    assert response.status_code == 302
    page = DirectivePage.objects.get(number="41-CT/TU")
    assert not page.live
    assert page.issued_on == date(2025, 9, 1) and page.effective_from == date(2025, 9, 1)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert 'name="action-publish"' not in edit
    assert 'name="action-submit"' in edit


def test_form_errors_are_shown_in_vietnamese(client, library):
    issuer = make_issuer()
    client.force_login(make_user("phongvien", JOURNALISTS))
    response = client.post(add_url(library), directive_form(issuer, number="41-NQ/TU", effective_from="2025-08-01"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "không khớp với loại văn bản" in html
    assert "Ngày có hiệu lực không được trước ngày ban hành." in html
    assert not DirectivePage.objects.exists()


@pytest.mark.parametrize("group", [EDITORS, EDITOR_IN_CHIEF])
def test_editors_publish(client, library, group):
    issuer = make_issuer()
    client.force_login(make_user("bientap", group))
    response = client.post(add_url(library), directive_form(issuer, "action-publish"))
    assert response.status_code == 302
    assert DirectivePage.objects.get(number="41-CT/TU").live


def test_journalists_cannot_add_issuers(client, outlet):
    client.force_login(make_user("phongvien", JOURNALISTS))
    assert client.get(reverse("wagtailsnippets_directives_issuer:add")).status_code in (302, 403)
    client.force_login(make_user("bientap", EDITORS))
    assert client.get(reverse("wagtailsnippets_directives_issuer:add")).status_code == 200
