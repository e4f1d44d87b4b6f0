"""Issue 16: a NukeViet 4 portal (tests/nukeviet/fixtures, loaded into a real MariaDB)
imported and checked through the public pages, the API and the old links."""

import io
import json
import re
from datetime import date

import pytest
from django.core.management import call_command
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from cms.core.models import PageViews
from cms.directives.models import DirectivePage
from cms.news.models import ArticlePage, Author, ColumnPage
from cms.nukeviet.models import ImportedItem
from cms.nukeviet.targets import Comment

pytestmark = pytest.mark.django_db

EMAILS_AND_IPS = [
    "binh.tran@example.vn",
    "nhung.le@example.vn",
    "cho.duyet@example.vn",
    "tam.vo@example.vn",
    "113.161.40.7",
    "2402:800:6314::1",
    "171.244.5.6",
]


def run_import(nukeviet_db, uploads, *extra):
    out = io.StringIO()
    call_command("import_nukeviet", nukeviet_db.url, "--uploads", str(uploads), "--no-progress", *extra, stdout=out)
    return out.getvalue()


def counts(output, label):
    """The report's line for one kind: read, created, updated, skipped, failed."""
    line = next(line for line in output.splitlines() if line.startswith(label))
    return [int(n) for n in line[len(label) :].split()]


@pytest.fixture
def imported(clean_tree, nukeviet_db, nukeviet_uploads):
    """An empty installation (no site at all) receiving the portal."""
    output = run_import(nukeviet_db, nukeviet_uploads, "--site", "localhost")
    return output


def article(nukeviet_id):
    item = ImportedItem.objects.get(kind="article", source_id=str(nukeviet_id))
    return ArticlePage.objects.get(pk=item.object_id)


def directive(nukeviet_id):
    item = ImportedItem.objects.get(kind="directive", source_id=str(nukeviet_id))
    return DirectivePage.objects.get(pk=item.object_id)


def test_empty_installation_gets_a_site_with_columns_in_order(imported, client):
    site = Site.objects.get(hostname="localhost")
    assert site.is_default_site
    home = site.root_page.specific
    assert home.title == "Cổng thông tin Đảng bộ thành phố (NukeViet)"
    columns = list(ColumnPage.objects.child_of(home))
    assert [(c.title, c.slug) for c in columns] == [
        ("Thời sự", "thoi-su"),
        ("Kinh tế", "kinh-te"),
        ("Lưu trữ cũ", "luu-tru-cu"),
    ]
    assert [c.slug for c in ColumnPage.objects.child_of(columns[0])] == ["chinh-tri"]
    assert client.get("/thoi-su/chinh-tri/").status_code == 200
    assert client.get("/luu-tru-cu/").status_code == 404  # suspended category


def test_article_page_text_times_images_and_sanitised_body(imported, client):
    page = article(11)
    assert page.title == "Quán triệt Chỉ thị 23-CT/TU về đổi mới việc học tập nghị quyết"
    assert page.lead.endswith('với tinh thần "học đi đôi với làm".')
    assert page.url_path.endswith("/thoi-su/chinh-tri/quan-triet-chi-thi-23-ct-tu/")
    # 06:30 on 15/05/2023 in Hồ Chí Minh City is 23:30 on the 14th in UTC.
    assert page.first_published_at.isoformat() == "2023-05-14T23:30:00+00:00"
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "15/05/2023 06:30" in html
    assert "Quán triệt Chỉ thị 23-CT/TU" in html
    assert "alert('xss')" not in html and "steal()" not in html and "evil.example" not in html
    assert "javascript:" not in html
    assert [a.name for a in page.byline_authors()] == ["Minh Khôi", "Tuyết Mai"]
    assert page.source == "Báo Cần Thơ"
    assert sorted(tag.name for tag in page.tags.all()) == ["Chỉ thị 23", "Học tập nghị quyết", "Xây dựng Đảng"]
    assert page.hero_image.description == 'Quang cảnh hội nghị quán triệt "Chỉ thị 23"'
    types = [block.block_type for block in page.body]
    assert types == ["paragraph", "image", "heading", "paragraph", "quote", "paragraph"]
    image_block = page.body[1].value
    assert image_block["caption"] == "Toàn cảnh điểm cầu chính"
    assert image_block["image"].description == "Toàn cảnh điểm cầu chính"
    assert 'alt="Toàn cảnh điểm cầu chính"' in html
    assert [d.file.name.rsplit("/", 1)[-1] for d in page.attachment_documents()] == ["ke-hoach-trien-khai.pdf"]
    assert PageViews.total(page.pk) == 1234
    assert PageViews.objects.get(page=page).day == date(2023, 5, 15)


