"""The Elasticsearch backend the search service asks: the client, versioned indexes
behind an alias, bulk writes with retries, the circuit breaker. See the package docstring."""

import logging
import threading
import time
from collections.abc import Iterable, Iterator
from datetime import datetime
from itertools import islice

from django.conf import settings
from django.db.models import F
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.html import escape
from elasticsearch import BadRequestError, ConnectionTimeout, Elasticsearch, NotFoundError, helpers
from elasticsearch import ConnectionError as NoConnection
from elasticsearch.dsl import (
    Search,
)

from ..documents import SOURCES, SearchDocument, SiteFinder, document_for, is_indexable, load_sources
from ..models import IndexRetry
from ..query import FACETS, Hit, SearchQuery, SearchResults
from ..text import query_words
from .mapping import ALL_SITES, SUGGEST_INPUT_LENGTH, es_document, index_definition
from .queries import PageSearch, snippet_from, text_match

logger = logging.getLogger(__name__)

MAX_WINDOW = 10_000  # Elasticsearch's index.max_result_window
CHUNK = 500  # documents per bulk request
# Seconds a search waits (connecting and answering): settings.ELASTICSEARCH_TIMEOUT.
SEARCH_TIMEOUT = 1.0
# Seconds Elasticsearch is left alone after it did not answer: settings.ELASTICSEARCH_RETRY_AFTER.
RETRY_AFTER = 30.0
BULK_TIMEOUT = 60
RETRY_BATCH = 50  # earlier failures re-sent after a successful write (the command sends the rest)
RETRY_ATTEMPTS_AUTOMATIC = 20  # beyond this only `search_index update` re-sends a page

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
