"""Outlets are separate newsrooms: one outlet's staff cannot read, change, review or
export anything of another outlet's through the admin.

The matrix is generated from the admin's URL patterns: every admin route with an
object in its path is filled with the city outlet's objects (a draft in review, a
forum, the library, a pending comment, a nomination, the Site's settings) and asked
for, with GET and POST, by each role of the ward outlet. Nothing of the city may
come back (its draft's title, a reader's e-mail, a pending opinion, a download), and
nothing of the city may change. A route whose parameters the test cannot fill makes
it fail, unless its objects are shared by every outlet by design (SHARED below).
"""

import json
import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.models import Page, Revision, Site, TaskState, WorkflowState

from cms.comments.grouping import regroup_forum
from cms.comments.models import Comment, OpinionGroup
from cms.core.models import OutletSettings
from cms.core.newsroom import (
    CHIEF,
    EDITOR,
    JOURNALIST,
    MODERATOR,
    TASK_EDITORS,
    column_group_names,
    outlet_groups,
)
from cms.exemplars.models import Nomination
from tests.factories import (
    TEST_PASSWORD,
    make_article,
    make_column,
    make_directive,
    make_forum,
    make_issuer,
    make_library,
    make_locality,
    make_outlet,
    make_registry,
)

pytestmark = pytest.mark.django_db

DRAFT_TITLE = "Bản nháp mật của Thành ủy về nhân sự đại hội"
NOMINATOR_EMAIL = "nguoi-de-cu-bi-mat@thanhuy.example"
PENDING_OPINION = "Ý kiến chờ duyệt của người dân phường An Hòa về hồ sơ đất đai"

# Objects every outlet shares by design (one media library, one set of authors,
# issuers, localities, sectors and word lists), or that only superusers reach
# (collections, workflows, sites, users, groups, redirects, form submissions).
# Their routes are still requested without parameters (listings) below.
SHARED = (
    "wagtailimages",
    "wagtaildocs",
    "core_images",
    "core_documents",
    "wagtailsnippets_",
    "wagtailsnippetchoosers_",
    "wagtailadmin_api:documents",
    "wagtailadmin_api:images",
    "wagtailadmin_collections",
    "wagtailadmin_workflows",
    "wagtailsites",
    "wagtailusers_",
    "wagtailredirects",
    "wagtailforms",
    "wagtailadmin_editing_sessions",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_tag_model_autocomplete",
    # TrashEntry routes: the trash's own tests (tests/trash/) check one outlet's
    # chief cannot restore or purge another's entries.
    "trash_",
)
# Wagtail's own "does error reporting work" page: a deliberate 500 for any admin user.
NOT_REQUESTED = ("wagtailadmin_error_test",)


def admin_routes():
    """(url name, route) of every admin URL pattern, parameters left in."""

    def walk(resolver, prefix="", namespace=""):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                yield from walk(pattern, prefix + str(pattern.pattern), inner)
            elif isinstance(pattern, URLPattern):
                yield f"{namespace}{pattern.name or ''}", prefix + str(pattern.pattern)

    return [(name, route) for name, route in walk(get_resolver()) if route.startswith("admin/")]


PARAM = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>[^)]*\)")


def params_of(route):
    return [a or b for a, b in PARAM.findall(route)]


def fill(route, values):
    def replace(match):
        return str(values[match.group(1) or match.group(2)])

    path = PARAM.sub(replace, route)
    return "/" + path.replace("^", "").replace("$", "").replace("\\.", ".")


