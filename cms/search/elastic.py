"""The Elasticsearch backend (chosen when ELASTICSEARCH_URL is set).

Index layout: ONE index for every content type, behind the alias
`<prefix>-pages`. Each content type has its own `Document` class (article,
directive, exemplar, forum) on a shared base mapping; the index mapping is
their union. One index keeps a search across types a single request, lets the
facets count every type at once (with the other facets' filters applied, as
`FacetedSearch` does with `post_filter`), and keeps BM25 statistics comparable
across types. The index behind the alias is versioned
(`<prefix>-pages-v<timestamp>`): `rebuild()` fills a new version while the old
one answers, then moves the alias in one atomic request and deletes older
versions, so a rebuild never takes search down.

Analysis (analyzers are set on every field: some servers ignore an index-level
default): the standard tokenizer, `lowercase`, then `asciifolding` with
`preserve_original`, so `Đảng` is indexed as both `đảng` and `dang` (Lucene
folds `đ`). Queries are folded (`vi_search`) and so match either spelling; a
second clause with the non-folding `vi_exact` analyzer matches only the original
tokens, which is the exact-accent bonus. `.shingles` sub-fields (2–3 folded
words) reward the query's words in the same order (phrase relevance). Text is
NFC-normalised before it is sent: Lucene's asciifolding folds precomposed
letters only, and there is no ICU normaliser to rely on.

Scoring mirrors `embedded.score_entry`: every word must match somewhere
(`cross_fields`, operator `and`); title ×3, lead ×1.5, body and the rest ×1;
the query as a phrase in the title (+2, shingles); words typed with accents
found as typed (+1.5); recency (+0.75 × an exponential decay, halving every
180 days). A directive whose number the query names (`23-CT/TU`, `23/CT-TU`,
`ct 23`: `cms.directives.numbers.parse_query`) gets a constant score far above
any text score, so it comes first.

Failures: `search()` and `suggest()` raise (the service then answers from the
embedded index, `degraded=True`). `index()` and `remove()` never raise: what
could not be sent is recorded in `IndexRetry` and sent again, from the page's
current state, by `retry_failed()` (run by `search_index update`, and, for a
bounded batch, after each later successful write)."""

import logging
import re
import threading
import time
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from itertools import islice

from django.conf import settings
from django.db.models import F
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.html import escape
from elasticsearch import BadRequestError, ConnectionTimeout, Elasticsearch, NotFoundError, helpers
from elasticsearch import ConnectionError as NoConnection
from elasticsearch.dsl import (
    Completion,
    Date,
    Document,
    FacetedSearch,
    Integer,
    Keyword,
    Q,
    Search,
    TermsFacet,
    Text,
    analyzer,
    token_filter,
)
from elasticsearch.dsl.function import SF

from cms.directives.kinds import KIND_CHOICES
from cms.directives.numbers import NumberError, parse_number, parse_query

from .documents import SOURCES, TYPE_LABELS, SearchDocument, SiteFinder, document_for, is_indexable, load_sources
from .models import IndexRetry
from .query import FACETS, FacetValue, Hit, SearchQuery, SearchResults
from .text import exact_words, fold, query_words

logger = logging.getLogger(__name__)

KIND_LABELS = dict(KIND_CHOICES)
SNIPPET_LENGTH = 240
MAX_BODY = 900_000  # characters of body text indexed (see PageDocument.fields_for)
MAX_WINDOW = 10_000  # Elasticsearch's index.max_result_window
PIN_BOOST = 1000.0  # a named directive number: above any text score
TITLE_PHRASE_BOOST = 2.0
EXACT_BOOST = 1.5
RECENCY_WEIGHT = 0.75
RECENCY_HALF_LIFE = "180d"
CHUNK = 500  # documents per bulk request
# Seconds a search waits (connecting and answering): settings.ELASTICSEARCH_TIMEOUT.
SEARCH_TIMEOUT = 1.0
# Seconds Elasticsearch is left alone after it did not answer: settings.ELASTICSEARCH_RETRY_AFTER.
RETRY_AFTER = 30.0
BULK_TIMEOUT = 60
RETRY_BATCH = 50  # earlier failures re-sent after a successful write (the command sends the rest)
RETRY_ATTEMPTS_AUTOMATIC = 20  # beyond this only `search_index update` re-sends a page
SUGGEST_INPUT_LENGTH = 100
SUGGEST_SUFFIXES = 12  # a title is suggested from its first 12 words on: `tap nghi` finds `Học tập nghị quyết`
ALL_SITES = "all"
LABEL_SEPARATOR = "|"  # `<slug>|<label>` in the *_label fields; slugs have no `|`
RECENCY_EPOCH = date(2000, 1, 1)

