"""Suggestions while a reader types (`/api/search/suggest/`), on both databases.

SQLite answers from its FTS5 prefix index; PostgreSQL from search_titleterm, a (term,
page id) table kept by triggers on the index (migration 0009). These tests check what a
reader sees after publishing, editing, unpublishing and rebuilding, and on PostgreSQL
that the term table holds exactly the live titles' terms (no stale row left behind)."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from cms.search import embedded, service
from cms.search.models import SearchEntry
from cms.search.text import folded_words, query_words
from tests.factories import make_article, make_column, make_outlet

pytestmark = pytest.mark.django_db

POSTGRES = connection.vendor == "postgresql"
MAX_WORD = 64  # migration 0009: prefixes up to this many letters


def suggest(text, **kwargs):
    suggestions, degraded = service.suggest(text, **kwargs)
    assert not degraded
    return suggestions


def expected_terms() -> set[tuple]:
    """Every prefix of every live title word, `whole` when it is the word (migration 0009),
    with the entry's outlet and date."""
    terms = {}
    entries = SearchEntry.objects.values_list("page_id", "title_folded", "site_id", "published_at")
    for page_id, title_folded, site_id, published_at in entries:
        for word in folded_words(title_folded):
            for n in range(1, min(len(word), MAX_WORD) + 1):
                key = (word[:n], page_id, site_id, published_at)
                terms[key] = terms.get(key, False) or n == len(word)
    return {(*key, whole) for key, whole in terms.items()}


def stored_terms() -> set[tuple]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT term, page_id, site_id, published_at, whole FROM search_titleterm")
        return set(cursor.fetchall())


def assert_terms_follow_the_index():
    if POSTGRES:
        assert stored_terms() == expected_terms()


@pytest.fixture
def column(clean_tree):
    return make_column(make_outlet(), "Xây dựng Đảng")


@pytest.fixture(params=["rare", "frequent"])
def strategy(request, monkeypatch):
    """PostgreSQL intersects the terms row by row from a rare one (fewer than SUGGEST_RARE
    rows), else by joining the lists: a test's few titles are always rare, so the other
    way is forced by calling every term frequent. SQLite: the same answers either way."""
    if request.param == "frequent":
        monkeypatch.setattr(embedded, "SUGGEST_RARE", 1)
    return request.param


def dated(article, days_ago: int):
    """Published `days_ago` days ago, and indexed again with that date."""
    type(article).objects.filter(pk=article.pk).update(first_published_at=timezone.now() - timedelta(days=days_ago))
    article.refresh_from_db()
    service.index_pages([article])
    return article


def test_suggestions_follow_publishing_editing_and_unpublishing(column):
    article = dated(make_article(column, title="Quán triệt nghị quyết Đại hội Đảng bộ thành phố"), 2)
    district = dated(make_article(column, title="Quận Ninh Kiều sửa đường ven sông"), 1)
    assert suggest("quan tr") == [article.title]
    assert suggest("quan") == [district.title, article.title]  # newest first
    assert_terms_follow_the_index()

    article.title = "Học tập chuyên đề năm 2026 ở các chi bộ"
    article.save_revision().publish()
    assert suggest("quan tr") == []
    assert suggest("hoc tap chu") == ["Học tập chuyên đề năm 2026 ở các chi bộ"]
    assert_terms_follow_the_index()

    article.unpublish()
    assert suggest("hoc tap chu") == []
    assert_terms_follow_the_index()


def test_newest_first_and_typed_words_in_order_first(column, strategy):
    old = dated(make_article(column, title="Triển khai nghị quyết về chuyển đổi số"), 30)
    new = dated(make_article(column, title="Nghị quyết về chuyển đổi số đi vào cuộc sống"), 2)
    apart = dated(make_article(column, title="Chuyển giao công nghệ số cho nông dân"), 1)
    # Both contain `chuyen` and a word starting `so`; `chuyen doi` runs on in the first two.
    assert suggest("chuyen doi s") == [new.title, old.title]
    assert suggest("chuyen s") == [apart.title, new.title, old.title]
    assert suggest("chuyen s", limit=1) == [apart.title]


def test_a_longer_prefix_is_checked_whole(column, strategy):
    make_article(column, title="Quán triệt nghị quyết trong toàn Đảng bộ")
    make_article(column, title="Quản trị đô thị thông minh")
    assert suggest("quan trie") == ["Quán triệt nghị quyết trong toàn Đảng bộ"]  # not `trị`
    assert set(suggest("quan tri")) == {"Quán triệt nghị quyết trong toàn Đảng bộ", "Quản trị đô thị thông minh"}
    assert suggest("quan tri do") == ["Quản trị đô thị thông minh"]
    assert suggest("qua tri") == []  # a word typed in full is a whole word
    # Seven words typed: PostgreSQL looks up the last five and the prefix, and checks the
    # first on the title's vector (SUGGEST_TERMS); it must not be skipped.
    assert len(query_words("quan triet nghi quyet trong toan da")) > embedded.SUGGEST_TERMS
    assert suggest("quan triet nghi quyet trong toan da") == ["Quán triệt nghị quyết trong toàn Đảng bộ"]
    assert suggest("quang triet nghi quyet trong toan da") == []


def test_suggestions_stay_in_the_outlet_asked_for(column, strategy):
    mine = make_article(column, title="Lễ hội bánh dân gian Nam Bộ")
    other = make_outlet(title="Cổng quận", slug="quan", hostname="quan.localhost", default=False)
    theirs = make_article(make_column(other, "Tin quận"), title="Lễ hội đờn ca tài tử")
    assert suggest("le hoi", site_id=mine.get_site().pk) == [mine.title]
    assert suggest("le hoi", site_id=theirs.get_site().pk) == [theirs.title]
    assert set(suggest("le ho")) == {mine.title, theirs.title}


def test_a_very_long_title_word_is_indexed_and_found_by_its_start(column):
    word = "Đ" + "a" * 200  # longer than the term table keeps whole (PostgreSQL)
    article = make_article(column, title=f"Thử {word} kết thúc")
    assert SearchEntry.objects.filter(pk=article.pk).exists()
    assert suggest("thu daa") == [article.title]
    assert suggest("thu da") == [article.title]
    assert_terms_follow_the_index()


@pytest.mark.parametrize(
    "typed",
    ["' OR 1=1 --", "quan'); DROP TABLE search_titleterm; --", "_", "__q", "qu\x00an", "<script>", "a" * 500, "*:&|!"],
)
def test_hostile_or_odd_input_gets_a_list_never_an_error(column, typed):
    make_article(column, title="Quán triệt nghị quyết")
    assert isinstance(suggest(typed), list)
    assert suggest("quan tr") == ["Quán triệt nghị quyết"]  # and nothing was dropped


def test_rebuild_keeps_suggestions_and_the_terms(column):
    first = make_article(column, title="Đô thị văn minh, xanh, sạch")
    second = make_article(column, title="Đổi mới phương thức lãnh đạo")
    if POSTGRES:
        with connection.cursor() as cursor:  # a stale row, as an interrupted writer could leave
            cursor.execute("INSERT INTO search_titleterm (term, page_id, whole) VALUES ('ngap', %s, true)", [first.pk])
    call_command("search_index", "rebuild", verbosity=0)
    assert suggest("do th") == [first.title]
    assert suggest("doi m") == [second.title]
    assert suggest("ngap") == []
    assert_terms_follow_the_index()