@pytest.fixture
def two_outlets(clean_tree):
    city = make_outlet(title="Cổng thông tin Thành ủy", slug="thanh-uy", hostname="localhost")
    ward = make_outlet(title="Báo phường Ninh Kiều", slug="ninh-kieu", hostname="ninhkieu.localhost", default=False)
    data = {"city": city, "ward": ward, "users": {}}
    for key, home, column_title in (("city", city, "Thời sự"), ("ward", ward, "Tin phường")):
        column = make_column(home, column_title)
        groups = outlet_groups(home)
        journalists, editors = column_group_names(column)
        for role, extra in ((JOURNALIST, journalists), (EDITOR, editors), (CHIEF, None), (MODERATOR, None)):
            user = User.objects.create_user(f"{role}-{key}", password=TEST_PASSWORD, email=f"{role}-{key}@x.example")
            user.groups.add(groups[role])
            if extra:
                user.groups.add(*type(groups[role]).objects.filter(name=extra))
            data["users"][(key, role)] = user
        data[f"{key}_column"] = column

    # The city's secrets: a draft in review, a pending opinion, a nomination.
    journalist = data["users"][("city", JOURNALIST)]
    draft = make_article(data["city_column"], title=DRAFT_TITLE, publish=False)
    draft.save_revision(user=journalist)
    draft.get_workflow().start(draft, journalist)
    library = make_library(city)
    directive = make_directive(library, "23-CT/TU", "chi-thi", make_issuer())
    forum = make_forum(city)
    comment = Comment.objects.create(
        page=forum,
        author_name="Trần Văn Dân",
        author_email="dan@example.invalid",
        body=PENDING_OPINION,
        status="pending",
    )
    # Issue 15: a copy of it, so the forum has a group of near-identical opinions.
    Comment.objects.create(page=forum, author_name="Bản sao", body=PENDING_OPINION, status="pending")
    regroup_forum(forum)
    group = OpinionGroup.objects.get(page=forum)
    registry = make_registry(city)
    nomination = Nomination.objects.create(
        registry=registry,
        name="Tổ dân phố 5 tự quản",
        kind="tap-the",
        locality=make_locality(),
        reason="Giữ gìn vệ sinh khu phố suốt năm năm liền, được người dân ghi nhận.",
        contact_name="Người đề cử",
        contact_email=NOMINATOR_EMAIL,
    )
    data.update(draft=draft, library=library, directive=directive, forum=forum, comment=comment, group=group)
    data.update(nomination=nomination, registry=registry)
    return data


def city_fingerprint(data):
    """Everything of the city that another outlet must not be able to change."""
    city = data["city"]
    pages = list(
        Page.objects.descendant_of(city, inclusive=True)
        .order_by("path")
        .values_list("pk", "path", "title", "slug", "live", "has_unpublished_changes", "locked", "latest_revision_id")
    )
    page_ids = [str(row[0]) for row in pages]
    return {
        "pages": pages,
        "revisions": Revision.objects.filter(object_id__in=page_ids).count(),
        "workflows": list(WorkflowState.objects.order_by("pk").values_list("pk", "status", "current_task_state_id")),
        "tasks": list(TaskState.objects.order_by("pk").values_list("pk", "status")),
        "comments": list(Comment.objects.order_by("pk").values_list("pk", "status", "body")),
        "nominations": list(
            Nomination.objects.order_by("pk").values_list("pk", "status", "exemplar_id", "editor_note")
        ),
        "settings": list(OutletSettings.objects.order_by("pk").values_list("pk", "name", "theme")),
        "deleted": Page.objects.filter(pk__in=[row[0] for row in pages]).count(),
    }


def route_values(name, data):
    """Parameter values pointing at the city's objects, for routes of `name`; None when
    the route's objects are not the city's pages, comments, nominations or settings."""
    draft = data["draft"]
    state = draft.current_workflow_state
    task_state = state.current_task_state
    revision = draft.latest_revision_id
    site = Site.objects.get(root_page=data["city"])
    pages = {
        "page_id": draft.pk,
        "parent_page_id": data["library"].pk,
        "page_to_move_id": data["directive"].pk,
        "destination_id": data["ward_column"].pk,
        "page_pk": draft.pk,
        "pk": draft.pk,
        "revision_id": revision,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "workflow_state_id": state.pk,
        "task_state_id": task_state.pk,
        "task_id": task_state.task_id,
        "action_name": "approve",
        "content_type_app_name": "news",
        "content_type_model_name": "articlepage",
        "app_label": "news",
        "model_name": "articlepage",
        "action": "publish",
    }
    if name.startswith(("wagtailadmin_pages:", "wagtailadmin_explore", "wagtailadmin_choose_page")):
        return [
            pages,
            {**pages, "page_id": data["forum"].pk, "parent_page_id": data["city"].pk},
            {**pages, "parent_page_id": data["city_column"].pk},  # the explorer listing the draft
        ]
    if name.startswith("wagtailadmin_api:pages"):
        return [{"pk": draft.pk, "action_name": "publish"}]
    if name == "wagtail_bulk_action":
        return [
            {"app_label": "wagtailcore", "model_name": "page", "action": action} for action in ("publish", "delete")
        ]
    if name.startswith("comments_former_"):  # redirects to the moved models' admin addresses
        return [{"rest": ""}, {"rest": f"{data['comment'].pk}/"}]
    if name.startswith("comments_moderation"):
        return [{"pk": data["comment"].pk}]
    if name == "comments_page_groups":
        return [{"page_id": data["forum"].pk}]
    if name == "comments_group_action":
        return [{"pk": data["group"].pk}]
    if name.startswith("forums_export"):
        return [{"page_id": data["forum"].pk}]
    if name.startswith(("nominations:", "exemplars_")):
        return [{"pk": data["nomination"].pk, "name": data["nomination"].photo.name or "anh-de-cu.jpg"}]
    if name.startswith("wagtailsettings:"):
        return [
            {"app_name": app, "model_name": model, "pk": site.pk}
            for app, model in (("core", "outletsettings"), ("comments", "commentsettings"))
        ]
    return None


