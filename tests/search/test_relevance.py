"""Vietnamese relevance: fixed corpus (tests/search/corpus.py), expected top results.

Every query of corpus.QUERIES is run as written, without accents, in
UPPER-CASE and with đ typed as d — the four ways the issue names — and also with
the old tone placement (hoá, thuỷ); each must give the same top results: how a
reader types must not change the answer. corpus.ACCENT_QUERIES check the
exact-accent preference, for queries typed with accents only.

The corpus is built once for the module inside a transaction that is rolled
back at the end (each test runs in a savepoint within it, as Django's
TestCase.setUpTestData does). The backend is a parameter: the embedded one
always; Elasticsearch as well when ELASTICSEARCH_URL is set when the tests are
collected (no skipped items otherwise: CI counts a skip as a failure)."""

import os
import re
import unicodedata
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from cms.search import service
from cms.search.models import SearchEntry
from cms.search.query import SearchQuery
from cms.search.text import fold, words
from tests.factories import (
    make_article,
    make_column,
    make_directive,
    make_issuer,
    make_library,
    make_locality,
    make_outlet,
    make_registry,
    make_sector,
)
from tests.search import corpus

ELASTICSEARCH_URL = getattr(django_settings, "ELASTICSEARCH_URL", "") or os.environ.get("ELASTICSEARCH_URL", "")
# Elasticsearch is a parameter only when configured, so nothing is ever skipped.
BACKENDS = ["embedded", "elasticsearch"] if ELASTICSEARCH_URL else ["embedded"]