# ---------------------------------------------------------------- analysis

fold_keep = token_filter("vi_fold_keep", "asciifolding", preserve_original=True)
fold_only = token_filter("vi_fold", "asciifolding", preserve_original=False)
shingle = token_filter("vi_shingle", "shingle", min_shingle_size=2, max_shingle_size=3, output_unigrams=False)

# Indexing: folded and original tokens at the same position (đảng + dang).
VI_INDEX = analyzer("vi_index", tokenizer="standard", filter=["lowercase", fold_keep])
# Searching: folded only, so either spelling in the index matches.
VI_SEARCH = analyzer("vi_search", tokenizer="standard", filter=["lowercase", fold_only])
# The exact-accent clause: not folded, so it matches only the preserved originals.
VI_EXACT = analyzer("vi_exact", tokenizer="standard", filter=["lowercase"])
# Word pairs and triples, folded: phrase relevance.
VI_SHINGLES = analyzer("vi_shingles", tokenizer="standard", filter=["lowercase", fold_only, shingle])


def vi_text(shingles=False, **kwargs) -> Text:
    if shingles:
        kwargs["fields"] = {"shingles": Text(analyzer=VI_SHINGLES)}
    return Text(analyzer=VI_INDEX, search_analyzer=VI_SEARCH, **kwargs)


def nfc(value) -> str:
    return unicodedata.normalize("NFC", str(value or ""))


def compact_number(text: str) -> str:
    """`23-CT/TU`, `23/CT-TU`, `23 ct tu` -> `23cttu`: a number's letters and digits, folded."""
    return re.sub(r"[\W_]+", "", fold(text))


def label(slug: str, name: str) -> str:
    return f"{slug}{LABEL_SEPARATOR}{nfc(name)}"


# ---------------------------------------------------------------- documents


class PageDocument(Document):
    """The mapping every content type shares; the subclasses add their own fields."""

    TYPE = ""

    type = Keyword()
    page_id = Integer()
    site_id = Integer()
    title = vi_text(shingles=True, copy_to="spell")
    lead = vi_text(shingles=True, copy_to="spell")
    body = vi_text()
    url = Keyword(index=False)
    published_at = Date()
    year = Integer()
    tag = Keyword(multi=True)
    tag_label = Keyword(multi=True)
    tag_names = vi_text()
    # Title and lead, folded: the vocabulary of "Có phải bạn muốn tìm" (term suggester).
    spell = Text(analyzer=VI_SEARCH)
    # Search-as-you-type; `site` context: the outlet, or `all`.
    suggest = Completion(
        analyzer=VI_SEARCH,
        max_input_length=SUGGEST_INPUT_LENGTH,
        contexts=[{"name": "site", "type": "category"}],
    )

    class Index:
        # A placeholder: the real names come from SEARCH_INDEX_PREFIX (see ElasticBackend).
        name = "pages"
        settings = {"number_of_shards": 1}
        analyzers = [VI_EXACT]  # used only at query time, so declared here

    @classmethod
    def _matches(cls, hit) -> bool:
        """Which class a search hit becomes: by its `type`, all types share one index."""
        source = hit["_source"] if "_source" in hit else {}
        return bool(cls.TYPE) and "type" in source and source["type"] == cls.TYPE

    @classmethod
    def fields_for(cls, document: SearchDocument) -> dict:
        published = document.published_at
        days = (published.date() - RECENCY_EPOCH).days if published else 0
        title_words = nfc(document.title).split()
        fields = {
            "type": document.type,
            "page_id": document.page_id,
            "site_id": document.site_id,
            "title": nfc(document.title),
            "lead": nfc(document.lead),
            # Highlighting fails on a field longer than index.highlight.max_analyzed_offset
            # (1,000,000 by default; the request option that avoids it is not portable).
            "body": nfc(document.body)[:MAX_BODY],
            "url": document.url,
            "published_at": published,
            "year": document.year,
            "suggest": {
                "input": [" ".join(title_words[start:]) for start in range(min(len(title_words), SUGGEST_SUFFIXES))],
                # Newer first among equal matches, as the embedded suggestions.
                "weight": max(0, days),
                "contexts": {"site": [ALL_SITES] + ([str(document.site_id)] if document.site_id else [])},
            },
        }
        if document.tags:
            tags = dict(document.tags)
            fields.update(
                tag=list(tags),
                tag_label=[label(slug, name) for slug, name in tags.items()],
                tag_names=" ".join(nfc(name) for name in tags.values()),
            )
        return fields

    @classmethod
    def build(cls, document: SearchDocument) -> "PageDocument":
        return cls(meta={"id": document.page_id}, **cls.fields_for(document))


