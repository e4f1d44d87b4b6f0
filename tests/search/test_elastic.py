"""The Elasticsearch backend: its mappings and queries as to_dict(), then end to end
against osmem-server (an in-memory OpenSearch-compatible server from PyPI), and the
fallback to the embedded index when Elasticsearch is down.

What osmem cannot prove (real Lucene analysis and scoring, ICU, clusters) is listed in
README, "Tìm kiếm với Elasticsearch"."""

import re
import socket
from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from cms.search import service
from cms.search.documents import SearchDocument
from cms.search.elastic import ElasticBackend
from cms.search.elastic.mapping import ArticleDocument, DirectiveDocument, es_document, index_definition
from cms.search.models import IndexRetry
from cms.search.query import SearchQuery
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
from tests.search.elastic_support import OsmemCompatibleNode

SYNTAX = ['"', "*", "(", ":", "-", "/", "'", '"nghị quyết" AND (', "NEAR(", "^", "\x00", "title:(x", "23-CT/TU*", "a\\"]


# ---------------------------------------------------------------- fixtures


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_osmem(**kwargs):
    """An osmem-server process, or a skip saying why (a failure in CI: see tests/conftest.py)."""
    try:
        from osmem_server import OsmemServer

        return OsmemServer.start(japanese=False, **kwargs)
    except Exception as error:  # not installed, no binary for this platform, cannot bind
        pytest.skip(f"osmem-server không khởi động được ({error}); cài requirements-dev.txt")


@pytest.fixture(scope="session")
def osmem():
    server = start_osmem(freeze=True)
    yield server
    server.close()


@pytest.fixture
def es_url(osmem):
    """A fresh, empty cluster for this test (an osmem clone on its own port)."""
    clone = osmem.clone()
    yield clone.url
    clone.close()


def use_elasticsearch(settings, url):
    settings.ELASTICSEARCH_URL = url
    settings.SEARCH_INDEX_PREFIX = "thu"
    settings.ELASTICSEARCH_CLIENT_OPTIONS = {"node_class": OsmemCompatibleNode}
    return service.external_backend()


@pytest.fixture(autouse=True)
def _forget_backend():
    service._external = None
    yield
    service._external = None


@pytest.fixture
def elastic(settings, es_url):
    return use_elasticsearch(settings, es_url)


@pytest.fixture
def newsroom(clean_tree):
    home = make_outlet()
    politics = make_column(home, "Xây dựng Đảng")
    economy = make_column(home, "Kinh tế")
    library = make_library(home)
    directive = make_directive(
        library,
        title="Chỉ thị về đổi mới công tác học tập, quán triệt nghị quyết của Đảng",
        summary="Đổi mới việc nghiên cứu, học tập, quán triệt chủ trương của Đảng.",
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
        lead="Thành phố đang nâng cấp cống <b>thoát nước</b> & vỉa hè ở các tuyến đường trũng.",
        tags=["Hạ tầng"],
    )
    # Names the number in its title: the directive itself must still come first.
    citing = make_article(
        politics,
        title="Quán triệt Chỉ thị 23-CT/TU về công tác học tập",
        lead="Hội nghị quán triệt chỉ thị 23-CT/TU.",
    )
    exemplar = make_exemplar(make_registry(home), title="Chi bộ khu vực 3 học nghị quyết bằng hỏi đáp")
    return {
        "home": home,
        "politics": politics,
        "economy": economy,
        "directive": directive,
        "plan": plan,
        "learning": learning,
        "floods": floods,
        "citing": citing,
        "exemplar": exemplar,
    }


def index_everything():
    return service.index_pages(Page.objects.live().specific())


@pytest.fixture
def indexed(newsroom, elastic):
    assert index_everything() == 6
    return newsroom


def search(text, **kwargs):
    results = service.search(SearchQuery(text, per_page=kwargs.pop("per_page", 50), **kwargs))
    assert results.backend == "elasticsearch" and not results.degraded
    return results


def titles(text, **kwargs):
    return [hit.title for hit in search(text, **kwargs).hits]


# ---------------------------------------------------------------- mappings (no server)