# The old tone placement (hoá, thuỷ, khoẻ) next to the new (hóa, thủy, khỏe): both are in
# everyday use, and a reader's keyboard settings decide which one is typed.
_NEW_TO_OLD_TONE = {
    new: old
    for pairs in [("óa", "oá"), ("òa", "oà"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ")]
    + [("óe", "oé"), ("òe", "oè"), ("ỏe", "oẻ"), ("õe", "oẽ"), ("ọe", "oẹ")]
    + [("úy", "uý"), ("ùy", "uỳ"), ("ủy", "uỷ"), ("ũy", "uỹ"), ("ụy", "uỵ")]
    for new, old in [pairs, (pairs[0].capitalize(), pairs[1].capitalize()), (pairs[0].upper(), pairs[1].upper())]
}
_NEW_TONE = re.compile("(" + "|".join(_NEW_TO_OLD_TONE) + r")(?!\w)")


def old_tone_placement(text):
    """`Thành ủy giao thông thủy` -> `Thành uỷ giao thông thuỷ`."""
    return _NEW_TONE.sub(lambda match: _NEW_TO_OLD_TONE[match.group()], unicodedata.normalize("NFC", text))


# The four ways of typing the issue asks for, and the old tone placement (unchanged
# for most queries). Names are ASCII: they end up in test ids.
VARIANTS = {
    "accented": lambda text: text,
    "unaccented": fold,
    "upper": str.upper,
    "d-for-dd": lambda text: text.replace("đ", "d").replace("Đ", "D"),
    "old-tone": old_tone_placement,
}
ACCENTED_VARIANTS = ("accented", "upper", "old-tone")
DEPTH = 10  # results fetched per query; enough to show what came back on failure

pytestmark = pytest.mark.django_db


# ---------------------------------------------------------------- building the corpus


def _when(days):
    return timezone.now() - timedelta(days=days)


def _paragraphs(texts):
    return [("paragraph", f"<p>{text}</p>") for text in texts]


def _make_exemplar(registry, spec):
    from cms.exemplars.models import ExemplarPage

    name, kind = spec["locality"]
    page = ExemplarPage(
        title=spec["title"],
        slug=spec["key"],
        kind=spec["kind"],
        locality=make_locality(name, kind),
        sector=make_sector(spec["sector"]),
        summary=spec["summary"],
        story=_paragraphs(spec["story"]),
    )
    registry.add_child(instance=page)
    page.save_revision().publish()
    return page


def _make_forum(forum_index, spec):
    from cms.forums.models import ForumPage

    now = timezone.now()
    opens, closes = (now - timedelta(days=spec["days"]), now + timedelta(days=20))
    if not spec["open"]:
        opens, closes = now - timedelta(days=spec["days"]), now - timedelta(days=spec["days"] - 30)
    page = ForumPage(
        title=spec["title"],
        slug=spec["key"],
        subject=spec["subject"],
        synthesis=spec["synthesis"],
        opens_at=opens,
        closes_at=closes,
    )
    forum_index.add_child(instance=page)
    page.save_revision().publish()
    return page


def _build():
    from cms.forums.models import ForumIndexPage

    Site.objects.all().delete()
    Page.objects.filter(depth__gt=1).delete()
    home = make_outlet(title="Cổng thông tin kiểm thử tìm kiếm", slug="kiem-thu-tim-kiem")
    columns = {key: make_column(home, title) for key, title in corpus.COLUMNS.items()}
    library = make_library(home)
    issuers = {key: make_issuer(**fields) for key, fields in corpus.ISSUERS.items()}
    registry = make_registry(home)
    forum_index = ForumIndexPage(title="Diễn đàn góp ý", slug="dien-dan")
    home.add_child(instance=forum_index)
    forum_index.save_revision().publish()

    pages, published = {}, {}
    for spec in corpus.ARTICLES:
        pages[spec["key"]] = make_article(
            columns[spec["column"]],
            title=spec["title"],
            slug=spec["key"],
            lead=spec["lead"],
            body=_paragraphs(spec["body"]),
            tags=spec.get("tags", ()),
        )
        published[spec["key"]] = _when(spec["days"])
    for spec in corpus.DIRECTIVES:
        pages[spec["key"]] = make_directive(
            library,
            slug=spec["key"],
            number=spec["number"],
            kind=spec["kind"],
            issuer=issuers[spec["issuer"]],
            issued_on=spec["issued_on"],
            title=spec["title"],
            summary=spec["summary"],
            full_text=spec["full_text"],
        )
        published[spec["key"]] = _when((timezone.localdate() - spec["issued_on"]).days)
    for spec in corpus.EXEMPLARS:
        pages[spec["key"]] = _make_exemplar(registry, spec)
        published[spec["key"]] = _when(spec["days"])
    for spec in corpus.FORUMS:
        pages[spec["key"]] = _make_forum(forum_index, spec)
        published[spec["key"]] = _when(spec["days"])
    for key, when in published.items():
        Page.objects.filter(pk=pages[key].pk).update(first_published_at=when, last_published_at=when)

    hidden = {}
    for spec in corpus.HIDDEN:
        page = make_article(
            columns[spec["column"]],
            title=spec["title"],
            slug=spec["key"],
            lead=spec["lead"],
            body=_paragraphs(spec["body"]),
            publish=spec["publish"],
        )
        if spec.get("restricted"):
            PageViewRestriction.objects.create(page=page, restriction_type="login")
        hidden[spec["key"]] = page

    # Index everything, including the hidden pages (index_pages must leave those out),
    # with the publication dates set above.
    everything = Page.objects.filter(pk__in=[page.pk for page in [*pages.values(), *hidden.values()]])
    with override_settings(ELASTICSEARCH_URL=""):
        indexed = service.index_pages(everything.specific())
    return {
        "ids": {key: page.pk for key, page in pages.items()},
        "hidden": {key: page.pk for key, page in hidden.items()},
        "indexed": indexed,
        "columns": {key: column.slug for key, column in columns.items()},
        "issuers": {key: issuer.slug for key, issuer in issuers.items()},
    }


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker):
    """The corpus, built once; rolled back after the module's last test."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            data = _build()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    try:
        yield data
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
        Site.clear_site_root_paths_cache()
        service.embedded_backend().forget_vocabulary()


def _elastic_settings():
    """The configured cluster, with an index of this module's own (never the site's `<prefix>-pages`)."""
    prefix = f"{getattr(django_settings, 'SEARCH_INDEX_PREFIX', 'toasoan')}-relevance"
    return {"ELASTICSEARCH_URL": ELASTICSEARCH_URL, "SEARCH_INDEX_PREFIX": prefix}


@pytest.fixture(scope="module")
def elastic_built(built, django_db_blocker):
    """The same pages in Elasticsearch (only requested when ELASTICSEARCH_URL is set).

    The backend writes with refresh=wait_for, so the pages are searchable on return; it
    also keeps its retry records in the database, hence the unblocking."""
    page_ids = [*built["ids"].values(), *built["hidden"].values()]
    service._external = None  # built per URL only: forget one with another index prefix
    with django_db_blocker.unblock(), override_settings(**_elastic_settings()):
        service.index_pages(Page.objects.filter(pk__in=page_ids).specific(), embedded=False)
    try:
        yield built
    finally:
        with django_db_blocker.unblock(), override_settings(**_elastic_settings()):
            service.remove_pages(page_ids, embedded=False)
        service._external = None


@pytest.fixture(params=BACKENDS)
def engine(request, built, settings):
    """search(text, **filters) -> SearchResults, on the backend of this parameter."""
    if request.param == "elasticsearch":
        request.getfixturevalue("elastic_built")
        for name, value in _elastic_settings().items():
            setattr(settings, name, value)
    else:
        settings.ELASTICSEARCH_URL = ""

    def search(text, per_page=DEPTH, **filters):
        results = service.search(SearchQuery(text, filters=filters, per_page=per_page))
        assert not results.degraded, f"{request.param} did not answer (degraded): {text!r}"
        assert results.backend == request.param
        return results

    search.backend = request.param
    return search


# ---------------------------------------------------------------- helpers


def _keys(built, results):
    by_id = {pk: key for key, pk in built["ids"].items()}
    by_id.update({pk: f"HIDDEN:{key}" for key, pk in built["hidden"].items()})
    return [by_id.get(hit.page_id, f"?{hit.page_id}") for hit in results.hits]


def _check_top(expectation, got):
    """None if `got` (keys, best first) meets the expectation, else what is wrong."""
    if "top" in expectation:
        wanted = expectation["top"]
        if got[: len(wanted)] != wanted:
            return f"expected first {wanted}"
    if "top_set" in expectation:
        wanted = set(expectation["top_set"])
        if set(got[: len(wanted)]) != wanted:
            return f"expected first (any order) {sorted(wanted)}"
    return None


def _text_of(key):
    for spec in corpus.ARTICLES + corpus.DIRECTIVES + corpus.EXEMPLARS:
        if spec["key"] == key:
            return f"{spec['title']} {spec.get('lead') or spec.get('summary', '')}"
    for spec in corpus.FORUMS:
        if spec["key"] == key:
            return f"{spec['title']} {spec['subject']}"
    return ""


def _tone_key(word):
    """A word with its accents, wherever the tone mark sits: hoà and hòa, uỷ and ủy alike."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    marks = sorted(ch for ch in decomposed if unicodedata.combining(ch))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)) + "".join(marks)