class ArticleDocument(PageDocument):
    TYPE = "article"

    column = Keyword()
    column_label = Keyword()
    column_title = vi_text()

    @classmethod
    def fields_for(cls, document):
        fields = super().fields_for(document)
        if document.column_slug:
            fields.update(
                column=document.column_slug,
                column_label=label(document.column_slug, document.column_title),
                column_title=nfc(document.column_title),
            )
        return fields


class DirectiveDocument(PageDocument):
    TYPE = "directive"

    number = Keyword(fields={"text": vi_text()})  # as written; `.text` for word matching
    number_key = Keyword()  # compact and folded: 23cttu
    number_digits = Keyword()  # the parts, as cms.directives.numbers parses them
    number_issuer = Keyword()
    kind = Keyword()
    issuer = Keyword()
    issuer_label = Keyword()
    issuer_name = vi_text()

    @classmethod
    def fields_for(cls, document):
        fields = super().fields_for(document)
        fields.update(kind=document.directive_kind)
        if document.issuer_slug:
            fields.update(
                issuer=document.issuer_slug,
                issuer_label=label(document.issuer_slug, document.issuer_name),
                issuer_name=nfc(document.issuer_name),
            )
        if document.number:
            fields.update(number=nfc(document.number), number_key=compact_number(document.number))
            try:
                parsed = parse_number(document.number)
            except NumberError:
                pass  # an old, irregular number: still found by its words and compact key
            else:
                fields.update(number_digits=parsed.digits, number_issuer=parsed.issuer_key)
        return fields


class ExemplarDocument(PageDocument):
    TYPE = "exemplar"


class ForumDocument(PageDocument):
    TYPE = "forum"


DOCUMENT_CLASSES = {cls.TYPE: cls for cls in (ArticleDocument, DirectiveDocument, ExemplarDocument, ForumDocument)}


def es_document(document: SearchDocument) -> PageDocument:
    return DOCUMENT_CLASSES.get(document.type, PageDocument).build(document)


def index_definition() -> dict:
    """`{"settings": …, "mappings": …}`: every type's fields and the analysis they use."""
    return PageDocument._index.to_dict()


# ---------------------------------------------------------------- queries

# Every query word must be in one of these (cross_fields: the fields act as one).
MATCH_FIELDS = [
    "title^3",
    "number.text^3",
    "lead^1.5",
    "body",
    "column_title",
    "tag_names",
    "issuer_name",
]
HIGHLIGHT_FIELDS = ["title", "lead", "body"]


def text_match(folded: list[str]):
    return Q("multi_match", query=" ".join(folded), fields=MATCH_FIELDS, type="cross_fields", operator="and")