def test_mapping_sets_vietnamese_analysis_on_every_text_field():
    definition = index_definition()
    analysis = definition["settings"]["analysis"]
    assert analysis["filter"]["vi_fold_keep"] == {"type": "asciifolding", "preserve_original": True}
    assert analysis["filter"]["vi_fold"] == {"type": "asciifolding", "preserve_original": False}
    assert analysis["filter"]["vi_shingle"] == {
        "type": "shingle",
        "min_shingle_size": 2,
        "max_shingle_size": 3,
        "output_unigrams": False,
    }
    assert analysis["analyzer"]["vi_index"]["filter"] == ["lowercase", "vi_fold_keep"]
    assert analysis["analyzer"]["vi_search"]["filter"] == ["lowercase", "vi_fold"]
    assert analysis["analyzer"]["vi_exact"]["filter"] == ["lowercase"]  # query-time only: declared explicitly
    assert analysis["analyzer"]["vi_shingles"]["filter"] == ["lowercase", "vi_fold", "vi_shingle"]

    fields = definition["mappings"]["properties"]
    # No text field relies on an index-level default analyzer.
    for name, field in fields.items():
        for sub in [field, *field.get("fields", {}).values()]:
            if sub["type"] == "text":
                assert "analyzer" in sub, name
    assert fields["title"] | {"fields": None} == {
        "type": "text",
        "analyzer": "vi_index",
        "search_analyzer": "vi_search",
        "copy_to": "spell",
        "fields": None,
    }
    assert fields["title"]["fields"]["shingles"] == {"type": "text", "analyzer": "vi_shingles"}
    assert fields["suggest"] == {
        "type": "completion",
        "analyzer": "vi_search",
        "max_input_length": 100,
        "contexts": [{"name": "site", "type": "category"}],
    }
    # Facets and filters are keywords; the union covers every type's own fields.
    for name in ("type", "column", "column_label", "tag", "tag_label", "issuer", "issuer_label", "kind", "number_key"):
        assert fields[name]["type"] == "keyword", name
    assert fields["number"]["fields"]["text"]["analyzer"] == "vi_index"
    assert fields["year"]["type"] == "integer" and fields["published_at"]["type"] == "date"


def test_each_type_has_its_document_class_on_one_shared_mapping():
    published = datetime(2026, 3, 1, 8, tzinfo=UTC)
    directive = es_document(
        SearchDocument(
            page_id=7,
            type="directive",
            title="Chi\u0309 thi\u0323 số 23-CT/TU",  # NFD from a pasted document
            url="/van-ban/23/",
            site_id=2,
            published_at=published,
            year=2023,
            number="23-CT/TU",
            issuer_slug="btv-thanh-uy",
            issuer_name="Ban Thường vụ Thành ủy",
            directive_kind="chi-thi",
            tags=[("nghi-quyet", "Nghị quyết")],
        )
    )
    assert type(directive) is DirectiveDocument and directive.meta.id == 7
    source = directive.to_dict()
    assert source["title"] == "Chỉ thị số 23-CT/TU"  # NFC: Lucene's folding handles precomposed letters only
    assert source["number_key"] == "23cttu" and source["number_digits"] == "23" and source["number_issuer"] == "TU"
    assert source["kind"] == "chi-thi" and source["issuer_label"] == "btv-thanh-uy|Ban Thường vụ Thành ủy"
    assert source["tag"] == ["nghi-quyet"] and source["tag_label"] == ["nghi-quyet|Nghị quyết"]
    assert source["suggest"]["input"] == ["Chỉ thị số 23-CT/TU", "thị số 23-CT/TU", "số 23-CT/TU", "23-CT/TU"]
    assert source["suggest"]["contexts"] == {"site": ["all", "2"]}
    assert "column" not in source

    article = es_document(
        SearchDocument(
            page_id=8,
            type="article",
            title="Tin",
            url="",
            site_id=None,
            published_at=published,
            column_slug="thoi-su",
            column_title="Thời sự",
        )
    )
    assert type(article) is ArticleDocument
    assert article.to_dict()["column_label"] == "thoi-su|Thời sự" and "number_key" not in article.to_dict()


# ---------------------------------------------------------------- queries (no server)


def request_body(query: SearchQuery) -> dict:
    return ElasticBackend("http://127.0.0.1:9", "thu").build_search(query)._s.to_dict()