def _typed_keys(text):
    return {_tone_key(word) for word in words(text)}


def _query_ids(queries, prefix):
    """ASCII ids (pytest escapes anything else); numbered, since múa, mưa and mùa all fold to mua."""
    return [f"{prefix}{n:02d}-{fold(query['q']).replace(' ', '_')[:40]}" for n, query in enumerate(queries)]


# ---------------------------------------------------------------- the corpus itself


def test_corpus_is_indexed_without_the_hidden_pages(built):
    assert len(corpus.QUERIES) >= 40
    assert built["indexed"] == len(built["ids"])
    indexed = set(SearchEntry.objects.values_list("pk", flat=True))
    assert indexed == set(built["ids"].values())


def test_queries_name_known_pages():
    keys = {spec["key"] for spec in corpus.ARTICLES + corpus.DIRECTIVES + corpus.EXEMPLARS + corpus.FORUMS}
    assert len(keys) == len(corpus.ARTICLES + corpus.DIRECTIVES + corpus.EXEMPLARS + corpus.FORUMS)
    for query in corpus.QUERIES + corpus.ACCENT_QUERIES:
        named = set(query.get("top", [])) | set(query.get("top_set", []))
        assert named <= keys, query["q"]
        assert named or query.get("exact_in_top"), query["q"]


# ---------------------------------------------------------------- relevance


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("query", corpus.QUERIES, ids=_query_ids(corpus.QUERIES, "q"))
def test_top_results_whatever_the_typing(engine, built, query, variant):
    typed = VARIANTS[variant](query["q"])
    got = _keys(built, engine(typed))
    problem = _check_top(query, got)
    assert problem is None, f"{typed!r} ({variant}, {engine.backend}): {problem}, got {got[:5]} — {query['why']}"