def number_pin(text: str):
    """A constant score far above any text score for the directives the query names by number."""
    parsed = parse_query(text)
    if parsed is None:
        return []
    parts = [Q("term", type="directive"), Q("term", number_digits=parsed.digits)]
    if parsed.kinds:
        parts.append(Q("terms", kind=sorted(parsed.kinds)))
    if parsed.issuer_key:
        parts.append(Q("term", number_issuer=parsed.issuer_key))
    return [
        Q("constant_score", filter=Q("bool", filter=parts), boost=PIN_BOOST),
        # Typed in full (`05/2023/QĐ-UBND`): that one above others with the same parts.
        Q("constant_score", filter=Q("term", number_key=compact_number(text)), boost=PIN_BOOST / 10),
    ]


def build_query(query: SearchQuery):
    folded = query_words(query.text)
    relevance = [
        # The words next to each other, in order (2–3 word shingles): title, and a little for the lead.
        Q(
            "multi_match",
            query=" ".join(folded),
            fields=[f"title.shingles^{TITLE_PHRASE_BOOST:g}", "lead.shingles^0.5"],
        ),
    ]
    if not query.text.isascii():
        typed = list(dict.fromkeys(query_words_as_typed(query.text)))
        relevance.append(
            Q(
                "multi_match",
                query=" ".join(typed),
                fields=[f"title^{EXACT_BOOST:g}", "lead^0.5"],
                analyzer=VI_EXACT._name,
            )
        )
    matched = Q("bool", must=[text_match(folded)], should=relevance)
    scored = Q(
        "function_score",
        query=Q("bool", should=[matched, *number_pin(query.text)], minimum_should_match=1),
        functions=[
            SF(
                "exp",
                published_at={"origin": "now", "scale": RECENCY_HALF_LIFE, "decay": 0.5},
                weight=RECENCY_WEIGHT,
            )
        ],
        score_mode="sum",
        boost_mode="sum",
    )
    if query.site_id:
        return Q("bool", must=[scored], filter=[Q("term", site_id=query.site_id)])
    return scored


def query_words_as_typed(text: str) -> list[str]:
    """The query's words with their accents (lower case, NFC), in order."""
    wanted = exact_words(text)
    return [word for word in re.findall(r"\w+", nfc(text).lower()) if word in wanted]


class LabelledFacet(TermsFacet):
    """Counts values with their labels: labels from a dict (type, kind), or from a
    `<field>_label` keyword holding `slug|label` (column, tag, issuer)."""

    def __init__(self, field, labels=None, labelled=False, size=20):
        self.filter_field = field
        self.labels = labels or {}
        self.labelled = labelled
        super().__init__(field=f"{field}_label" if labelled else field, size=size)

    def add_filter(self, filter_values):
        if not filter_values:
            return None
        return Q("terms", **{self.filter_field: [str(value) for value in filter_values]})

    def get_values(self, data, filter_values):
        chosen = {str(value) for value in filter_values}
        values = []
        for bucket in data.buckets:
            key = str(bucket["key"])
            if self.labelled:
                value, _separator, name = key.partition(LABEL_SEPARATOR)
            else:
                value, name = key, self.labels.get(key, key)
            values.append(FacetValue(value, name, bucket["doc_count"], value in chosen))
        return values


