"""Thùng rác: a page deleted in the admin (one page or the explorer's bulk action)
goes to /admin/thung-rac/ with its subtree, revisions, comments, redirects and
views; restoring brings back the same HTML at the same URL; entries older than
TRASH_RETENTION_DAYS are purged for real; only editors-in-chief of the page's
outlet restore or purge."""

import re
from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Revision

from cms.comments.models import APPROVED, Comment
from cms.core.models import PageViews
from cms.core.newsroom import EDITOR_IN_CHIEF, EDITORS, JOURNALISTS, column_group_names
from cms.news.models import ArticlePage
from cms.search.models import SearchEntry
from cms.trash import services
from cms.trash.models import TrashEntry
from tests.factories import make_article, make_column, make_outlet, make_user

pytestmark = pytest.mark.django_db

TRASH = "/admin/thung-rac/"
SEARCH_WORDS = "quan triet chi thi"


def delete_url(page):
    return f"/admin/pages/{page.pk}/delete/"


def messages_of(response):
    return [str(message) for message in response.context["messages"]] if response.context else []


def found_in_search(client, page):
    html = client.get("/tim-kiem/", {"q": SEARCH_WORDS}).content.decode()
    return page.url in html


def comment(page, body="Cần phổ biến chỉ thị này đến từng chi bộ.", **fields):
    fields.setdefault("author_name", "Trần Văn Bình")
    fields.setdefault("author_email", "binh@example.vn")
    return Comment.objects.create(page=page, body=body, status=APPROVED, **fields)


@pytest.fixture
def chief(outlet):
    return make_user("tongbientap", EDITOR_IN_CHIEF, first_name="Lan", last_name="Tổng Biên Tập")


@pytest.fixture
def chief_client(chief):
    client = Client()  # its own: tests log other users in on the `client` fixture
    client.force_login(chief)
    return client


@pytest.fixture
def commented(article):
    """The conftest article with a second published revision, approved comments, a
    redirect from an old address, views; published an hour ago."""
    article.lead = article.lead + " Bản cập nhật."
    article.save_revision().publish()
    hour_ago = timezone.now() - timedelta(hours=1)
    ArticlePage.objects.filter(pk=article.pk).update(first_published_at=hour_ago, last_published_at=hour_ago)
    article.refresh_from_db()
    first = comment(article)
    comment(article, body="Đồng ý với ý kiến trên.", parent=first, author_name="Lê Thị Cúc")
    Redirect.objects.create(old_path="/bai-cu-ve-chi-thi-23", redirect_page=article, site=article.get_site())
    PageViews.objects.create(page=article, day=timezone.localdate(), count=42)
    return article


# Per-request values by design: the CSRF token (masked anew on each response) and the
# comment form's signed time stamp. Everything else must come back byte for byte.
PER_REQUEST = re.compile(rb'(name="(?:csrfmiddlewaretoken|stamp)" value=")[^"]*(")')


def fresh_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return PER_REQUEST.sub(rb"\1-\2", response.content)


# ---------------------------------------------------------------- the whole round trip