def leaks(response):
    """What of the city's a response shows: None when nothing."""
    if response.status_code >= 500:
        return f"HTTP {response.status_code}"
    if response.status_code != 200:
        return None
    content_type = response.get("Content-Type", "")
    if "attachment" in response.get("Content-Disposition", "") or content_type.startswith(
        ("application/vnd", "application/octet-stream", "application/zip", "text/csv")
    ):
        return f"a download ({content_type})"
    body = b"".join(response) if response.streaming else response.content
    text = body.decode("utf-8", "replace")
    if content_type.startswith("application/json"):
        # Wagtail's modal answers escape non-ASCII letters: compare the decoded text.
        try:
            text = json.dumps(json.loads(text), ensure_ascii=False)
        except ValueError:
            pass
    for secret in (DRAFT_TITLE, NOMINATOR_EMAIL, PENDING_OPINION):
        if secret in text:
            return f"shows “{secret[:30]}…”"
    return None


POST_DATA = {
    "action-publish": "1",
    "action-submit": "1",
    "comment": "Đồng ý",
    "reason": "Thử",
    "status": "approved",
    "editor_note": "Ghi chú của outlet khác",
    "name": "Đổi tên",
    "theme": "phuong",
    "id": "",
}


def attack(client, data, user):
    """Every admin route, filled with the city's objects, by `user`: the list of what went wrong."""
    client.force_login(user)
    problems, unfilled = [], []
    for name, route in admin_routes():
        if name in NOT_REQUESTED:
            continue
        params = params_of(route)
        if not params:
            urls = [fill(route, {})]
        elif name.startswith(SHARED):
            continue
        else:
            values = route_values(name, data)
            if values is None or any(p not in v for v in values for p in params):
                unfilled.append(f"{name} {route}")
                continue
            urls = [fill(route, v) for v in values]
        for url in urls:
            query = {"id": [data["draft"].pk, data["directive"].pk], "q": DRAFT_TITLE[:12]}
            for method in ("get", "post"):
                if method == "post" and not params:
                    continue  # listings and forms without an object: GET shows what they list
                payload = query if method == "get" else POST_DATA
                response = getattr(client, method)(url, payload)
                problem = leaks(response)
                if problem:
                    problems.append(f"{method.upper()} {url} ({name}): {problem}")
    return problems, unfilled


@pytest.mark.parametrize("role", [JOURNALIST, EDITOR, CHIEF, MODERATOR])
def test_another_outlets_staff_can_neither_see_nor_change_anything_of_the_city(two_outlets, role):
    data = two_outlets
    before = city_fingerprint(data)
    problems, unfilled = attack(Client(), data, data["users"][("ward", role)])
    assert unfilled == [], "admin routes this test cannot fill: add them to route_values() or SHARED"
    assert problems == [], "\n".join(problems)
    assert city_fingerprint(data) == before


