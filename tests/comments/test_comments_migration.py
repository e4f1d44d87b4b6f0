"""Issue 14: comments 0001 takes the comment engine's models over from the forums app
without moving a row. A database in the old layout (forums 0005: comments, reports,
settings, word lists, audit-log entries and the moderators' permissions under the
`forums` label) is migrated to the new one and every row is checked, then a moderator
moderates as before."""

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Permission, User
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import registry as log_registry
from wagtail.models import GroupSitePermission, Page, Site

from cms.comments.models import APPROVED, PENDING, Comment, CommentReport, CommentSettings, ModerationWord
from cms.core.newsroom import EDITOR_IN_CHIEF, MODERATORS
from tests.factories import make_article, make_column, make_forum, make_outlet, make_user

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def _content_types_cached_again():
    """Migrating clears the per-process content-type cache; the next test's serialized
    rollback saves rows whose signal receivers look content types up, and an empty cache
    would create them anew (other ids) before the serialized ones arrive. Filled again
    from the database before its flush."""
    yield
    ContentType.objects.clear_cache()
    ContentType.objects.get_for_models(*django_apps.get_models(include_auto_created=True), for_concrete_models=False)


OLD_LAYOUT = [("forums", "0005_comment_search_text")]
MOVED_LAYOUT = [("comments", "0001_initial"), ("forums", "0006_comment_engine_to_comments")]
MOVED = ["comment", "commentreport", "commentsettings", "moderationword"]
TABLES = ["forums_comment", "forums_commentreport", "forums_commentsettings", "forums_moderationword"]


def migrate(targets=None):
    """Migrate to `targets` (the newest state when None); the historical apps there."""
    executor = MigrationExecutor(connection)
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    executor.loader.build_graph()
    ContentType.objects.clear_cache()
    return executor.loader.project_state(targets).apps


def rows(table):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table} ORDER BY id")  # noqa: S608 (fixed table names)
        return cursor.fetchall()


def snapshot():
    return {
        **{table: rows(table) for table in TABLES},
        "log": rows("wagtailcore_modellogentry"),
        "group_permissions": rows("auth_group_permissions"),
        "site_permissions": rows("wagtailcore_groupsitepermission"),
        "permissions": rows("auth_permission"),
    }