def test_deleted_article_goes_to_the_trash_and_comes_back_byte_for_byte(client, django_user_model, commented, chief):
    reader = client
    url = commented.url
    before = fresh_html(reader, commented)
    assert fresh_html(reader, commented) == before  # the page renders the same twice
    assert "Cần phổ biến chỉ thị này" in before.decode()
    assert found_in_search(reader, commented)
    revisions = list(
        Revision.page_revisions.filter(object_id=str(commented.pk)).order_by("pk").values_list("pk", flat=True)
    )
    assert len(revisions) == 2

    editor_in_chief = Client()
    editor_in_chief.force_login(chief)
    confirm = editor_in_chief.get(delete_url(commented))
    assert any("sẽ được chuyển vào Thùng rác" in message for message in messages_of(confirm))
    response = editor_in_chief.post(delete_url(commented), follow=True)
    assert response.status_code == 200
    assert f"Đã chuyển “{commented.title}” vào Thùng rác." in messages_of(response)

    # Gone from the site, its search and its old redirect; kept in the database.
    assert reader.get(url).status_code == 404
    assert reader.get("/bai-cu-ve-chi-thi-23/").status_code == 404
    assert not found_in_search(reader, commented)
    assert not SearchEntry.objects.filter(pk=commented.pk).exists()
    assert Comment.objects.filter(page=commented).count() == 2
    assert (
        list(Revision.page_revisions.filter(object_id=str(commented.pk)).order_by("pk").values_list("pk", flat=True))
        == revisions
    )
    assert Redirect.objects.filter(redirect_page=commented).count() == 1
    assert PageViews.total(commented.pk) == 42
    assert reader.get("/api/v2/pages/", {"type": "news.ArticlePage"}).json()["meta"]["total_count"] == 0

    listing = editor_in_chief.get(TRASH).content.decode()
    assert commented.title in listing
    assert "Cổng thông tin thử nghiệm" in listing  # the outlet
    assert "Lan Tổng Biên Tập" in listing  # who deleted it
    assert "30 ngày" in listing

    entry = TrashEntry.objects.get(page=commented)
    response = editor_in_chief.post(f"{TRASH}{entry.pk}/khoi-phuc/", follow=True)
    assert f"Đã khôi phục “{commented.title}” về http://localhost{url}." in messages_of(response)
    assert entry.url == f"http://localhost{url}"
    assert "Thùng rác trống." in response.content.decode()

    assert fresh_html(reader, commented) == before
    assert Page.objects.get(pk=commented.pk).url == url
    response = reader.get("/bai-cu-ve-chi-thi-23/")
    assert response.status_code == 301 and response["Location"].endswith(url)
    assert found_in_search(reader, commented)
    assert SearchEntry.objects.filter(pk=commented.pk).exists()
    assert (
        list(Revision.page_revisions.filter(object_id=str(commented.pk)).order_by("pk").values_list("pk", flat=True))
        == revisions
    )
    assert reader.get("/api/v2/pages/", {"type": "news.ArticlePage"}).json()["meta"]["total_count"] == 1


def test_restore_republishes_exactly_the_pages_that_were_live(chief_client, column):
    live = make_article(column, title="Bài đã đăng")
    draft = make_article(column, title="Bài nháp", publish=False)
    edited = make_article(column, title="Bài đang sửa")
    edited.title = "Bài đang sửa (bản nháp mới)"
    edited.save_revision()  # unpublished changes on a live page
    edited_state = ArticlePage.objects.values("live", "has_unpublished_changes", "live_revision_id").get(pk=edited.pk)

    assert chief_client.post(delete_url(column)).status_code == 302
    assert not Page.objects.filter(pk__in=[column.pk, live.pk, edited.pk], live=True).exists()
    entry = TrashEntry.objects.get(page=column)
    chief_client.post(f"{TRASH}{entry.pk}/khoi-phuc/")

    assert Page.objects.get(pk=column.pk).live and Page.objects.get(pk=live.pk).live
    assert not Page.objects.get(pk=draft.pk).live
    assert ArticlePage.objects.values("live", "has_unpublished_changes", "live_revision_id").get(pk=edited.pk) == (
        edited_state
    )
    assert ArticlePage.objects.get(pk=edited.pk).title == "Bài đang sửa"  # the live title, not the draft's


def test_a_scheduled_page_is_not_published_inside_the_trash(chief_client, column):
    scheduled = make_article(column, title="Bài hẹn giờ", publish=False)
    revision = scheduled.save_revision(approved_go_live_at=timezone.now() + timedelta(minutes=5))
    chief_client.post(delete_url(scheduled))
    revision.refresh_from_db()
    assert revision.approved_go_live_at is None
    Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=timezone.now() - timedelta(minutes=1))
    Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=None)  # what the trash left
    call_command("publish_scheduled")
    assert not Page.objects.get(pk=scheduled.pk).live
    chief_client.post(f"{TRASH}{TrashEntry.objects.get(page=scheduled).pk}/khoi-phuc/")
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None  # scheduled again