@pytest.mark.parametrize("variant", ACCENTED_VARIANTS)
@pytest.mark.parametrize("query", corpus.ACCENT_QUERIES, ids=_query_ids(corpus.ACCENT_QUERIES, "a"))
def test_accents_as_typed_are_preferred(engine, built, query, variant):
    typed = VARIANTS[variant](query["q"])
    got = _keys(built, engine(typed))
    problem = _check_top(query, got)
    if problem is None and query.get("exact_in_top"):
        wanted = _typed_keys(query["q"])
        for key in got[: query["exact_in_top"]]:
            if not wanted <= _typed_keys(_text_of(key)):
                problem = f"{key} lacks {query['q']!r} as typed in its title and lead"
                break
    assert problem is None, f"{typed!r} ({variant}, {engine.backend}): {problem}, got {got[:6]} — {query['why']}"


def test_folded_accent_queries_are_ties_of_the_same_pages(engine, built):
    """Without accents the accent queries' pages are still found (just not preferred)."""
    for query in corpus.ACCENT_QUERIES:
        folded = set(_keys(built, engine(fold(query["q"]), per_page=50)))
        named = set(query.get("top", [])) | set(query.get("top_set", []))
        assert named <= folded, query["q"]


# ---------------------------------------------------------------- filters and facets


def test_type_filter_narrows_to_that_type(engine, built):
    every = engine("nghị quyết", per_page=50)
    counts = {facet.value: facet.count for facet in every.facets["type"]}
    assert set(counts) == {"article", "directive", "exemplar", "forum"}
    assert sum(counts.values()) == every.count
    for type_name, count in counts.items():
        narrowed = engine("nghị quyết", per_page=50, type=type_name)
        assert narrowed.count == count < every.count
        assert {hit.type for hit in narrowed.hits} == {type_name}
        assert len(narrowed.hits) == count


def test_column_issuer_and_kind_filters(engine, built):
    ids = built["ids"]

    def found(text, **filters):
        return {hit.page_id for hit in engine(text, per_page=50, **filters).hits}

    assert found("chuyển đổi số", column=built["columns"]["kt"]) == {ids["vay-von-cds"]}
    assert found("chuyen doi so", column=built["columns"]["xdd"]) == {
        ids["cds-co-quan-dang-cu"],
        ids["cds-co-quan-dang-moi"],
    }
    assert found("kế hoạch", issuer=built["issuers"]["tu"]) == {ids["kh05-tu"]}
    assert found("ke hoach", kind="ke-hoach") == {ids["kh05-tu"], ids["kh05-ubnd"]}
    # A number query pins its directives first, but a filter still applies to them.
    assert found("Chỉ thị 23", issuer=built["issuers"]["qu"]) == {ids["ct23-qu"]}
    narrowed = engine("chỉ thị 23", type="article")
    assert {hit.type for hit in narrowed.hits} == {"article"}
    assert {hit.page_id for hit in narrowed.hits} == {ids["quan-triet-ct23"], ids["pho-van-minh"]}
    assert narrowed.count == len(narrowed.hits)


# ---------------------------------------------------------------- never shown


def test_drafts_and_private_pages_never_appear(engine, built):
    hidden = set(built["hidden"].values())
    for text in [
        "xe buýt điện",
        "xe buyt dien",
        "Đà Nẵng thử nghiệm xe buýt điện không người lái",
        "không người lái",
        "thông báo nội bộ",
        "đưa đón cán bộ Thành ủy",
        "XE BUÝT ĐIỆN ĐƯA ĐÓN",
    ]:
        results = engine(text, per_page=50)
        assert not hidden & {hit.page_id for hit in results.hits}, text
    assert engine("không người lái").count == 0
    assert engine("đưa đón cán bộ").count == 0
    # Asked to index them, the service leaves them out.
    pages = Page.objects.filter(pk__in=hidden).specific()
    assert service.index_pages(pages) == 0
    assert not SearchEntry.objects.filter(pk__in=hidden).exists()
    assert engine("xe buýt điện không người lái").count == 0