def test_query_structure_boosts_facets_and_highlight():
    body = request_body(
        SearchQuery("Quán triệt nghị quyết", filters={"type": "directive", "year": "2023"}, site_id=3, page=2)
    )
    query = body["query"]["bool"]
    assert query["filter"] == [{"term": {"site_id": 3}}]
    scored = query["must"][0]["function_score"]
    assert scored["boost_mode"] == "sum" and scored["score_mode"] == "sum"
    assert scored["functions"] == [
        {"exp": {"published_at": {"origin": "now", "scale": "180d", "decay": 0.5}}, "weight": 0.75}
    ]
    matched = scored["query"]["bool"]["should"][0]["bool"]
    match = matched["must"][0]["multi_match"]
    assert match["query"] == "quan triet nghi quyet"  # folded before it is sent
    assert match["type"] == "cross_fields" and match["operator"] == "and"
    assert match["fields"][:3] == ["title^3", "number.text^3", "lead^1.5"]
    phrase, exact = (clause["multi_match"] for clause in matched["should"])
    assert phrase["fields"] == ["title.shingles^2", "lead.shingles^0.5"]
    assert exact == {"query": "quán triệt nghị quyết", "analyzer": "vi_exact", "fields": ["title^1.5", "lead^0.5"]}

    # Facet filters narrow the hits (post_filter); each facet counts with the others applied.
    assert body["post_filter"] == {
        "bool": {"must": [{"terms": {"type": ["directive"]}}, {"terms": {"year": ["2023"]}}]}
    }
    assert body["aggs"]["_filter_type"]["filter"] == {"terms": {"year": ["2023"]}}
    assert body["aggs"]["_filter_type"]["aggs"]["type"]["terms"] == {"field": "type", "size": 20}
    assert body["aggs"]["_filter_year"]["filter"] == {"terms": {"type": ["directive"]}}
    assert body["aggs"]["_filter_column"]["aggs"]["column"]["terms"]["field"] == "column_label"
    assert set(body["aggs"]) == {f"_filter_{name}" for name in ("type", "column", "tag", "issuer", "kind", "year")}

    highlight = body["highlight"]
    assert highlight["encoder"] == "html"
    assert highlight["pre_tags"] == ["<mark>"] and highlight["post_tags"] == ["</mark>"]
    assert highlight["fields"]["title"] == {"number_of_fragments": 0}
    assert highlight["highlight_query"]["multi_match"]["query"] == "quan triet nghi quyet"
    assert body["from"] == 10 and body["size"] == 10 and body["track_total_hits"] is True


def test_ascii_queries_have_no_exact_accent_clause_and_no_site_filter():
    body = request_body(SearchQuery("quan triet"))
    scored = body["query"]["function_score"]
    assert len(scored["query"]["bool"]["should"]) == 1  # no number named: nothing pinned
    assert len(scored["query"]["bool"]["should"][0]["bool"]["should"]) == 1  # shingles only
    assert "post_filter" not in body


@pytest.mark.parametrize("typed, key", [("23/CT-TU", "23cttu"), ("ct 23", "ct23"), ("chỉ thị 23 TU", "chithi23tu")])
def test_a_directive_number_is_pinned_by_its_parts(typed, key):
    pins = request_body(SearchQuery(typed))["query"]["function_score"]["query"]["bool"]["should"][1:]
    parts = pins[0]["constant_score"]
    assert parts["boost"] == 1000.0
    assert {"term": {"number_digits": "23"}} in parts["filter"]["bool"]["filter"]
    assert {"terms": {"kind": ["chi-thi"]}} in parts["filter"]["bool"]["filter"]
    assert pins[1]["constant_score"]["filter"] == {"term": {"number_key": key}}


def test_pages_past_the_result_window_ask_for_counts_only():
    body = request_body(SearchQuery("nghi quyet", page=1001, per_page=10))
    assert body["size"] == 0


# ---------------------------------------------------------------- end to end against osmem


def test_index_is_created_behind_the_alias_with_the_prefix(indexed, elastic):
    assert elastic.name == "elasticsearch" and elastic.alias == "thu-pages"
    assert elastic.current_versions() == ["thu-pages-v0"]
    assert elastic.count() == 6  # columns and the home page are not content


@pytest.mark.parametrize("typed", ["Đà Nẵng", "da nang", "DA NANG", "Da Nẵng", "Đa nang", "ĐÀ NẴNG"])
def test_any_way_of_typing_finds_the_same_top_hit(indexed, typed):
    assert titles(typed)[0] == indexed["floods"].title