# ---------------------------------------------------------------- subtrees, order, bulk delete


def test_a_column_with_its_articles_comes_back_whole_and_in_order(chief_client, outlet):
    first = make_column(outlet, "Thời sự")
    column = make_column(outlet, "Kinh tế")
    last = make_column(outlet, "Văn hóa")
    articles = [make_article(column, title=f"Tin kinh tế {n}") for n in range(3)]
    sub = make_column(column, "Doanh nghiệp")
    nested = make_article(sub, title="Tin doanh nghiệp")
    tree_before = list(Page.objects.descendant_of(outlet).values_list("pk", "url_path", "live"))
    urls = [page.url for page in [column, *articles, sub, nested]]

    response = chief_client.post(delete_url(column), follow=True)
    assert f"Đã chuyển “{column.title}” vào Thùng rác." in messages_of(response)
    for url in urls:
        assert chief_client.get(url).status_code == 404
    for page in [column, *articles, sub, nested]:
        assert Page.objects.get(pk=page.pk).url is None  # outside every site
    entry = TrashEntry.objects.get(page=column)
    assert entry.page_count == 6
    assert "cùng 5 trang con" in chief_client.get(TRASH).content.decode()

    chief_client.post(f"{TRASH}{entry.pk}/khoi-phuc/")
    assert list(Page.objects.descendant_of(outlet).values_list("pk", "url_path", "live")) == tree_before
    assert [p.pk for p in Page.objects.child_of(outlet)] == [first.pk, column.pk, last.pk]
    assert chief_client.get(nested.url).status_code == 200


def test_bulk_delete_in_the_explorer_goes_to_the_trash(chief_client, column):
    one = make_article(column, title="Tin thứ nhất")
    two = make_article(column, title="Tin thứ hai")
    comment(one)
    url = f"/admin/bulk/wagtailcore/page/delete/?id={one.pk}&id={two.pk}&next=/admin/pages/{column.pk}/"
    assert chief_client.get(url).status_code == 200
    response = chief_client.post(url, follow=True)
    assert "Đã chuyển 2 trang vào Thùng rác." in messages_of(response)
    assert set(TrashEntry.objects.values_list("page_id", flat=True)) == {one.pk, two.pk}
    assert Comment.objects.filter(page=one).count() == 1
    assert chief_client.get(one.url).status_code == 404


def test_trashed_pages_are_hidden_in_the_explorer_and_cannot_be_edited(
    client, chief_client, article, django_user_model
):
    chief_client.post(delete_url(article))
    admin = django_user_model.objects.create_superuser("quantri", "qt@example.vn", "x")
    client.force_login(admin)
    root = Page.objects.get(depth=1)
    explorer = client.get(f"/admin/pages/{root.pk}/").content.decode()
    assert "Cổng thông tin thử nghiệm" in explorer and "Thùng rác" not in explorer.split("<main")[1]
    response = client.get(f"/admin/pages/{article.pk}/edit/", follow=True)
    assert "Trang này đang ở Thùng rác: hãy khôi phục nó trước." in messages_of(response)
    assert response.redirect_chain[-1][0] == TRASH
    assert chief_client.get(f"/admin/pages/{article.pk}/edit/").status_code == 302  # not the edit form
    # Deleting it again from its old admin address does not delete it for real.
    response = client.post(delete_url(article), follow=True)
    assert Page.objects.filter(pk=article.pk).exists()
    assert any("đã ở Thùng rác" in message for message in messages_of(response))


def test_two_deleted_pages_with_the_same_slug_each_come_back(chief_client, outlet):
    a = make_column(outlet, "Thời sự")
    b = make_column(outlet, "Kinh tế")
    first = make_article(a, title="Tin nóng")
    second = make_article(b, title="Tin nóng")
    assert first.slug == second.slug
    chief_client.post(delete_url(first))
    chief_client.post(delete_url(second))
    slugs = set(Page.objects.filter(pk__in=[first.pk, second.pk]).values_list("slug", flat=True))
    assert len(slugs) == 2
    for entry in TrashEntry.objects.all():
        chief_client.post(f"{TRASH}{entry.pk}/khoi-phuc/")
    assert Page.objects.get(pk=first.pk).url_path == first.url_path
    assert Page.objects.get(pk=second.pk).url_path == second.url_path