def test_nfd_text_is_composed(imported):
    page = article(12)
    assert page.title == "Nông nghiệp xanh: nông dân Phong Điền thu lãi từ mô hình lúa – tôm"
    assert "Phong Điền" in page.lead
    assert Author.objects.filter(name="Tuyết Mai").count() == 1  # matched, not created twice


def test_the_author_list_of_nukeviet_4_5_names_the_journalists(imported, client):
    """`news_authorlist` names Hoàng Lan on article 19, whose byline text is empty, and
    Tuyết Mai on article 12, whose byline says "Tuyết Mai" too: one author each."""
    page = article(19)
    assert [a.name for a in page.byline_authors()] == ["Hoàng Lan"]
    assert [a.name for a in article(12).byline_authors()] == ["Tuyết Mai"]
    assert Author.objects.filter(name="Tuyết Mai").count() == 1
    lan = Author.objects.get(name="Hoàng Lan")
    assert lan.bio == "Phóng viên ban Thời sự, theo dõi công tác xây dựng Đảng."  # HTML stripped
    assert Author.objects.get(name="Tuyết Mai").bio == "Biên tập viên ban Kinh tế."
    assert "Hoàng Lan" in client.get(page.url).content.decode()
    reply = Comment.objects.get(author_name="Lê Thị Hồng Nhung")
    assert reply.body == "Đồng ý với anh Bình, ở phường tôi đã làm tốt."


def test_unpublished_rows_are_drafts_never_public(imported, client):
    for nukeviet_id in (13, 14, 15, 16, 18):
        page = article(nukeviet_id)
        assert not page.live, nukeviet_id
        public_path = "/" + page.url_path.split("/", 2)[2]  # without the home page's slug
        assert client.get(public_path).status_code == 404, public_path
    assert article(15).expired
    assert article(18).go_live_at.year == 2099
    api = client.get("/api/v2/pages/?type=news.ArticlePage&limit=50").json()
    titles = {item["title"] for item in api["items"]}
    assert titles == {
        "Quán triệt Chỉ thị 23-CT/TU về đổi mới việc học tập nghị quyết",
        "Nông nghiệp xanh: nông dân Phong Điền thu lãi từ mô hình lúa – tôm",
        'Đối thoại với thanh niên về "khởi nghiệp số"',
    }


def tree_problems():
    """treebeard's own check: bad characters, step lengths, orphans, depths, child counts."""
    return [sorted(found) for found in Page.find_problems()]


def test_bad_row_is_reported_and_the_import_goes_on(imported):
    assert tree_problems() == [[], [], [], [], []]
    assert counts(imported, "Bài viết") == [9, 8, 0, 0, 1]
    assert "Bài viết #17: chuyên mục 99" in imported
    assert not ImportedItem.objects.filter(kind="article", source_id="17").exists()