class PageSearch(FacetedSearch):
    """The readers' search as a FacetedSearch: facet filters go to `post_filter`, and
    each facet's aggregation applies the other facets' filters."""

    facets = {
        "type": LabelledFacet("type", labels=TYPE_LABELS),
        "column": LabelledFacet("column", labelled=True),
        "tag": LabelledFacet("tag", labelled=True),
        "issuer": LabelledFacet("issuer", labelled=True),
        "kind": LabelledFacet("kind", labels=KIND_LABELS),
        "year": LabelledFacet("year"),
    }
    fields = HIGHLIGHT_FIELDS

    def __init__(self, query: SearchQuery, *, using, index):
        self.search_query = query
        self.using = using
        self.index = index
        self.doc_types = list(DOCUMENT_CLASSES.values())
        filters = {name: value for name, value in query.filters.items() if name in FACETS and value not in (None, "")}
        super().__init__(query.text, filters=filters, sort=["_score", "-published_at", "-page_id"])

    def search(self):
        return (
            super()
            .search()
            .extra(track_total_hits=True)
            .source(["type", "page_id", "title", "url", "published_at", "number"])
        )

    def query(self, search, text):
        return search.query(build_query(self.search_query))

    def highlight(self, search):
        folded = " ".join(query_words(self.search_query.text))
        return (
            search.highlight_options(
                encoder="html",  # the text is escaped; only the <mark> tags are HTML
                pre_tags=["<mark>"],
                post_tags=["</mark>"],
                highlight_query=Q("multi_match", query=folded, fields=HIGHLIGHT_FIELDS).to_dict(),
            )
            .highlight("title", number_of_fragments=0)
            .highlight("lead", fragment_size=SNIPPET_LENGTH, number_of_fragments=1, no_match_size=SNIPPET_LENGTH)
            .highlight("body", fragment_size=SNIPPET_LENGTH, number_of_fragments=1, no_match_size=SNIPPET_LENGTH)
        )


def snippet_from(highlight: dict) -> str:
    """The lead's fragment if the query matched it, else the body's, else the start of either."""
    lead, body = highlight.get("lead", [""])[0], highlight.get("body", [""])[0]
    for fragment in (lead, body):
        if "<mark>" in fragment:
            return fragment
    return lead or body


# ---------------------------------------------------------------- the backend


def unreachable(error: Exception) -> bool:
    """No answer at all (refused, reset, timed out): not an error the server answered with."""
    return isinstance(error, NoConnection | ConnectionTimeout)


class CircuitBreaker:
    """Skips a server that did not answer, for a while, instead of making every reader
    wait for its timeout.

    Closed: everything goes through. After a failure (`failed`) it is open: `allow()`
    says no for `retry_after` seconds, then lets one request through to try again
    while the others keep skipping; a success (`succeeded`) closes it. Writes ask
    `closed` instead: they never make the try (a bulk write may wait a minute), and
    what they skip is recorded in IndexRetry. Per process: each worker finds out
    once per cool-off."""

    def __init__(self, clock=time.monotonic):
        self._clock = clock
        self._lock = threading.Lock()
        self._open_until: float | None = None  # None: closed
        self._retry_after = RETRY_AFTER

    @property
    def closed(self) -> bool:
        return self._open_until is None

    def allow(self) -> bool:
        with self._lock:
            if self._open_until is None:
                return True
            now = self._clock()
            if now < self._open_until:
                return False
            self._open_until = now + self._retry_after  # this caller tries; the others wait for it
            return True

    def failed(self, retry_after: float | None = None) -> None:
        with self._lock:
            if retry_after is None:
                retry_after = float(getattr(settings, "ELASTICSEARCH_RETRY_AFTER", RETRY_AFTER))
            self._retry_after = retry_after
            self._open_until = self._clock() + retry_after

    def succeeded(self) -> None:
        with self._lock:
            self._open_until = None