def test_folding_reaches_every_type_and_the_d_with_stroke(indexed):
    found = set(titles("quan triet nghi quyet"))
    assert {indexed["directive"].title, indexed["learning"].title} <= found
    assert indexed["learning"].title in titles("dang bo")  # Đảng bộ
    assert titles("DANG BO PHUONG")[0] == indexed["learning"].title


def test_exact_accents_rank_higher_when_typed(indexed, elastic):
    dang = make_article(indexed["economy"], title="Đang thi công đường Ba Tháng Hai", lead="Công trình đang làm.")
    party = make_article(indexed["politics"], title="Đảng ủy phường họp thường kỳ", lead="Đảng ủy họp.")
    service.index_pages([dang, party])
    assert search("Đảng ủy").hits[0].page_id == party.pk
    # The same folded word `dang`: the spelling typed decides which comes first.
    party_first = [hit.page_id for hit in search("Đảng").hits]
    dang_first = [hit.page_id for hit in search("Đang").hits]
    assert party_first.index(party.pk) < party_first.index(dang.pk)
    assert dang_first.index(dang.pk) < dang_first.index(party.pk)
    assert {dang.pk, party.pk} <= {hit.page_id for hit in search("dang").hits}


def test_recent_items_win_a_tie(indexed):
    old = make_article(indexed["economy"], title="Chợ nổi Cái Răng đón khách", slug="cho-2023", lead="Khách.")
    new = make_article(indexed["economy"], title="Chợ nổi Cái Răng đón khách", slug="cho-2026", lead="Khách.")
    type(old).objects.filter(pk=old.pk).update(first_published_at=timezone.now() - timedelta(days=900))
    service.index_pages(Page.objects.filter(pk__in=[old.pk, new.pk]).specific())
    assert [hit.page_id for hit in search("cho noi cai rang").hits[:2]] == [new.pk, old.pk]


@pytest.mark.parametrize("typed", ["23-CT/TU", "23/CT-TU", "ct 23", "chỉ thị 23", "CT23", "23 ct tu"])
def test_a_directive_number_puts_that_directive_first(indexed, typed):
    found = titles(typed)
    assert found[0] == indexed["directive"].title
    if typed in ("23-CT/TU", "23/CT-TU"):
        assert indexed["citing"].title in found  # the article naming it is found, after it


def test_facets_count_with_the_other_filters_applied(indexed):
    results = search("nghi quyet")
    assert {facet.value: facet.count for facet in results.facets["type"]} == {
        "article": 1,
        "directive": 1,
        "exemplar": 1,
    }
    assert {facet.value: facet.label for facet in results.facets["type"]}["directive"] == "Văn bản chỉ đạo"
    assert [(facet.value, facet.label) for facet in results.facets["tag"]] == [("nghi-quyet", "Nghị quyết")]
    assert [(facet.value, facet.label) for facet in results.facets["issuer"]] == [
        (indexed["directive"].issuer.slug, "Ban Thường vụ Thành ủy Cần Thơ")
    ]
    assert [(facet.value, facet.label) for facet in results.facets["kind"]] == [("chi-thi", "Chỉ thị")]
    assert set(results.facets) == {"type", "column", "tag", "issuer", "kind", "year"}

    only_articles = search("nghi quyet", filters={"type": "article"})
    assert only_articles.count == 1 and [hit.type for hit in only_articles.hits] == ["article"]
    types = {facet.value: facet.count for facet in only_articles.facets["type"]}
    assert types["directive"] == 1  # the type facet does not apply its own filter ...
    assert [facet.value for facet in only_articles.facets["type"] if facet.selected] == ["article"]
    columns = {(facet.value, facet.label): facet.count for facet in only_articles.facets["column"]}
    assert columns == {(indexed["politics"].slug, "Xây dựng Đảng"): 1}  # ... the others do
    year = str(indexed["learning"].first_published_at.year)
    by_year = search("nghi quyet", filters={"type": "article", "year": year})
    assert by_year.count == 1 and [facet.value for facet in by_year.facets["year"] if facet.selected] == [year]