def test_comments_threads_statuses_and_no_private_data_in_public(imported, client):
    page = article(11)
    comments = {c.author_name: c for c in Comment.objects.filter(page=page)}
    assert comments["Trần Văn Bình"].status == "approved"
    assert comments["Trần Văn Bình"].body == 'Chủ trương rất đúng, mong các chi bộ làm thực chất chứ không "hình thức".'
    assert comments["Lê Thị Hồng Nhung"].parent == comments["Trần Văn Bình"]
    assert comments["Người chờ duyệt"].status == "pending"
    assert comments["Trần Văn Bình"].created_at.isoformat() == "2023-05-15T13:10:00+00:00"
    html = client.get(page.url).content.decode()
    assert "Trần Văn Bình" in html
    assert "Bình luận chưa duyệt" not in html
    api = json.dumps(client.get(f"/api/v2/pages/{page.pk}/").json(), ensure_ascii=False)
    comments_api = client.get(f"/api/comments/?page={page.pk}")
    assert comments_api.status_code == 200
    comments_json = json.dumps(comments_api.json(), ensure_ascii=False)
    assert "Trần Văn Bình" in comments_json and "Lê Thị Hồng Nhung" in comments_json
    public = html + api + comments_json
    for private in EMAILS_AND_IPS:
        assert private not in public
    assert "Bình luận chưa duyệt" not in public
    # On a suspended article the comment is kept but nobody sees the page.
    hidden = Comment.objects.get(author_name="Phạm Minh Tuấn")
    assert not hidden.page.live
    assert client.get(f"/api/comments/?page={hidden.page_id}").status_code == 404
    # Laws comments land on the directive.
    assert Comment.objects.get(author_name="Võ Thanh Tâm").page_id == directive(1).pk
    assert counts(imported, "Bình luận") == [6, 5, 0, 1, 0]


def test_old_links_redirect_permanently(imported, client):
    page = article(11)
    for old in (
        "/news/chinh-tri/quan-triet-chi-thi-23-ct-tu-11.html",
        "/vi/news/chinh-tri/quan-triet-chi-thi-23-ct-tu-11.html",  # a multilingual NukeViet's form
        "/index.php?language=vi&nv=news&op=chinh-tri/quan-triet-chi-thi-23-ct-tu-11",
        "/index.php?nv=news&op=chinh-tri/quan-triet-chi-thi-23-ct-tu-11&language=vi",
        # listcatid '2,3': NukeViet also linked it under its second category
        "/news/kinh-te/quan-triet-chi-thi-23-ct-tu-11.html",
        "/index.php?language=vi&nv=news&op=kinh-te/quan-triet-chi-thi-23-ct-tu-11",
    ):
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"] == page.url
        assert client.get(response["Location"]).status_code == 200
    for old in ("/news/thoi-su/", "/vi/news/thoi-su/"):
        column = client.get(old)
        assert column.status_code == 301 and column["Location"] == "/thoi-su/"
    for old in (
        "/laws/detail/chi-thi-23-ct-tu-hoc-tap-nghi-quyet/",
        "/vi/laws/detail/chi-thi-23-ct-tu-hoc-tap-nghi-quyet/",
    ):
        law = client.get(old)
        assert law.status_code == 301
        assert law["Location"] == directive(1).url
    # A topic's page -> the tag page listing the topic's articles.
    for old in ("/news/topic/hoc-tap-nghi-quyet/", "/index.php?language=vi&nv=news&op=topic/hoc-tap-nghi-quyet"):
        topic = client.get(old)
        assert topic.status_code == 301, old
        assert topic["Location"] == "/chu-de/hoc-tap-nghi-quyet/"
        listing = client.get(topic["Location"])
        assert listing.status_code == 200
        assert "Quán triệt Chỉ thị 23-CT/TU" in listing.content.decode()
    assert Redirect.objects.filter(is_permanent=False).count() == 0


def test_directives(imported, client):
    first = directive(1)
    assert first.number == "23-CT/TU"
    assert first.kind == "chi-thi"
    assert first.issuer.name == "Ban Thường vụ Thành ủy" and first.issuer.code == "TU"
    assert first.signer == "Lâm Quốc Trung" and first.signer_position == "Bí thư Thành ủy"
    assert first.issued_on == date(2023, 3, 1)
    assert "<script" not in first.full_text and "steal" not in first.full_text
    assert [f.document.file.name.rsplit("/", 1)[-1] for f in first.files.all()] == ["chi-thi-23-ct-tu.pdf"]
    assert [tag.name for tag in first.tags.all()] == ["Xây dựng Đảng"]
    plan = directive(2)
    assert plan.number == "15/KH-UBND" and plan.kind == "ke-hoach"
    assert plan.effective_until == date(2023, 8, 1) and plan.status == "het-hieu-luc"
    odd = directive(3)
    assert odd.number == "Hướng dẫn liên ngành số 7" and odd.kind == "huong-dan"
    assert "số hiệu “Hướng dẫn liên ngành số 7” giữ nguyên" in imported
    assert not directive(4).live
    response = client.get(first.url)
    assert response.status_code == 200
    assert "Ghi chú nội bộ" not in response.content.decode()
    api = client.get("/api/v2/pages/?type=directives.DirectivePage&fields=number").json()
    assert sorted(item["number"] for item in api["items"]) == [
        "08-CT/TU",
        "15/KH-UBND",
        "23-CT/TU",
        "Hướng dẫn liên ngành số 7",
    ]