# ---------------------------------------------------------------- restore refused, nothing changes


def test_restore_refuses_when_the_address_is_taken(chief_client, column, article):
    old_path, old_url = article.url_path, article.get_full_url()
    chief_client.post(delete_url(article))
    newcomer = make_article(column, title=article.title)
    assert newcomer.url_path == old_path
    entry = TrashEntry.objects.get(page=article)
    response = chief_client.post(f"{TRASH}{entry.pk}/khoi-phuc/", follow=True)
    assert any(f"địa chỉ {old_url} đã có trang khác dùng" in m for m in messages_of(response))
    assert TrashEntry.objects.filter(pk=entry.pk).exists()
    assert services.is_in_trash(Page.objects.get(pk=article.pk))


def test_restore_refuses_when_the_parent_is_in_the_trash_or_gone(chief_client, column, article):
    chief_client.post(delete_url(article))
    chief_client.post(delete_url(column))
    entry = TrashEntry.objects.get(page=article)
    response = chief_client.post(f"{TRASH}{entry.pk}/khoi-phuc/", follow=True)
    assert any(f"trang cha “{column.title}” đang ở Thùng rác" in m for m in messages_of(response))
    chief_client.post(f"{TRASH}{TrashEntry.objects.get(page=column).pk}/xoa-vinh-vien/")
    response = chief_client.post(f"{TRASH}{entry.pk}/khoi-phuc/", follow=True)
    assert any("trang cha của nó không còn nữa" in m for m in messages_of(response))
    assert Page.objects.filter(pk=article.pk).exists()


def test_an_outlet_home_page_is_not_moved_to_the_trash(client, outlet, django_user_model):
    admin = django_user_model.objects.create_superuser("quantri", "qt@example.vn", "x")
    client.force_login(admin)
    response = client.post(delete_url(outlet), follow=True)
    assert any("Cài đặt → Trang web" in m for m in messages_of(response))
    assert Page.objects.get(pk=outlet.pk).live and outlet.get_site() is not None


# ---------------------------------------------------------------- purge


def test_purge_after_30_days_deletes_for_real_and_keeps_newer_entries(chief_client, column):
    old = make_article(column, title="Tin cũ")
    new = make_article(column, title="Tin mới")
    comment(old)
    comment(new)
    Redirect.objects.create(old_path="/tin-cu-ngay-xua", redirect_page=old, site=old.get_site())
    chief_client.post(delete_url(old))
    chief_client.post(delete_url(new))
    TrashEntry.objects.filter(page=old).update(deleted_at=timezone.now() - timedelta(days=30, minutes=1))
    TrashEntry.objects.filter(page=new).update(deleted_at=timezone.now() - timedelta(days=29, hours=23))

    out = StringIO()
    call_command("purge_trash", "--dry-run", stdout=out)
    assert "Sẽ xóa: Tin cũ" in out.getvalue() and "Tin mới" not in out.getvalue()
    assert Page.objects.filter(pk=old.pk).exists()

    out = StringIO()
    call_command("purge_trash", stdout=out)
    assert "Đã xóa vĩnh viễn 1 mục quá 30 ngày." in out.getvalue()
    assert not Page.objects.filter(pk=old.pk).exists()
    assert not Comment.objects.filter(page_id=old.pk).exists()
    assert not Redirect.objects.filter(old_path="/tin-cu-ngay-xua").exists()
    assert not Revision.page_revisions.filter(object_id=str(old.pk)).exists()
    assert Page.objects.filter(pk=new.pk).exists() and Comment.objects.filter(page=new).count() == 1
    assert list(TrashEntry.objects.values_list("page_id", flat=True)) == [new.pk]
    assert "1 ngày" in chief_client.get(TRASH).content.decode()