class ElasticBackend:
    name = "elasticsearch"

    def __init__(self, url: str, prefix: str = "toasoan"):
        self.url = url
        self.prefix = (prefix or "toasoan").lower()
        self.alias = f"{self.prefix}-pages"
        self._client = None
        self._ready = False
        self.breaker = CircuitBreaker()

    @property
    def client(self) -> Elasticsearch:
        """Built on first use, so a malformed URL fails a search (which falls back) or a
        write (which is recorded), never the publish that merely asks for the backend.

        The timeout covers connecting and answering (urllib3's total): a server that
        accepts the connection and never answers costs ELASTICSEARCH_TIMEOUT, once."""
        if self._client is None:
            timeout = float(getattr(settings, "ELASTICSEARCH_TIMEOUT", SEARCH_TIMEOUT))
            options = {"request_timeout": timeout, "max_retries": 1, "retry_on_timeout": False}
            # Deployment extras (api_key, ca_certs, …) and the tests' transport.
            options.update(getattr(settings, "ELASTICSEARCH_CLIENT_OPTIONS", {}) or {})
            self._client = Elasticsearch(self.url, **options)
        return self._client

    @property
    def writer(self) -> Elasticsearch:
        return self.client.options(request_timeout=BULK_TIMEOUT)

    # ------------------------------------------------------------ the index

    def ensure_index(self) -> None:
        """The alias and a first version behind it, before anything is written to it
        (a write to a missing alias would create an index with guessed mappings)."""
        if self._ready:
            return
        indices = self.client.indices
        if not indices.exists_alias(name=self.alias) and not indices.exists(index=self.alias):
            first = f"{self.alias}-v0"
            try:
                indices.create(index=first, aliases={self.alias: {}}, **index_definition())
            except BadRequestError as error:
                if error.error != "resource_already_exists_exception":
                    raise
                indices.put_alias(index=first, name=self.alias)
        self._ready = True

    def versions(self) -> list[str]:
        return sorted(self.client.indices.get_alias(index=f"{self.alias}-v*", ignore_unavailable=True))

    def current_versions(self) -> list[str]:
        try:
            return sorted(self.client.indices.get_alias(name=self.alias))
        except NotFoundError:
            return []

    def rebuild(self, documents: Iterable[SearchDocument]) -> int:
        """A new version, filled in chunks while the current one answers; then the alias
        moves to it atomically, writes made meanwhile are caught up, older versions go."""
        started = timezone.now()
        name = f"{self.alias}-v{started:%Y%m%d%H%M%S%f}"
        definition = index_definition()
        definition["settings"] = {**definition["settings"], "refresh_interval": "-1"}
        indices = self.client.indices
        indices.create(index=name, **definition)
        try:
            count = 0

            def actions():
                nonlocal count
                for document in documents:
                    count += 1
                    yield self._index_action(document, name)

            errors = self._bulk(actions(), refresh=False)
            if errors:
                page_id, reason = next(iter(errors.items()))
                raise RuntimeError(f"{len(errors)} trang không đánh chỉ mục được (trang {page_id}: {reason})")
            indices.put_settings(index=name, settings={"index": {"refresh_interval": None}})
            indices.refresh(index=name)
            current = self.current_versions()
            moves = [{"remove": {"index": old, "alias": self.alias}} for old in current]
            if not current and indices.exists(index=self.alias):
                moves.append({"remove_index": {"index": self.alias}})  # a stray index named like the alias
            moves.append({"add": {"index": name, "alias": self.alias}})
            indices.update_aliases(actions=moves)
        except BaseException:
            indices.delete(index=name, ignore_unavailable=True)
            raise
        self._ready = True
        self._catch_up(started)
        # Only older versions: a newer one may be another rebuild still filling.
        older = [version for version in self.versions() if version < name]
        if older:
            indices.delete(index=",".join(older), ignore_unavailable=True)
        return count

    def _catch_up(self, since: datetime) -> None:
        """Writes during a rebuild went to the previous version: send again what was
        published since it started, and make the index hold exactly the public pages."""
        from wagtail.models import Page

        load_sources()
        wanted = {
            pk for model, _f in SOURCES.values() for pk in model.objects.live().public().values_list("pk", flat=True)
        }
        indexed = {
            int(hit["_id"]) for hit in helpers.scan(self.client, index=self.alias, query={"_source": False}, size=CHUNK)
        }
        changed = set(Page.objects.filter(last_published_at__gte=since).values_list("pk", flat=True)) & wanted
        stale = indexed - wanted
        for chunk in batches(sorted(changed | (wanted - indexed) | stale), CHUNK):
            self._send_current(chunk)

    def index(self, documents: list[SearchDocument]) -> None:
        self._write(list(documents), [])

    def remove(self, page_ids) -> None:
        self._write([], list(page_ids))

    def clear(self) -> None:
        try:
            self.client.delete_by_query(index=self.alias, query={"match_all": {}}, refresh=True, conflicts="proceed")
        except NotFoundError:
            pass

    def count(self) -> int:
        try:
            return int(self.client.count(index=self.alias)["count"])
        except NotFoundError:
            return 0

    def _index_action(self, document: SearchDocument, index: str | None = None) -> dict:
        source = es_document(document).to_dict()
        return {"_op_type": "index", "_index": index or self.alias, "_id": document.page_id, "_source": source}

    def _bulk(self, actions: Iterable[dict], refresh="wait_for") -> dict[int, str]:
        """Send in chunks (the iterable is consumed lazily); {page id: reason} for the items
        the server refused. Connection errors and server failures raise."""
        errors = {}
        for ok, item in helpers.streaming_bulk(
            self.writer, actions, chunk_size=CHUNK, raise_on_error=False, refresh=refresh
        ):
            if ok:
                continue
            ((operation, detail),) = item.items()
            if operation == "delete" and detail.get("status") == 404:
                continue  # already gone
            errors[int(detail["_id"])] = str(detail.get("error") or detail.get("status"))[:2000]
        return errors

    def _write(self, documents: list[SearchDocument], gone: list[int], *, retry_others=True) -> bool:
        """Index and remove; what fails is recorded in IndexRetry, never raised. True if the server answered."""
        operations = {pk: IndexRetry.REMOVE for pk in gone}
        operations.update({document.page_id: IndexRetry.INDEX for document in documents})
        if not operations:
            return True
        actions = [{"_op_type": "delete", "_index": self.alias, "_id": pk} for pk in gone]
        actions += [self._index_action(document) for document in documents]
        try:
            self.ensure_index()
            errors = self._bulk(actions)
        except Exception as error:
            logger.warning("Elasticsearch không nhận %d trang (%s); đã ghi lại để gửi lại sau.", len(operations), error)
            record_retries(operations, {pk: str(error) for pk in operations})
            if unreachable(error):
                self.breaker.failed()
            return False
        self.breaker.succeeded()
        if errors:
            logger.warning("Elasticsearch từ chối %d trang; đã ghi lại để gửi lại sau.", len(errors))
            record_retries(operations, errors)
        # Done: any older failure for these pages is settled too (the newer operation wins).
        IndexRetry.objects.filter(page_id__in=[pk for pk in operations if pk not in errors]).delete()
        if retry_others:
            self._retry(
                IndexRetry.objects.exclude(page_id__in=list(operations)).filter(attempts__lt=RETRY_ATTEMPTS_AUTOMATIC),
                limit=RETRY_BATCH,
            )
        return True

    def retry_failed(self) -> int:
        """Send again every page whose indexing or removal failed, as the page is now.
        Returns how many pages were settled."""
        return self._retry(IndexRetry.objects.all())

    def _retry(self, rows, limit: int | None = None) -> int:
        page_ids = list(dict.fromkeys(rows.order_by("updated_at").values_list("page_id", flat=True)))
        if limit:
            page_ids = page_ids[:limit]
        settled = 0
        for chunk in batches(page_ids, CHUNK):
            if not self._send_current(chunk):
                break  # still unreachable: the rows stay, with one more attempt counted
            settled += len(chunk) - IndexRetry.objects.filter(page_id__in=chunk).values("page_id").distinct().count()
        return settled

    def _send_current(self, page_ids: list[int]) -> bool:
        """Index these pages as they are now; remove those no longer live and public (or gone)."""
        from wagtail.models import Page

        sites = SiteFinder()
        documents = []
        for page in Page.objects.filter(pk__in=page_ids).specific():
            document = document_for(page, sites) if is_indexable(page) else None
            if document is not None:
                documents.append(document)
        kept = {document.page_id for document in documents}
        return self._write(documents, [pk for pk in page_ids if pk not in kept], retry_others=False)

    # ------------------------------------------------------------ searching

    def build_search(self, query: SearchQuery) -> PageSearch:
        start = query.offset
        end = start + query.per_page
        if end > MAX_WINDOW:  # past what the server pages through: counts and facets only
            start = end = 0
        return PageSearch(query, using=self.client, index=self.alias)[start:end]

    def search(self, query: SearchQuery) -> SearchResults:
        results = SearchResults(query=query, backend=self.name)
        folded = query_words(query.text)
        if not folded:
            return results
        response = self.build_search(query).execute()
        results.count = int(response.hits.total.value)
        results.facets = {name: list(response.facets[name]) for name in FACETS}
        results.hits = [self._hit(hit) for hit in response]
        if results.count == 0:
            results.did_you_mean = self._did_you_mean(query, folded)
        return results

    def _hit(self, hit) -> Hit:
        highlight = hit.meta.highlight.to_dict() if "highlight" in hit.meta else {}
        published = hit.published_at if "published_at" in hit else None
        if isinstance(published, str):
            published = parse_datetime(published)
        title = hit.title if "title" in hit else ""
        return Hit(
            page_id=int(hit.meta.id),
            type=hit.type,
            title=title,
            url=hit.url if "url" in hit else "",
            snippet=snippet_from(highlight),
            title_html=highlight.get("title", [""])[0] or escape(title),
            published_at=published,
            number=hit.number if "number" in hit else "",
            score=float(hit.meta.score or 0.0),
        )

    def _did_you_mean(self, query: SearchQuery, folded: list[str]) -> str:
        """Each unknown word replaced by the closest indexed one, if that finds something."""
        search = (
            Search(using=self.client, index=self.alias)
            .extra(size=0)
            .suggest("spelling", " ".join(folded), term={"field": "spell", "suggest_mode": "missing"})
        )
        entries = search.execute().suggest.spelling
        corrected = [
            entry.options[0].text if entry.options and not entry.text.isdigit() else entry.text for entry in entries
        ]
        if not corrected or corrected == folded:
            return ""
        check = Search(using=self.client, index=self.alias).query(text_match(corrected))
        if query.site_id:
            check = check.filter("term", site_id=query.site_id)
        return " ".join(corrected) if check.count() else ""

    def suggest(self, text: str, site_id: int | None = None, limit: int = 8) -> list[str]:
        """Titles that run on from what was typed (folded: `da nan` -> `Đà Nẵng …`), newest first."""
        folded = query_words(text)
        if not folded:
            return []
        prefix = " ".join(folded)[:SUGGEST_INPUT_LENGTH]
        search = (
            Search(using=self.client, index=self.alias)
            .extra(size=0)
            .source(["title"])
            .suggest(
                "titles",
                prefix,
                completion={
                    "field": "suggest",
                    "size": limit * 3,
                    "contexts": {"site": [str(site_id) if site_id else ALL_SITES]},
                },
            )
        )
        titles = []
        for entry in search.execute().suggest.titles:
            for option in entry.options:
                title = option._source.title
                if title not in titles:
                    titles.append(title)
        return titles[:limit]


def batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def record_retries(operations: dict[int, str], errors: dict[int, str]) -> None:
    """One IndexRetry row per page and operation; a repeat failure counts one more attempt."""
    by_operation: dict[tuple[str, str], list[int]] = {}
    for page_id, reason in errors.items():
        by_operation.setdefault((operations.get(page_id, IndexRetry.INDEX), reason[:2000]), []).append(page_id)
    for (operation, reason), page_ids in by_operation.items():
        existing = IndexRetry.objects.filter(operation=operation, page_id__in=page_ids)
        existing.update(attempts=F("attempts") + 1, last_error=reason)
        known = set(existing.values_list("page_id", flat=True))
        IndexRetry.objects.bulk_create(
            [IndexRetry(page_id=pk, operation=operation, last_error=reason) for pk in page_ids if pk not in known],
            ignore_conflicts=True,
        )