def test_law_relations_replaced_and_related(imported, nukeviet_db, nukeviet_uploads, client):
    """`replacement` on 08-CT/TU names 23-CT/TU (which replaces it); `relatement` on the
    joint guide names 23-CT/TU, 15/KH-UBND, a deleted law (99) and garbage ("x")."""
    new, old, guide, plan = directive(1), directive(5), directive(3), directive(2)
    assert [(r.kind, r.target_id) for r in new.relations.all()] == [("replaces", old.pk)]
    assert sorted((r.kind, r.target_id) for r in guide.relations.all()) == [("relates", new.pk), ("relates", plan.pk)]
    assert old.status == "bi-thay-the"
    html = client.get(old.url).content.decode()
    assert "Bị thay thế bởi" in html and new.url in html
    assert "bỏ qua quan hệ với văn bản #99" in imported and "bỏ qua mã văn bản “x”" in imported
    assert counts(imported, "Quan hệ văn bản") == [5, 3, 0, 2, 0]
    # Again: nothing twice.
    again = run_import(nukeviet_db, nukeviet_uploads, "--site", "localhost")
    assert counts(again, "Quan hệ văn bản") == [5, 0, 0, 5, 0]
    assert new.relations.count() == 1 and guide.relations.count() == 2


def test_rerun_is_idempotent_and_updates_an_edited_row(imported, nukeviet_db, nukeviet_uploads, client):
    before = (Page.objects.count(), Comment.objects.count(), Redirect.objects.count(), Author.objects.count())
    images = ImportedItem.objects.filter(kind="image").count()
    nukeviet_db.execute(
        "UPDATE nv4_vi_news_rows SET title = %s, hitstotal = 2000 WHERE id = 12",
        ("Nông nghiệp xanh: thêm ba xã làm lúa &#x2013; tôm",),
    )
    again = run_import(nukeviet_db, nukeviet_uploads, "--site", "localhost")
    after = (Page.objects.count(), Comment.objects.count(), Redirect.objects.count(), Author.objects.count())
    assert after == before
    assert tree_problems() == [[], [], [], [], []]
    assert ImportedItem.objects.filter(kind="image").count() == images
    assert counts(again, "Bài viết") == [9, 0, 1, 7, 1]
    assert counts(again, "Bình luận") == [6, 0, 0, 6, 0]
    assert article(12).title == "Nông nghiệp xanh: thêm ba xã làm lúa – tôm"
    assert PageViews.total(article(12).pk) == 2000
    assert client.get(article(12).url).status_code == 200


def test_dry_run_writes_nothing(clean_tree, nukeviet_db, nukeviet_uploads, settings, tmp_path):
    output = run_import(nukeviet_db, nukeviet_uploads, "--dry-run")
    assert "Chạy thử" in output
    assert counts(output, "Bài viết")[:2] == [9, 8]
    assert Page.objects.count() == 1 and Site.objects.count() == 0
    assert not ImportedItem.objects.exists() and not Comment.objects.exists()
    media = settings.MEDIA_ROOT
    assert not any(p.is_file() for p in media.rglob("*")) if media.exists() else True


def test_default_site_is_used_when_site_is_omitted(outlet, nukeviet_db, nukeviet_uploads):
    run_import(nukeviet_db, nukeviet_uploads)
    assert article(11).get_parent().get_parent().get_parent().pk == outlet.pk
    assert Site.objects.count() == 1