def test_highlight_marks_the_words_as_written_and_escapes_the_rest(indexed):
    hit = search("thoat nuoc").hits[0]
    assert hit.page_id == indexed["floods"].pk
    assert "<mark>thoát</mark> <mark>nước</mark>" in hit.title_html
    assert "<mark>thoát</mark>" in hit.snippet and "&lt;b&gt;" in hit.snippet and "&amp;" in hit.snippet
    for html in (hit.title_html, hit.snippet):
        assert "<" not in re.sub(r"</?mark>", "", html)  # the only tags are the marks
    directive = search("quán triệt chủ trương").hits[0]
    assert "<mark>quán</mark> <mark>triệt</mark>" in directive.snippet
    assert directive.title_html == indexed["directive"].title.replace(
        "quán triệt", "<mark>quán</mark> <mark>triệt</mark>"
    )


def test_suggest_completes_what_was_typed_within_the_outlet(indexed, elastic):
    assert elastic.suggest("da nan") == [indexed["floods"].title]
    assert indexed["learning"].title in elastic.suggest("hoc tap nghi quy")  # from a word inside the title
    assert elastic.suggest("ĐẢNG BỘ PH") == [indexed["learning"].title]
    site_id = indexed["home"].get_site().pk
    assert elastic.suggest("da nan", site_id=site_id) == [indexed["floods"].title]
    assert elastic.suggest("da nan", site_id=site_id + 100) == []
    assert service.suggest("da nan") == ([indexed["floods"].title], False)
    assert elastic.suggest("") == [] and elastic.suggest("***") == []


def test_search_stays_in_the_outlet_and_pages_past_the_end_are_empty(indexed):
    other = make_outlet(title="Cổng quận", slug="quan", hostname="quan.localhost", default=False)
    twin = make_article(make_column(other, "Tin quận"), title="Đà Nẵng và Cần Thơ kết nghĩa", lead="Hai thành phố.")
    service.index_pages([twin])
    site_id = indexed["home"].get_site().pk
    assert titles("da nang", site_id=site_id) == [indexed["floods"].title]
    assert search("da nang").count == 2
    past = service.search(SearchQuery("nghi quyet", page=50))
    assert past.count == 3 and past.hits == []


def test_did_you_mean_offers_a_spelling_that_finds_something(indexed):
    results = search("nghi quyts")
    assert results.count == 0 and results.did_you_mean == "nghi quyet"
    assert search("xyzxyzxyz").did_you_mean == ""


def test_query_syntax_characters_never_raise(indexed, elastic):
    for text in SYNTAX:
        assert elastic.search(SearchQuery(text)).backend == "elasticsearch", text
        elastic.suggest(text)


def test_syntax_characters_around_words_are_plain_text(indexed, elastic, client):
    assert [hit.title for hit in elastic.search(SearchQuery('"đà nẵng" (thoát*')).hits] == [indexed["floods"].title]
    response = client.get("/api/search/", {"q": '"nghị quyết" AND ('})
    assert response.status_code == 200 and response.json()["backend"] == "elasticsearch"


def test_rebuild_swaps_the_alias_and_search_works_during_and_after(indexed, elastic):
    from cms.search.documents import SiteFinder, document_for, indexable_pages

    seen_during, read, late = [], [], {}

    def documents():
        sites = SiteFinder()
        for page in indexable_pages():  # articles first, then directives, …
            if page.specific_class.__name__ == "DirectivePage" and not late:
                # The previous version still answers while the new one fills ...
                seen_during.append(titles("da nang")[0])
                # ... and what is published or unpublished meanwhile is not lost.
                late["new"] = make_article(indexed["economy"], title="Cầu Rồng phun lửa cuối tuần", lead="Lễ hội.")
                service.index_pages([late["new"]])
                late["gone"] = read[0]  # already read into the new version
                late["gone"].unpublish()
                service.remove_pages([late["gone"].pk])
            read.append(page)
            yield document_for(page, sites)

    assert elastic.rebuild(documents()) == 6
    assert seen_during == [indexed["floods"].title]
    versions = elastic.current_versions()
    assert len(versions) == 1 and re.fullmatch(r"thu-pages-v\d{20}", versions[0])
    assert elastic.versions() == versions  # the previous version is deleted
    assert titles("da nang")[0] == indexed["floods"].title
    assert titles("cau rong") == [late["new"].title]
    assert late["gone"].title not in titles(late["gone"].title)
    assert not elastic.client.exists(index=elastic.alias, id=late["gone"].pk)
    assert elastic.count() == 6

    elastic.rebuild(document_for(page) for page in indexable_pages())
    assert elastic.current_versions() != versions and len(elastic.versions()) == 1


