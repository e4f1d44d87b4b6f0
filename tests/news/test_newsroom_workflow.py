"""Roles and the review workflow, driven through the Wagtail admin as people use it."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from cms.core.newsroom import EDITOR_IN_CHIEF, EDITORS, JOURNALISTS, WORKFLOW_NAME, column_group_names
from cms.news.models import ArticlePage
from tests.factories import make_article, make_column, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def newsroom(outlet, author):
    politics = make_column(outlet, "Thời sự")
    economy = make_column(outlet, "Kinh tế")
    journalists_politics, editors_politics = column_group_names(politics)
    return {
        "home": outlet,
        "politics": politics,
        "economy": economy,
        "author": author,
        "journalist": make_user("phongvien", JOURNALISTS, journalists_politics),
        "editor": make_user("bientap", EDITORS, editors_politics),
        "chief": make_user("tongbientap", EDITOR_IN_CHIEF),
    }


def article_form(author, title="Bài viết mới của phóng viên", action=None, **extra):
    data = nested_form_data(
        {
            "title": title,
            "slug": "",
            "lead": "Sapo bài viết mới, viết trong trang quản trị.",
            "hero_caption": "",
            "hero_credit": "",
            "body": streamfield([]),
            "article_authors": inline_formset([{"author": str(author.pk)}]),
            "attachments": inline_formset([]),
            "related_links": inline_formset([]),
            "cited_directives": inline_formset([]),
            "comments": inline_formset([]),
            "source": "",
            "tags": "",
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "comment_rule": "pre",
            "expire_at": "",
        }
    )
    if action:
        data[action] = "1"
    data.update(extra)
    return data


def test_no_shared_role_groups_or_starter_groups(db):
    """Role groups are per outlet (cms/core/newsroom.py): the shared ones of the first
    design, and Wagtail's starter groups, are gone after the migrations."""
    names = set(Group.objects.values_list("name", flat=True))
    assert not {"Phóng viên", "Biên tập viên", "Tổng biên tập", "Kiểm duyệt viên", "Editors", "Moderators"} & names


def test_outlet_tree_gets_its_own_review_workflow(newsroom):
    workflow = newsroom["politics"].get_workflow()
    home = newsroom["politics"].get_parent()
    assert workflow is not None and workflow.name == f"{WORKFLOW_NAME} ({home.slug})"
    assert [task.name for task in workflow.tasks] == ["Biên tập", "Tổng biên tập duyệt"]
    groups = [{group.name for group in task.specific.groups.all()} for task in workflow.tasks]
    assert groups == [{f"Biên tập viên ({home.slug})"}, {f"Tổng biên tập ({home.slug})"}]


def test_journalist_cannot_publish(client, newsroom):
    journalist = newsroom["journalist"]
    client.force_login(journalist)
    add_url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", newsroom["politics"].pk))
    response = client.post(add_url, article_form(newsroom["author"], action="action-publish"))
    assert response.status_code in (302, 403)
    article = ArticlePage.objects.get(title="Bài viết mới của phóng viên")
    assert not article.live
    assert not article.permissions_for_user(journalist).can_publish()


def test_journalist_writes_and_submits_for_review(client, newsroom):
    client.force_login(newsroom["journalist"])
    add_url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", newsroom["politics"].pk))
    response = client.post(add_url, article_form(newsroom["author"], action="action-submit"))
    assert response.status_code == 302
    article = ArticlePage.objects.get(title="Bài viết mới của phóng viên")
    assert article.slug == "bai-viet-moi-cua-phong-vien"  # transliterated, đ and tones folded
    state = WorkflowState.objects.get(object_id=str(article.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Biên tập"
    assert not article.live


def test_journalist_of_one_column_cannot_edit_another(client, newsroom, author):
    other = make_article(newsroom["economy"], title="Bài chuyên mục Kinh tế", authors=[author])
    own = make_article(newsroom["politics"], title="Bài chuyên mục Thời sự", authors=[author])
    journalist = newsroom["journalist"]
    client.force_login(journalist)
    assert client.get(reverse("wagtailadmin_pages:edit", args=(own.pk,))).status_code == 200
    response = client.get(reverse("wagtailadmin_pages:edit", args=(other.pk,)))
    assert response.status_code in (302, 403)
    add_other = reverse("wagtailadmin_pages:add", args=("news", "articlepage", newsroom["economy"].pk))
    assert client.post(add_other, article_form(author, title="Lấn sân")).status_code in (302, 403)
    assert not ArticlePage.objects.filter(title="Lấn sân").exists()
    assert not other.permissions_for_user(journalist).can_edit()


def test_editor_can_publish_in_their_column(client, newsroom):
    client.force_login(newsroom["editor"])
    add_url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", newsroom["politics"].pk))
    response = client.post(
        add_url, article_form(newsroom["author"], title="Biên tập viên đăng bài", action="action-publish")
    )
    assert response.status_code == 302
    article = ArticlePage.objects.get(title="Biên tập viên đăng bài")
    assert article.live
    assert client.get(article.url).status_code == 200


def test_editor_cannot_publish_in_another_column(newsroom, author):
    other = make_article(newsroom["economy"], title="Bài Kinh tế", authors=[author], publish=False)
    assert not other.permissions_for_user(newsroom["editor"]).can_publish()


def test_editor_can_unpublish_in_their_column(client, newsroom, author):
    article = make_article(newsroom["politics"], title="Bài sẽ gỡ", authors=[author])
    client.force_login(newsroom["editor"])
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=(article.pk,)))
    assert response.status_code == 302
    article.refresh_from_db()
    assert not article.live


