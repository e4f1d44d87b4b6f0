"""The readers' search: folding, the index following publishing, /tim-kiem/, /api/search/."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from wagtail.models import PageViewRestriction

from cms.search import service
from cms.search.embedded import MatchSet
from cms.search.models import SearchEntry
from cms.search.query import SearchQuery
from cms.search.text import fold, highlight, query_words
from tests.factories import (
    make_article,
    make_column,
    make_directive,
    make_exemplar,
    make_issuer,
    make_library,
    make_outlet,
    make_registry,
)

pytestmark = pytest.mark.django_db


def titles(text, **filters):
    return [hit.title for hit in service.search(SearchQuery(text, filters=filters, per_page=50)).hits]


@pytest.fixture
def newsroom(clean_tree):
    home = make_outlet()
    politics = make_column(home, "Xây dựng Đảng")
    economy = make_column(home, "Kinh tế")
    library = make_library(home)
    city = make_issuer()
    directive = make_directive(
        library,
        title="Chỉ thị về đổi mới công tác học tập, quán triệt nghị quyết của Đảng",
        summary="Đổi mới việc nghiên cứu, học tập, quán triệt chủ trương của Đảng.",
        issuer=city,
    )
    plan = make_directive(
        library,
        number="05/KH-UBND",
        kind="ke-hoach",
        issuer=make_issuer(name="Ủy ban nhân dân thành phố Cần Thơ", short_name="UBND TP", code="UBND", level="ubnd"),
        title="Kế hoạch chuyển đổi số năm 2026",
        summary="Chuyển đổi số trong cơ quan hành chính.",
    )
    learning = make_article(
        politics,
        title="Đảng bộ phường học tập nghị quyết qua mạng",
        lead="Các chi bộ quán triệt nghị quyết bằng hình thức trực tuyến.",
        tags=["Nghị quyết"],
    )
    floods = make_article(
        economy,
        title="Đà Nẵng đầu tư hệ thống thoát nước",
        lead="Thành phố đang nâng cấp cống thoát nước ở các tuyến đường trũng.",
        tags=["Hạ tầng"],
    )
    registry = make_registry(home)
    exemplar = make_exemplar(registry, title="Chi bộ khu vực 3 học nghị quyết bằng hỏi đáp")
    return {
        "home": home,
        "politics": politics,
        "economy": economy,
        "directive": directive,
        "plan": plan,
        "learning": learning,
        "floods": floods,
        "exemplar": exemplar,
    }


# ---------------------------------------------------------------- text


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Đảng bộ", "dang bo"),
        ("ĐÀ NẴNG", "da nang"),
        ("Quán triệt", "quan triet"),
        ("Qua\u0301n trie\u0323\u0302t", "quan triet"),  # NFD input
        ("đường", "duong"),
    ],
)
def test_fold_handles_nfc_nfd_and_d_with_stroke(text, folded):
    assert fold(text) == folded


def test_query_syntax_characters_are_only_separators():
    assert query_words("\"chỉ thị\" AND (23*) : -CT/TU 'x'") == ["chi", "thi", "and", "23", "ct", "tu", "x"]


def test_highlight_marks_the_written_word_and_escapes_the_rest():
    text = "Học tập <b>nghị quyết</b> & quán triệt"
    html = highlight(text, ["nghi", "quyet"])
    assert "<mark>nghị</mark> <mark>quyết</mark>" in html
    assert "&lt;b&gt;" in html and "&amp;" in html and "<b>" not in html


# ---------------------------------------------------------------- the index follows publishing


def test_published_pages_are_indexed_with_their_type_and_site(newsroom):
    entries = {entry.pk: entry for entry in SearchEntry.objects.all()}
    for key, kind in [("directive", "directive"), ("learning", "article"), ("exemplar", "exemplar")]:
        page = newsroom[key]
        assert entries[page.pk].type == kind
        assert entries[page.pk].site.root_page_id == newsroom["home"].pk
    # Columns and home pages are not searched as content.
    assert newsroom["politics"].pk not in entries


def test_drafts_are_not_indexed_and_an_edit_shows_after_publishing(newsroom):
    draft = make_article(newsroom["politics"], title="Bản nháp về nghị quyết bí mật", publish=False)
    assert not SearchEntry.objects.filter(pk=draft.pk).exists()
    assert titles("bi mat") == []

    article = newsroom["learning"]
    article.title = "Đảng bộ phường học tập nghị quyết bằng điện thoại thông minh"
    article.save_revision()  # a draft of the change: the live title stays
    assert titles("dien thoai thong minh") == []
    article.get_latest_revision().publish()
    assert titles("dien thoai thong minh") == [article.title]


def test_unpublish_delete_and_privacy_take_pages_out(newsroom):
    article = newsroom["learning"]
    article.unpublish()
    assert titles("hoc tap nghi quyet qua mang") == []
    article.get_latest_revision().publish()
    assert titles("hoc tap nghi quyet qua mang") == [article.title]

    restriction = PageViewRestriction.objects.create(page=newsroom["politics"], restriction_type="login")
    assert titles("hoc tap nghi quyet qua mang") == []
    restriction.delete()
    assert titles("hoc tap nghi quyet qua mang") == [article.title]

    article.delete()
    assert titles("hoc tap nghi quyet qua mang") == []
    assert not SearchEntry.objects.filter(pk=article.pk).exists()


# ---------------------------------------------------------------- matching and ranking


@pytest.mark.parametrize("typed", ["Đà Nẵng", "da nang", "DA NANG", "Da Nẵng", "Đa nang"])
def test_any_way_of_typing_finds_the_same_page(newsroom, typed):
    assert titles(typed)[0] == newsroom["floods"].title


@pytest.mark.parametrize("typed", ["quán triệt nghị quyết", "quan triet nghi quyet", "QUAN TRIET NGHI QUYET"])
def test_folded_queries_match_every_type(newsroom, typed):
    found = set(titles(typed))
    assert {newsroom["directive"].title, newsroom["learning"].title} <= found


@pytest.mark.parametrize("typed", ["23-CT/TU", "23/CT-TU", "ct 23", "chỉ thị 23", "CT23"])
def test_a_directive_number_puts_that_directive_first(newsroom, typed):
    assert titles(typed)[0] == newsroom["directive"].title


@pytest.mark.parametrize("typed", ["23-CT/TU", "23/CT-TU", "ct tu 23", "05/KH-UBND", "kh-ubnd 05"])
def test_a_number_quoted_in_an_article_finds_the_article(newsroom, typed):
    """Numbers are split into their words on both databases (PostgreSQL's parser would
    keep `23-ct/tu` as one token: migration search 0004), so an article that only
    quotes a number is found by it, however it is typed."""
    quoting = make_article(
        newsroom["economy"],
        title="Phường Cái Khế sơ kết việc thực hiện văn bản của thành phố",
        lead="Báo cáo nêu kết quả triển khai Chỉ thị 23-CT/TU và Kế hoạch 05/KH-UBND tại khu dân cư.",
    )
    assert quoting.title in titles(typed)


def test_title_matches_rank_above_body_matches(newsroom):
    make_article(
        newsroom["economy"],
        title="Tin kinh tế trong tuần",
        lead="Trong tuần, các doanh nghiệp bàn về chuyển đổi số và thoát nước.",
    )
    found = titles("chuyen doi so")
    assert found[0] == newsroom["plan"].title


def test_recent_items_win_a_tie(newsroom):
    old = make_article(
        newsroom["economy"], title="Chợ nổi Cái Răng đón khách", slug="cho-noi-2023", lead="Khách đến chợ nổi."
    )
    new = make_article(
        newsroom["economy"], title="Chợ nổi Cái Răng đón khách", slug="cho-noi-2026", lead="Khách đến chợ nổi."
    )
    type(old).objects.filter(pk=old.pk).update(first_published_at=timezone.now() - timedelta(days=900))
    service.index_pages([old])
    assert titles("cho noi cai rang")[:2] == [new.title, old.title]
    assert service.search(SearchQuery("cho noi cai rang")).hits[0].page_id == new.pk


def test_exact_accents_rank_higher_when_typed(newsroom):
    dang = make_article(newsroom["economy"], title="Đang thi công đường Ba Tháng Hai", lead="Công trình đang làm.")
    party = make_article(newsroom["politics"], title="Đảng ủy phường họp thường kỳ", lead="Đảng ủy họp.")
    first = service.search(SearchQuery("Đảng ủy")).hits[0]
    assert first.page_id == party.pk
    assert dang.pk in [hit.page_id for hit in service.search(SearchQuery("dang", per_page=50)).hits]


# ---------------------------------------------------------------- facets, filters, pagination


def test_facets_count_with_the_other_filters_applied(newsroom):
    results = service.search(SearchQuery("nghi quyet"))
    types = {facet.value: facet.count for facet in results.facets["type"]}
    assert types == {"article": 1, "directive": 1, "exemplar": 1}
    only_articles = service.search(SearchQuery("nghi quyet", filters={"type": "article"}))
    assert only_articles.count == 1
    # The type facet still shows the other types (its own filter is not applied to it) ...
    assert {facet.value: facet.count for facet in only_articles.facets["type"]}["directive"] == 1
    assert [facet.value for facet in only_articles.facets["type"] if facet.selected] == ["article"]
    # ... while the column facet counts only what the type filter leaves.
    assert {facet.value: facet.count for facet in only_articles.facets["column"]} == {newsroom["politics"].slug: 1}


def rule_facets(entries, filters):
    """The general rule, by brute force: each facet counts the entries that pass the
    OTHER facets' filters (the reference for MatchSet's counting)."""
    from collections import Counter

    fields = {"type": "type", "column": "column_slug", "issuer": "issuer_slug", "kind": "directive_kind"}
    counts = {name: Counter() for name in ("type", "column", "tag", "issuer", "kind", "year")}
    for entry in entries:
        tags = set(entry.tags.values_list("slug", flat=True))
        values = {name: {getattr(entry, field)} - {""} for name, field in fields.items()}
        values["year"] = {str(entry.year)} if entry.year is not None else set()
        values["tag"] = tags
        for name in counts:
            if all(str(value) in values[other] for other, value in filters.items() if other != name):
                counts[name].update(values[name])
    return {name: dict(counter) for name, counter in counts.items()}


@pytest.mark.parametrize(
    "filters",
    [{}, {"type": "article"}, {"tag": "nghi-quyet"}, {"type": "directive", "year": "2026"}, {"column": "zzz-none"}],
)
@pytest.mark.parametrize("threshold", [20_000, 1])
def test_facets_follow_the_general_rule_exactly_or_on_a_sample(newsroom, settings, filters, threshold):
    """Counts read once from the match set agree with the rule computed entry by entry;
    above SEARCH_EXACT_FACETS_UP_TO matches they are estimates, marked approximate."""
    settings.SEARCH_EXACT_FACETS_UP_TO = threshold
    make_article(newsroom["economy"], title="Nghị quyết không thẻ", tags=[])
    if "column" in filters:
        filters = {"column": newsroom["politics"].slug}
    results = service.search(SearchQuery("nghi quyet", filters=filters))
    matched = SearchEntry.objects.filter(title_folded__contains="nghi quyet") | SearchEntry.objects.filter(
        text_folded__contains="nghi quyet"
    )
    expected = rule_facets(matched.distinct(), filters)
    got = {name: {facet.value: facet.count for facet in values} for name, values in results.facets.items()}
    assert results.facets_approximate is (threshold == 1)
    assert results.count == len([e for e in matched.distinct() if all_pass(e, filters)])
    if threshold == 1:
        # A sample of ~1 match, scaled: every value shown is one of the real ones, with a plausible count.
        for name, values in got.items():
            assert set(values) <= set(expected[name])
            assert all(1 <= n <= matched.distinct().count() for n in values.values())
    else:
        assert got == expected


def all_pass(entry, filters):
    fields = {
        "type": "type",
        "column": "column_slug",
        "issuer": "issuer_slug",
        "kind": "directive_kind",
        "year": "year",
    }
    for name, value in filters.items():
        if name == "tag":
            if not entry.tags.filter(slug=value).exists():
                return False
        elif str(getattr(entry, fields[name])) != str(value):
            return False
    return True


def test_two_searches_on_one_connection_do_not_mix(newsroom):
    """The match set is a temporary table of the connection: the second search empties it first."""
    first = service.search(SearchQuery("da nang"))
    second = service.search(SearchQuery("nghi quyet"))
    again = service.search(SearchQuery("da nang"))
    assert [hit.page_id for hit in first.hits] == [hit.page_id for hit in again.hits] == [newsroom["floods"].pk]
    assert first.count == again.count == 1 and second.count == 3
    assert newsroom["floods"].pk not in [hit.page_id for hit in second.hits]


def test_api_and_page_say_when_facets_are_estimates(client, newsroom, settings, monkeypatch):
    from cms.search import embedded

    settings.SEARCH_EXACT_FACETS_UP_TO = 1
    # A sample of about 1 in 3 matches may hold none of them: here it keeps every match.
    monkeypatch.setattr(embedded, "SAMPLE_SQL", "(h.id > 0 OR h.id = %s)")
    data = client.get("/api/search/", {"q": "nghi quyet"}).json()
    assert data["facets_approximate"] is True and data["count"] == 3
    assert "(khoảng " in client.get("/tim-kiem/", {"q": "nghi quyet"}).content.decode()
    settings.SEARCH_EXACT_FACETS_UP_TO = 20_000
    assert client.get("/api/search/", {"q": "nghi quyet"}).json()["facets_approximate"] is False
    assert "(khoảng " not in client.get("/tim-kiem/", {"q": "nghi quyet"}).content.decode()


def test_unknown_filter_values_are_ignored(newsroom):
    every = service.search(SearchQuery("nghi quyet")).count
    for filters in [{"type": "zzz"}, {"year": "abc"}, {"column": "khong-co"}, {"tag": "'; DROP TABLE x; --"}]:
        assert service.search(SearchQuery("nghi quyet", filters=filters)).count == every


def test_a_page_past_the_end_is_empty(newsroom):
    results = service.search(SearchQuery("nghi quyet", page=50))
    assert results.count == 3 and results.hits == []


def test_search_stays_in_the_readers_outlet(newsroom):
    site_id = newsroom["home"].get_site().pk
    with connection.cursor() as cursor:
        # One outlet: the site filter keeps every match, so the search skips it.
        assert MatchSet(cursor, site_id)._other_sites() is False
    other = make_outlet(title="Cổng quận", slug="quan", hostname="quan.localhost", default=False)
    make_article(make_column(other, "Tin quận"), title="Đà Nẵng và Cần Thơ kết nghĩa", lead="Hai thành phố.")
    with connection.cursor() as cursor:
        assert MatchSet(cursor, site_id)._other_sites() is True
    mine = service.search(SearchQuery("da nang", site_id=site_id))
    assert [hit.title for hit in mine.hits] == [newsroom["floods"].title]
    assert service.search(SearchQuery("da nang")).count == 2


def test_did_you_mean_offers_a_spelling_that_finds_something(newsroom):
    service.embedded_backend().forget_vocabulary()
    results = service.search(SearchQuery("nghi quyts"))
    assert results.count == 0
    assert results.did_you_mean == "nghi quyet"


def test_suggestions_complete_the_last_word(newsroom):
    suggestions, degraded = service.suggest("hoc tap nghi quy")
    assert not degraded
    assert newsroom["learning"].title in suggestions
    assert service.suggest("")[0] == []


# ---------------------------------------------------------------- the site page


def test_search_page_shows_highlighted_results_and_facets(client, newsroom):
    response = client.get("/tim-kiem/", {"q": "quan triet nghi quyet"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tìm thấy <strong>2</strong> kết quả" in html
    assert "<mark>quán</mark> <mark>triệt</mark>" in html
    assert "Loại nội dung" in html and "Văn bản chỉ đạo" in html
    assert newsroom["directive"].url in html


def test_search_page_states(client, newsroom):
    empty = client.get("/tim-kiem/")
    assert empty.status_code == 200 and "Nhập từ khóa để tìm" in empty.content.decode()
    nothing = client.get("/tim-kiem/", {"q": "xyzxyz"}).content.decode()
    assert "Không tìm thấy kết quả nào" in nothing and "gõ không dấu" in nothing
    too_long = client.get("/tim-kiem/", {"q": "a" * 501})
    assert too_long.status_code == 400 and "dài quá 500 ký tự" in too_long.content.decode()
    past_end = client.get("/tim-kiem/", {"q": "nghi quyet", "page": "99"}).content.decode()
    assert "Trang này không còn kết quả" in past_end
    bad_page = client.get("/tim-kiem/", {"q": "nghi quyet", "page": "abc"})
    assert bad_page.status_code == 200


def test_search_page_pagination_keeps_query_and_filters(client, newsroom):
    for number in range(12):
        make_article(newsroom["economy"], title=f"Nghị quyết về kinh tế số {number}", lead="Kinh tế số.")
    html = client.get("/tim-kiem/", {"q": "nghi quyet", "type": "article"}).content.decode()
    assert 'href="?q=nghi+quyet&amp;type=article&amp;page=2"' in html
    second = client.get("/tim-kiem/", {"q": "nghi quyet", "type": "article", "page": "2"}).content.decode()
    assert "Trang 2/2" in second and 'rel="prev"' in second


@pytest.mark.parametrize(
    "hostile",
    ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>', "' OR 1=1; DROP TABLE search_searchentry; --"],
)
def test_hostile_queries_are_shown_inert(client, newsroom, hostile):
    response = client.get("/tim-kiem/", {"q": hostile})
    html = response.content.decode()
    assert response.status_code == 200
    assert hostile not in html
    assert "<script>alert" not in html and "<img src=x" not in html
    assert SearchEntry.objects.exists()


# ---------------------------------------------------------------- the JSON API


def test_api_search_shape(client, newsroom):
    data = client.get("/api/search/", {"q": "chi thi 23"}).json()
    assert data["backend"] == "embedded" and data["degraded"] is False
    first = data["results"][0]
    assert first["id"] == newsroom["directive"].pk
    assert first["type"] == "directive" and first["number"] == "23-CT/TU"
    assert set(first) >= {"id", "type", "title", "url", "snippet", "published_at"}
    types = {facet["value"]: facet for facet in data["facets"]["type"]}
    assert types["directive"]["count"] >= 1 and types["directive"]["label"] == "Văn bản chỉ đạo"
    assert data["count"] == sum(facet["count"] for facet in data["facets"]["type"])


def test_api_search_bad_input(client, newsroom):
    assert client.get("/api/search/").json()["count"] == 0
    assert client.get("/api/search/", {"q": "   "}).json()["results"] == []
    too_long = client.get("/api/search/", {"q": "x" * 501})
    assert too_long.status_code == 400
    assert too_long.json() == {"errors": {"q": ["Từ khóa tìm kiếm dài quá 500 ký tự; hãy rút gọn."]}}
    bad_page = client.get("/api/search/", {"q": "x", "page": "0"})
    assert bad_page.status_code == 400 and "page" in bad_page.json()["errors"]
    assert client.get("/api/search/", {"q": "nghi quyet", "page": "999"}).json()["results"] == []
    assert client.get("/api/search/", {"q": "x", "site": "abc"}).status_code == 400
    assert client.post("/api/search/", {"q": "x"}).status_code == 405
    # NUL bytes in filter values (found by the schemathesis run on PostgreSQL: a 500).
    every = client.get("/api/search/", {"q": "nghi quyet"}).json()["count"]
    for name in ("type", "column", "tag", "issuer", "kind", "year"):
        answer = client.get("/api/search/", {"q": "nghi quyet", name: "thoi\x00su"})
        assert answer.status_code == 200, name
        assert answer.json()["count"] == every
    assert service.search(SearchQuery("nghi quyet", filters={"column": "a\x00b"})).count == every


@pytest.mark.parametrize("characters", ['"', "*", "(", ":", "-", "/", "'", '"nghị quyết" AND (', "NEAR(", "^", "\x00"])
def test_api_query_syntax_characters_never_fail(client, newsroom, characters):
    response = client.get("/api/search/", {"q": characters})
    assert response.status_code == 200, response.content
    assert client.get("/api/search/suggest/", {"q": characters}).status_code == 200


def test_api_suggest(client, newsroom):
    data = client.get("/api/search/suggest/", {"q": "da nan"}).json()
    floods = newsroom["floods"]
    assert data == {
        "suggestions": [{"title": floods.title, "url": floods.url, "id": floods.pk}],
        "degraded": False,
    }


def test_api_never_shows_drafts_or_private_pages(client, newsroom):
    make_article(newsroom["politics"], title="Dự thảo chưa công bố về thoát nước", publish=False)
    private_column = make_column(newsroom["home"], "Nội bộ")
    make_article(private_column, title="Thông báo nội bộ về thoát nước", lead="Chỉ cho cán bộ.")
    PageViewRestriction.objects.create(page=private_column, restriction_type="password", password="mat-khau")
    data = client.get("/api/search/", {"q": "thoat nuoc"}).json()
    assert [result["title"] for result in data["results"]] == [newsroom["floods"].title]


# ---------------------------------------------------------------- fallback and the command


def test_elasticsearch_down_falls_back_to_the_database(client, newsroom, settings, caplog):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens on the discard port
    data = client.get("/api/search/", {"q": "da nang"}).json()
    assert data["degraded"] is True and data["backend"] == "embedded"
    assert data["results"][0]["id"] == newsroom["floods"].pk
    page = client.get("/tim-kiem/", {"q": "da nang"})
    assert page.status_code == 200 and "chỉ mục dự phòng" in page.content.decode()
    assert client.get("/api/search/suggest/", {"q": "da nan"}).json()["degraded"] is True
    assert "Elasticsearch" in caplog.text


def test_search_index_command(newsroom, capsys):
    SearchEntry.objects.all().delete()
    call_command("search_index", "status")
    out = capsys.readouterr().out
    assert "Trang công khai cần có trong chỉ mục: 5" in out and "Chỉ mục trong cơ sở dữ liệu: 0 trang" in out
    call_command("search_index", "update", no_progress=True)
    assert "thêm 5, gỡ 0" in capsys.readouterr().out
    call_command("search_index", "rebuild", no_progress=True)
    assert "Đã dựng lại chỉ mục: 5 trang." in capsys.readouterr().out
    assert SearchEntry.objects.count() == 5


def test_a_search_during_a_rebuild_finds_everything(newsroom, monkeypatch, capsys):
    """search_index rebuild builds aside and swaps in one step: a search between its
    batches (here one page each) sees the whole old index, and after it the whole new one."""
    from cms.search.management.commands import search_index

    every = {hit.page_id for hit in service.search(SearchQuery("nghi quyet", per_page=50)).hits}
    floods = [hit.page_id for hit in service.search(SearchQuery("da nang")).hits]
    assert len(every) == 3 and floods == [newsroom["floods"].pk]
    seen = []
    original = search_index.batches

    def one_by_one(iterable, size=1):
        for chunk in original(iterable, 1):
            yield chunk
            seen.append(
                (
                    {hit.page_id for hit in service.search(SearchQuery("nghi quyet", per_page=50)).hits},
                    [hit.page_id for hit in service.search(SearchQuery("da nang")).hits],
                )
            )

    monkeypatch.setattr(search_index, "batches", one_by_one)
    call_command("search_index", "rebuild", no_progress=True)
    assert "Đã dựng lại chỉ mục: 5 trang." in capsys.readouterr().out
    assert len(seen) >= 5
    assert all(found == every and first == floods for found, first in seen)
    assert {hit.page_id for hit in service.search(SearchQuery("nghi quyet", per_page=50)).hits} == every
    # The swapped-in index is whole: facets, tags, the index's triggers, its vocabulary.
    results = service.search(SearchQuery("nghi quyet", filters={"tag": "nghi-quyet"}))
    assert [hit.page_id for hit in results.hits] == [newsroom["learning"].pk]
    fresh = make_article(newsroom["economy"], title="Cầu Trần Thị Lý thông xe", lead="Cầu mới.")
    assert titles("cau tran thi ly") == [fresh.title]
    fresh.delete()
    assert titles("cau tran thi ly") == []
    service.embedded_backend().forget_vocabulary()
    assert service.search(SearchQuery("nghi quyts")).did_you_mean == "nghi quyet"


def test_a_failed_rebuild_leaves_the_index_as_it_was(newsroom):
    from cms.search.documents import SiteFinder, document_for, indexable_pages

    sites = SiteFinder()
    documents = [document for document in (document_for(page, sites) for page in indexable_pages()) if document]

    def failing():
        yield documents[:2]
        raise RuntimeError("hết bộ nhớ")

    with pytest.raises(RuntimeError):
        service.embedded_backend().rebuild(failing())
    assert SearchEntry.objects.count() == 5
    assert titles("da nang") == [newsroom["floods"].title]
    assert service.embedded_backend().rebuild([documents]) == 5
    assert titles("da nang") == [newsroom["floods"].title]