def test_rebuild_command_fills_both_indexes(newsroom, elastic, capsys):
    call_command("search_index", "rebuild", no_progress=True)
    assert elastic.count() == 6 and titles("da nang")[0] == newsroom["floods"].title
    call_command("search_index", "status")
    assert f"Elasticsearch ({elastic.url}): 6 trang" in capsys.readouterr().out


def test_unpublish_and_delete_remove_from_the_index(indexed, elastic, django_capture_on_commit_callbacks):
    article = indexed["learning"]
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert titles("hoc tap nghi quyet qua mang") == []
    with django_capture_on_commit_callbacks(execute=True):
        article.get_latest_revision().publish()
    assert titles("hoc tap nghi quyet qua mang") == [article.title]
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert titles("hoc tap nghi quyet qua mang") == []
    assert elastic.count() == 5 and not IndexRetry.objects.exists()


def test_clear_empties_the_index(indexed, elastic):
    elastic.clear()
    assert elastic.count() == 0
    assert search("da nang").count == 0


# ---------------------------------------------------------------- failures


def test_elasticsearch_down_falls_back_to_embedded_results(newsroom, settings, client, caplog):
    use_elasticsearch(settings, f"http://127.0.0.1:{free_port()}")  # nothing listens there
    results = service.search(SearchQuery("da nang"))
    assert results.degraded is True and results.backend == "embedded"
    assert results.hits[0].page_id == newsroom["floods"].pk
    assert service.suggest("da nan") == ([newsroom["floods"].title], True)
    for path in ("/api/search/", "/tim-kiem/", "/api/search/suggest/"):
        response = client.get(path, {"q": "da nang"})
        assert response.status_code == 200, path
    assert client.get("/api/search/", {"q": "da nang"}).json()["degraded"] is True
    assert "Elasticsearch" in caplog.text


def test_an_index_not_built_yet_also_falls_back(newsroom, elastic):
    results = service.search(SearchQuery("da nang"))
    assert results.degraded is True and results.hits[0].page_id == newsroom["floods"].pk


def test_a_bad_url_never_breaks_publishing(newsroom, settings, django_capture_on_commit_callbacks):
    settings.ELASTICSEARCH_URL = "khong-phai-url"  # no scheme: the client refuses it
    with django_capture_on_commit_callbacks(execute=True):
        newsroom["floods"].save_revision().publish()
    assert IndexRetry.objects.filter(page_id=newsroom["floods"].pk, operation=IndexRetry.INDEX).exists()


def test_indexing_while_down_is_recorded_and_sent_once_it_is_back(
    newsroom, settings, django_capture_on_commit_callbacks
):
    port = free_port()
    backend = use_elasticsearch(settings, f"http://127.0.0.1:{port}")
    index_everything()
    with django_capture_on_commit_callbacks(execute=True):
        newsroom["learning"].unpublish()  # a removal, while down
    with django_capture_on_commit_callbacks(execute=True):
        newsroom["citing"].save_revision().publish()  # a publish, while down: no error reaches the editor
    rows = IndexRetry.objects.all()
    assert {row.page_id for row in rows if row.operation == IndexRetry.INDEX} >= {
        newsroom[key].pk for key in ("floods", "directive", "exemplar")
    }
    assert rows.get(page_id=newsroom["learning"].pk, operation=IndexRetry.REMOVE).last_error
    assert rows.get(page_id=newsroom["citing"].pk, operation=IndexRetry.INDEX).attempts == 2
    assert backend.retry_failed() == 0 and IndexRetry.objects.count() == rows.count()  # still down: kept
    pending = set(rows.values_list("page_id", flat=True))  # with the home page and columns, removed

    server = start_osmem(addr=f"127.0.0.1:{port}")  # the same address comes back
    try:
        assert backend.retry_failed() == len(pending)
        assert not IndexRetry.objects.exists()
        assert backend.count() == 5  # the unpublished article is not sent
        assert titles("da nang")[0] == newsroom["floods"].title
        assert titles("hoc tap nghi quyet qua mang") == []
    finally:
        server.close()


def test_the_next_successful_write_sends_earlier_failures(newsroom, settings, elastic):
    IndexRetry.objects.create(page_id=newsroom["floods"].pk, operation=IndexRetry.INDEX, last_error="mất kết nối")
    service.index_pages([newsroom["plan"]])
    assert not IndexRetry.objects.exists()
    assert titles("da nang") == [newsroom["floods"].title]