def test_the_matrix_reaches_the_citys_objects_for_the_citys_own_staff(two_outlets, client):
    """The same routes do reach the secrets for the city's own staff: the matrix is not
    blind (if its URLs were wrong, the test above would pass for nothing)."""
    data = two_outlets
    client.force_login(data["users"][("city", EDITOR)])
    assert DRAFT_TITLE in client.get(f"/admin/pages/{data['draft'].pk}/edit/").content.decode()
    assert client.get(f"/admin/pages/{data['draft'].pk}/view_draft/").status_code == 200
    assert NOMINATOR_EMAIL in client.get(f"/admin/nominations/inspect/{data['nomination'].pk}/").content.decode()
    assert client.get(f"/admin/dien-dan/{data['forum'].pk}/y-kien.xlsx").status_code == 200
    assert PENDING_OPINION in client.get("/admin/kiem-duyet/?status=pending").content.decode()
    assert DRAFT_TITLE in client.get(f"/admin/pages/{data['city_column'].pk}/").content.decode()
    assert DRAFT_TITLE in client.get("/admin/pages/search/", {"q": DRAFT_TITLE[:12]}).content.decode()
    client.force_login(data["users"][("city", MODERATOR)])
    assert PENDING_OPINION in client.get("/admin/kiem-duyet/?status=pending").content.decode()
    client.force_login(data["users"][("city", CHIEF)])
    site = Site.objects.get(root_page=data["city"])
    assert client.get(f"/admin/settings/core/outletsettings/{site.pk}/").status_code == 200


def test_the_ward_editor_cannot_approve_the_citys_review_step(two_outlets, client):
    data = two_outlets
    draft = data["draft"]
    task_state = draft.current_workflow_state.current_task_state
    assert task_state.task.name == TASK_EDITORS
    client.force_login(data["users"][("ward", EDITOR)])
    client.post(f"/admin/pages/workflow/action/{draft.pk}/approve/{task_state.pk}/", {"comment": "Duyệt hộ"})
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    # ... which the city's editor can.
    client.force_login(data["users"][("city", EDITOR)])
    client.post(f"/admin/pages/workflow/action/{draft.pk}/approve/{task_state.pk}/", {"comment": "Đã biên tập"})
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_APPROVED


def test_each_outlet_has_its_own_workflow_and_groups(two_outlets):
    city, ward = two_outlets["city"], two_outlets["ward"]
    assert city.get_workflow() != ward.get_workflow()
    city_groups = outlet_groups(city)
    assert {g.name for g in city_groups.values()} == {
        "Phóng viên (thanh-uy)",
        "Biên tập viên (thanh-uy)",
        "Tổng biên tập (thanh-uy)",
        "Kiểm duyệt viên (thanh-uy)",
    }
    for task in ward.get_workflow().tasks.specific():
        assert not set(task.groups.all()) & set(city_groups.values())


def test_the_page_chooser_lists_only_the_users_outlets(two_outlets, client):
    data = two_outlets
    client.force_login(data["users"][("ward", EDITOR)])
    root = Page.objects.get(depth=1)
    browse = client.get(f"/admin/choose-page/{root.pk}/").json()["html"]
    assert "Báo phường Ninh Kiều" in browse and "Cổng thông tin Thành ủy" not in browse
    search = client.get("/admin/choose-page/search/", {"q": "Bản nháp"}).content.decode()
    assert DRAFT_TITLE not in search
    client.force_login(data["users"][("city", EDITOR)])
    assert DRAFT_TITLE in client.get("/admin/choose-page/search/", {"q": "Bản nháp"}).content.decode()


@pytest.mark.parametrize("role", [JOURNALIST, EDITOR, CHIEF])
def test_a_valid_edit_of_a_city_directive_by_the_ward_changes_nothing(two_outlets, client, role):
    """The finding: a ward editor published a change to a city directive (action-publish,
    live at once) and a ward journalist saved a revision on a city page."""
    from tests.directives.test_permissions import directive_form

    data = two_outlets
    directive = data["directive"]
    revisions = directive.revisions.count()
    form = directive_form(directive.issuer, "action-publish", number="23-CT/TU", title="Chỉ thị đã bị sửa")
    client.force_login(data["users"][("ward", role)])
    response = client.post(f"/admin/pages/{directive.pk}/edit/", form)
    assert response.status_code in (302, 403)
    directive.refresh_from_db()
    assert directive.title != "Chỉ thị đã bị sửa" and directive.revisions.count() == revisions
    # The same form from the city's editor does publish: the form is valid.
    client.force_login(data["users"][("city", EDITOR)])
    client.post(f"/admin/pages/{directive.pk}/edit/", form)
    directive.refresh_from_db()
    assert directive.title == "Chỉ thị đã bị sửa" and directive.live
