"""Issue 16: new articles are written in bulk (cms.nukeviet.importer.BulkPages), not by
Page.save. Such a page must be indistinguishable from one Wagtail saves: the same rows,
the same audit-log entry, and it renders, is in the API, the search and its column."""

import uuid

import pytest
from wagtail.models import Page, PageLogEntry, ReferenceIndex

from cms.news.models import ArticlePage
from cms.nukeviet.importer import BulkPages
from cms.nukeviet.models import ImportedItem
from tests.nukeviet.test_import import article, run_import, tree_problems

pytestmark = pytest.mark.django_db


@pytest.fixture
def portal(clean_tree, nukeviet_db, nukeviet_uploads):
    return run_import(nukeviet_db, nukeviet_uploads, "--site", "localhost")


# Fields that differ between two pages by construction: identity, place in the tree, slug.
TREE_AND_IDENTITY = {"id", "page_ptr_id", "path", "slug", "url_path", "translation_key"}


def _fields(page):
    return {f.attname: getattr(page, f.attname) for f in ArticlePage._meta.concrete_fields}


def _log(page):
    entries = list(PageLogEntry.objects.filter(page_id=page.pk))
    assert len(entries) == 1, entries
    entry = entries[0]
    return (
        entry.content_type_id,
        entry.action,
        entry.label,
        entry.data,
        entry.user_id,
        entry.uuid,
        entry.revision_id,
        entry.content_changed,
        entry.deleted,
    )


def test_bulk_imported_page_matches_a_page_saved_by_wagtail(portal, client):
    imported_page = article(11)
    column = imported_page.get_parent()
    # The same content saved the ordinary way: add_child -> Page.save (full_clean, log entry).
    twin = ArticlePage(
        **{name: value for name, value in _fields(imported_page).items() if name not in TREE_AND_IDENTITY},
        slug=f"{imported_page.slug}-doi-chung",
    )
    column.add_child(instance=twin)
    twin = ArticlePage.objects.get(pk=twin.pk)
    imported_page = ArticlePage.objects.get(pk=imported_page.pk)

    a, b = _fields(imported_page), _fields(twin)
    differing = {name for name in a if a[name] != b[name]}
    assert differing == TREE_AND_IDENTITY
    # Tree fields as treebeard and Wagtail set them.
    assert imported_page.depth == twin.depth == column.depth + 1
    assert imported_page.path[: -Page.steplen] == twin.path[: -Page.steplen] == column.path
    assert imported_page.url_path == f"{column.url_path}{imported_page.slug}/"
    assert imported_page.locale_id == column.locale_id
    assert isinstance(imported_page.translation_key, uuid.UUID)
    assert imported_page.translation_key != twin.translation_key
    assert imported_page.draft_title == imported_page.title
    assert imported_page.live_revision_id is None and imported_page.latest_revision_id is None
    assert imported_page.specific_class is ArticlePage
    # The audit trail: the same "wagtail.create" entry Page.save writes.
    assert _log(imported_page) == _log(twin)
    assert _log(imported_page)[1] == "wagtail.create"
    # Wagtail's reference index ("usage" in the admin), written at the end of the import.
    indexed = set(
        ReferenceIndex.objects.filter(object_id=str(imported_page.pk)).values_list(
            "to_content_type_id", "to_object_id", "model_path", "content_path"
        )
    )
    assert indexed == set(ReferenceIndex._extract_references_from_object(imported_page))
    assert {path.split(".")[0] for _ct, _id, path, _content in indexed} >= {
        "hero_image",
        "article_authors",
        "attachments",
    }
    column.refresh_from_db()
    assert column.numchild == column.get_children().count()
    assert tree_problems() == [[], [], [], [], []]

    # Readers see it like any page: its own page, the column, the API, the search.
    assert client.get(imported_page.url).status_code == 200
    assert imported_page.title in client.get(column.url).content.decode()
    api = client.get(f"/api/v2/pages/{imported_page.pk}/").json()
    assert api["title"] == imported_page.title
    assert api["meta"]["type"] == "news.ArticlePage"
    assert sorted(api["tag_names"]) == ["Chỉ thị 23", "Học tập nghị quyết", "Xây dựng Đảng"]
    assert [author["name"] for author in api["authors"]] == ["Minh Khôi", "Tuyết Mai"]
    found = client.get("/tim-kiem/", {"q": "quan triet chi thi 23"}).content.decode()
    assert f'href="{imported_page.url}"' in found


def test_a_failed_bulk_write_is_rolled_back_and_done_row_by_row(clean_tree, nukeviet_db, nukeviet_uploads, monkeypatch):
    """A batch whose bulk write fails half-way (pages already inserted) leaves nothing of it:
    its rows are imported one by one instead, each page once, the tree sound."""
    real_insert = BulkPages.insert
    calls = []

    def insert_then_fail(self, new):
        calls.append(len(new))
        real_insert(self, new)
        raise RuntimeError("a constraint broken after the page rows were written")

    monkeypatch.setattr(BulkPages, "insert", insert_then_fail)
    output = run_import(nukeviet_db, nukeviet_uploads, "--site", "localhost")
    assert calls and calls[0] > 1
    assert "Bài viết #17: chuyên mục 99" in output  # the bad row still reported alone
    items = ImportedItem.objects.filter(kind="article")
    assert items.count() == 8
    pages = ArticlePage.objects.all()
    assert pages.count() == 8
    assert sorted(pages.values_list("pk", flat=True)) == sorted(items.values_list("object_id", flat=True))
    assert PageLogEntry.objects.filter(action="wagtail.create", page__in=pages).count() == 8
    assert tree_problems() == [[], [], [], [], []]


def test_slugs_asked_per_batch_stay_unique_among_siblings(column):
    """ChildPlacer keeps no list of sibling slugs: it asks the database for the ones a batch
    wants, and numbers the rest (beyond the usual suffixes too)."""
    from cms.nukeviet.importer import ChildPlacer

    placer = ChildPlacer()
    for slug in ("tin-moi", "tin-moi-2", "tin-moi-3", "tin-moi-4"):
        placer.add(column, ArticlePage(title=slug, slug=slug, lead="x"))
    wanted = ["Tin mới", "tin-moi", "Khác", "khác"]
    assert placer.slugs(column, wanted) == ["tin-moi-5", "tin-moi-6", "khac", "khac-2"]
    assert tree_problems() == [[], [], [], [], []]