def test_purge_trash_help_and_the_scheduled_job(settings):
    out = StringIO()
    with pytest.raises(SystemExit):
        call_command("purge_trash", "--help", stdout=out)
    from cms.core.management.commands.serve import periodic_commands

    assert ("purge_trash", 3600) in periodic_commands()
    settings.TRASH_RETENTION_DAYS = 0
    with pytest.raises(CommandError, match="TRASH_RETENTION_DAYS"):
        call_command("purge_trash")


def test_purge_from_the_list_asks_first(chief_client, article):
    comment(article)
    chief_client.post(delete_url(article))
    entry = TrashEntry.objects.get(page=article)
    confirm = chief_client.get(f"{TRASH}{entry.pk}/xoa-vinh-vien/")
    assert confirm.status_code == 200
    assert "1 bình luận" in confirm.content.decode()
    assert Page.objects.filter(pk=article.pk).exists()
    response = chief_client.post(f"{TRASH}{entry.pk}/xoa-vinh-vien/", follow=True)
    assert f"Đã xóa vĩnh viễn “{article.title}”." in messages_of(response)
    assert not Page.objects.filter(pk=article.pk).exists()
    assert not Comment.objects.filter(page_id=article.pk).exists()


# ---------------------------------------------------------------- who may restore


@pytest.fixture
def newsroom_staff(column):
    journalist_group, editor_group = column_group_names(column)
    return {
        "journalist": make_user("phongvien", JOURNALISTS, journalist_group),
        "editor": make_user("bientap", EDITORS, editor_group),
    }


def test_journalists_and_editors_cannot_see_restore_or_purge(client, chief_client, article, newsroom_staff):
    chief_client.post(delete_url(article))
    entry = TrashEntry.objects.get(page=article)
    for user in newsroom_staff.values():
        client.force_login(user)
        assert client.get(TRASH).status_code == 403
        assert client.post(f"{TRASH}{entry.pk}/khoi-phuc/").status_code == 403
        assert client.get(f"{TRASH}{entry.pk}/xoa-vinh-vien/").status_code == 403
        assert client.post(f"{TRASH}{entry.pk}/xoa-vinh-vien/").status_code == 403
        assert TRASH not in client.get("/admin/").content.decode()  # no menu item
    assert TrashEntry.objects.filter(pk=entry.pk).exists()
    assert TRASH in chief_client.get("/admin/").content.decode()


def test_an_editor_deletes_into_the_trash_but_cannot_restore(client, column, newsroom_staff):
    article = make_article(column, title="Tin do biên tập viên xóa")
    client.force_login(newsroom_staff["editor"])
    response = client.post(delete_url(article), follow=True)
    assert f"Đã chuyển “{article.title}” vào Thùng rác." in messages_of(response)
    assert TrashEntry.objects.get(page=article).deleted_by == newsroom_staff["editor"]


def test_an_editor_in_chief_of_another_outlet_cannot_see_or_restore(client, chief_client, article):
    other_home = make_outlet(title="Cổng thông tin quận", slug="quan", hostname="quan.localhost", default=False)
    other_chief = make_user("tbt-quan", EDITOR_IN_CHIEF, outlet=other_home)
    assert other_chief.has_perm("trash.restore_trashentry")

    chief_client.post(delete_url(article))
    entry = TrashEntry.objects.get(page=article)
    client.force_login(other_chief)
    html = client.get(TRASH).content.decode()
    assert article.title not in html and "Thùng rác trống." in html
    assert client.post(f"{TRASH}{entry.pk}/khoi-phuc/").status_code == 404
    assert client.post(f"{TRASH}{entry.pk}/xoa-vinh-vien/").status_code == 404
    assert services.is_in_trash(Page.objects.get(pk=article.pk))


def test_the_editor_in_chief_group_holds_the_restore_permission(chief):
    assert chief.has_perm("trash.restore_trashentry")
    assert re.search("Khôi phục", Permission.objects.get(codename="restore_trashentry").name)


def test_model_level_delete_stays_a_real_delete(article):
    comment(article)
    article.delete()
    assert not Page.objects.filter(pk=article.pk).exists()
    assert not TrashEntry.objects.exists()