def test_an_old_database_migrates_without_losing_a_row_and_moderators_still_moderate(client):
    Site.objects.all().delete()  # Wagtail's starter site and page (as the clean_tree fixture)
    Page.objects.filter(depth__gt=1).delete()
    outlet = make_outlet()
    article = make_article(make_column(outlet, "Thời sự"), title="Bài có bình luận")
    forum = make_forum(outlet)
    moderator = make_user("kiemduyet", MODERATORS)
    chief = make_user("tongbientap", EDITOR_IN_CHIEF)
    new_type_ids = {model: ContentType.objects.get(app_label="comments", model=model).pk for model in MOVED}

    # Back to the old layout: the content types (and so every permission) are the forums app's again.
    old = migrate(OLD_LAYOUT)
    assert set(ContentType.objects.filter(pk__in=new_type_ids.values()).values_list("app_label", flat=True)) == {
        "forums"
    }
    # (Models added to the comments app later, e.g. issue 15's OpinionGroup and OpinionTally, keep their own types.)
    assert not ContentType.objects.filter(app_label="comments", model__in=MOVED).exists()
    assert User.objects.get(pk=moderator.pk).has_perm("forums.change_comment")

    # Rows written by the old code, through the forums app's historical models.
    OldComment, OldReport = old.get_model("forums", "Comment"), old.get_model("forums", "CommentReport")
    OldSettings, OldWord = old.get_model("forums", "CommentSettings"), old.get_model("forums", "ModerationWord")
    OldLogEntry = old.get_model("wagtailcore", "ModelLogEntry")
    old_comment_type = old.get_model("contenttypes", "ContentType").objects.get(app_label="forums", model="comment")
    now = timezone.now()
    published = OldComment.objects.create(
        page_id=article.pk, author_name="Lan", author_email="lan@example.vn", body="Bài viết hay.", status=APPROVED
    )
    reply = OldComment.objects.create(page_id=article.pk, parent=published, author_name="Minh", body="Đồng ý với chị.")
    opinion = OldComment.objects.create(
        page_id=forum.pk,
        section_id=forum.sections.first().pk,
        stance="dong-y",
        author_name="Hùng",
        body="Nên làm hạ tầng số trước.",
        locality="Ninh Kiều",
        search_text="hung\nnen lam ha tang so truoc.",
    )
    OldReport.objects.create(comment=published, reason="spam", reporter_key="a" * 64, note="Quảng cáo")
    OldSettings.objects.create(site_id=outlet.get_site().pk, comment_days=14, report_threshold=2)
    OldWord.objects.create(word="cờ bạc", folded="co bac", kind="banned")
    for comment, action in ((published, "forums.approve"), (opinion, "forums.offline_entry")):
        OldLogEntry.objects.create(
            content_type=old_comment_type,
            object_id=str(comment.pk),
            label=str(comment.pk),
            action=action,
            data={"reason": "Phù hợp"},
            timestamp=now,
            user_id=moderator.pk,
        )
    before = snapshot()
    assert all(before[table] for table in TABLES)

    # The move itself (issue 14); later migrations add columns, so rows are compared there.
    migrate(MOVED_LAYOUT)

    # Not a row added, lost or changed: the tables, the audit log, the permissions.
    assert snapshot() == before
    migrate()
    for model, type_id in new_type_ids.items():
        assert ContentType.objects.get(pk=type_id).app_label == "comments"
        assert (
            ContentType.objects.get_for_model(
                {"comment": Comment, "commentreport": CommentReport}.get(model)
                or {"commentsettings": CommentSettings, "moderationword": ModerationWord}[model]
            ).pk
            == type_id
        )
    assert not ContentType.objects.filter(app_label="forums", model__in=MOVED).exists()

    # The new code reads the old rows.
    assert [c.pk for c in Comment.objects.order_by("pk")] == [published.pk, reply.pk, opinion.pk]
    assert Comment.objects.get(pk=reply.pk).parent_id == published.pk
    assert Comment.objects.get(pk=opinion.pk).section.page_id == forum.pk
    assert CommentReport.objects.get().comment_id == published.pk
    assert CommentSettings.objects.get().comment_days == 14
    assert ModerationWord.objects.get().word == "cờ bạc"
    history = log_registry.get_logs_for_instance(Comment.objects.get(pk=published.pk))
    assert [(entry.action, entry.user_id) for entry in history] == [("forums.approve", moderator.pk)]

    # Groups keep their rights: the moderator moderates, the chief edits the comment settings.
    moderator = User.objects.get(pk=moderator.pk)
    assert moderator.has_perm("comments.change_comment")
    assert GroupSitePermission.objects.filter(
        group__in=chief.groups.all(), permission__content_type__app_label="comments"
    ).exists()
    assert Permission.objects.filter(
        group__in=moderator.groups.all(), content_type__app_label="comments", codename="change_comment"
    ).exists()
    client.force_login(moderator)
    queue = client.get(reverse("comments_moderation_queue"))
    assert queue.status_code == 200
    assert "Đồng ý với chị." in queue.content.decode()
    response = client.post(reverse("comments_moderation_action", args=[reply.pk]), {"action": "approve"})
    assert response.status_code == 302
    assert Comment.objects.get(pk=reply.pk).status == APPROVED
    assert [entry.action for entry in log_registry.get_logs_for_instance(Comment.objects.get(pk=reply.pk))] == [
        "forums.approve"
    ]
    assert Comment.objects.filter(status=PENDING).count() == 1  # the forum opinion, untouched