def test_two_step_review_publishes_after_editor_in_chief_approves(client, newsroom):
    client.force_login(newsroom["journalist"])
    add_url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", newsroom["politics"].pk))
    client.post(add_url, article_form(newsroom["author"], title="Bài qua hai bước duyệt", action="action-submit"))
    article = ArticlePage.objects.get(title="Bài qua hai bước duyệt")

    for reviewer in ("editor", "chief"):
        state = WorkflowState.objects.get(object_id=str(article.pk), status="in_progress")
        client.force_login(newsroom[reviewer])
        url = reverse("wagtailadmin_pages:workflow_action", args=(article.pk, "approve", state.current_task_state.pk))
        response = client.post(url, {"comment": "Đồng ý"})
        assert response.status_code in (200, 302)
        article.refresh_from_db()
        assert article.live == (reviewer == "chief")

    assert WorkflowState.objects.get(object_id=str(article.pk)).status == "approved"


def test_journalist_cannot_approve_a_review_task(client, newsroom):
    client.force_login(newsroom["journalist"])
    add_url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", newsroom["politics"].pk))
    client.post(add_url, article_form(newsroom["author"], title="Tự duyệt bài mình", action="action-submit"))
    article = ArticlePage.objects.get(title="Tự duyệt bài mình")
    state = WorkflowState.objects.get(object_id=str(article.pk))
    url = reverse("wagtailadmin_pages:workflow_action", args=(article.pk, "approve", state.current_task_state.pk))
    client.post(url, {"comment": ""})
    state.refresh_from_db()
    assert state.current_task_state.task.name == "Biên tập"
    article.refresh_from_db()
    assert not article.live


def test_scheduled_page_goes_live_when_its_time_comes(newsroom, author):
    article = make_article(newsroom["politics"], title="Bài lên lịch", authors=[author], publish=False)
    article.go_live_at = timezone.now() + timedelta(minutes=10)
    revision = article.save_revision(approved_go_live_at=article.go_live_at)
    article.refresh_from_db()
    call_command("publish_scheduled", verbosity=0)
    assert not ArticlePage.objects.get(pk=article.pk).live
    # Time passes: move the schedule into the past rather than sleeping.
    past = timezone.now() - timedelta(seconds=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    call_command("publish_scheduled", verbosity=0)
    assert ArticlePage.objects.get(pk=article.pk).live


def test_editor_schedules_through_the_admin(client, newsroom):
    client.force_login(newsroom["editor"])
    add_url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", newsroom["politics"].pk))
    go_live = timezone.localtime(timezone.now() + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M")
    response = client.post(
        add_url, article_form(newsroom["author"], title="Bài hẹn giờ", action="action-publish", go_live_at=go_live)
    )
    assert response.status_code == 302
    article = ArticlePage.objects.get(title="Bài hẹn giờ")
    assert not article.live
    assert article.get_latest_revision().approved_go_live_at is not None


def test_column_groups_are_created_for_top_level_columns_only(newsroom):
    make_column(newsroom["politics"], "Tiểu mục")
    names = set(Group.objects.values_list("name", flat=True))
    assert "Phóng viên · Thời sự (thu-nghiem)" in names and "Biên tập viên · Kinh tế (thu-nghiem)" in names
    assert not any("Tiểu mục" in name for name in names)


def test_same_column_title_in_two_outlets_gets_separate_groups(newsroom):
    from tests.factories import make_outlet

    district = make_outlet("Báo phường", slug="phuong", hostname="phuong.localhost", default=False)
    district_politics = make_column(district, "Thời sự")
    assert column_group_names(district_politics) != column_group_names(newsroom["politics"])
    journalist = newsroom["journalist"]
    assert not district_politics.permissions_for_user(journalist).can_add_subpage()


def test_admin_is_in_vietnamese(client, newsroom):
    client.force_login(newsroom["editor"])
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'lang="vi"' in html
    assert Page.objects.filter(depth=2).count() == 1


def test_add_screen_does_not_autosave(client, newsroom):
    """Autosave on the add screen creates the page and raced with "submit for review"."""
    client.force_login(newsroom["journalist"])
    response = client.get(reverse("wagtailadmin_pages:add", args=("news", "articlepage", newsroom["politics"].pk)))
    assert response.status_code == 200
    assert response.context["autosave_enabled"] is False