def test_wagtail_starter_site_gets_a_home_page(db, nukeviet_db, nukeviet_uploads, client):
    """A fresh `migrate`: the default site shows Wagtail's welcome page, which cannot hold columns."""
    site = Site.objects.get(is_default_site=True)
    assert not hasattr(site.root_page.specific, "outlet_articles")
    run_import(nukeviet_db, nukeviet_uploads)
    site.refresh_from_db()
    assert site.root_page.specific_class.__name__ == "HomePage"
    assert client.get(article(11).url).status_code == 200
    assert client.get("/").status_code == 200


def test_unreachable_database_is_a_clear_error(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Không kết nối được"):
        call_command("import_nukeviet", "mysql://nobody:x@127.0.0.1:1/none", stdout=io.StringIO())
    with pytest.raises(CommandError, match="mysql://USER:PASS@HOST:PORT/DB"):
        call_command("import_nukeviet", "postgres://x/y", stdout=io.StringIO())


def test_report_lines_are_vietnamese(imported):
    assert re.search(r"Kết quả:", imported)
    assert "Chuyên mục" in imported and "Văn bản" in imported


def test_imported_pages_are_in_the_readers_search_drafts_are_not(imported, client):
    found = client.get("/tim-kiem/", {"q": "phong dien lua tom"}).content.decode()
    assert "Tìm thấy <strong>1</strong> kết quả" in found
    assert 'href="/kinh-te/nong-nghiep-xanh-phong-dien/"' in found
    hidden = client.get("/tim-kiem/", {"q": "kiem chung dinh chi"}).content.decode()
    assert "bai-bi-dinh-chi" not in hidden and "Tìm thấy" not in hidden


def test_scheduled_row_published_in_nukeviet_goes_live_on_rerun(imported, nukeviet_db, nukeviet_uploads, client):
    scheduled = article(18)
    assert scheduled.revisions.filter(approved_go_live_at__isnull=False).count() == 1
    nukeviet_db.execute("UPDATE nv4_vi_news_rows SET publtime = 1684107000 WHERE id = 18")
    run_import(nukeviet_db, nukeviet_uploads, "--site", "localhost")
    page = article(18)
    assert page.live and page.go_live_at is None
    assert not page.revisions.filter(approved_go_live_at__isnull=False).exists()
    assert client.get(page.url).status_code == 200


def test_rerun_keeps_a_page_an_editor_changed_here(imported, nukeviet_db, nukeviet_uploads, admin_user):
    page = article(12)
    page.title = "Nông nghiệp xanh (biên tập lại trong Tòa Soạn)"
    page.save_revision(user=admin_user).publish()
    nukeviet_db.execute("UPDATE nv4_vi_news_rows SET title = 'Tiêu đề mới ở NukeViet' WHERE id = 12")
    again = run_import(nukeviet_db, nukeviet_uploads, "--site", "localhost")
    assert article(12).title == "Nông nghiệp xanh (biên tập lại trong Tòa Soạn)"
    assert "Bài viết #12: đã được biên tập trong Tòa Soạn" in again


def test_a_page_rolled_back_with_its_row_leaves_the_tree_sound(imported):
    """ChildPlacer keeps each column's last path in memory: a row whose savepoint is rolled
    back after its page was placed must not leave a child count or a path behind."""
    from django.db import transaction

    from cms.nukeviet.importer import ChildPlacer

    column = ColumnPage.objects.first()
    placer = ChildPlacer()
    children_before = column.get_children().count()
    with pytest.raises(RuntimeError), transaction.atomic():
        placer.add(column, ArticlePage(title="Bài hỏng", slug=placer.slug(column, "Bài hỏng"), lead="x"))
        raise RuntimeError("the row fails after its page was placed")
    placer.forget()  # what the importer does when a row fails
    first = ArticlePage(title="Bài một", slug=placer.slug(column, "Bài hỏng"), lead="x")
    placer.add(column, first)
    second = ArticlePage(title="Bài hai", slug=placer.slug(column, "Bài hỏng"), lead="x")
    placer.add(column, second)
    assert (first.slug, second.slug) == ("bai-hong", "bai-hong-2")
    assert first.url_path.startswith(column.url_path)
    column.refresh_from_db()
    assert column.get_children().count() == column.numchild == children_before + 2
    assert tree_problems() == [[], [], [], [], []]
