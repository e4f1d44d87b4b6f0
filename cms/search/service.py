"""The search service: which backend answers, and keeping the index in step.

The embedded index is always kept (it is the fallback); when
ELASTICSEARCH_URL is set, Elasticsearch is indexed too and answers searches.
If it is down or erroring, the embedded backend answers instead, with a logged
warning and `degraded=True` in the results — never a 500. When it does not answer
at all (refused, or silent until ELASTICSEARCH_TIMEOUT), its circuit breaker skips
it for ELASTICSEARCH_RETRY_AFTER seconds, so readers do not each wait for the
timeout; then one search tries it again (see elastic.CircuitBreaker)."""

import logging

from django.conf import settings
from django.utils.module_loading import import_string

from .documents import SiteFinder, document_for, is_indexable
from .embedded import EmbeddedBackend, known_filters
from .models import IndexRetry
from .query import SearchQuery, SearchResults

logger = logging.getLogger(__name__)

_embedded = EmbeddedBackend()
_external = None


def embedded_backend() -> EmbeddedBackend:
    return _embedded


def external_backend():
    """The Elasticsearch backend when configured, else None (built once per process)."""
    global _external
    url = getattr(settings, "ELASTICSEARCH_URL", "")
    if not url:
        return None
    if _external is None or getattr(_external, "url", None) != url:
        backend_class = import_string(getattr(settings, "SEARCH_EXTERNAL_BACKEND", "cms.search.elastic.ElasticBackend"))
        _external = backend_class(url=url, prefix=getattr(settings, "SEARCH_INDEX_PREFIX", "toasoan"))
    return _external


class _Skipped(Exception):
    """The breaker is open: Elasticsearch is not asked (see elastic.CircuitBreaker)."""

    def __init__(self, message="Elasticsearch không trả lời lần trước; tạm bỏ qua."):
        super().__init__(message)


def _ask_external(ask):
    """`ask(backend)`, or None when no external backend is configured. Raises what the
    backend raised, or _Skipped while its breaker is open."""
    external = external_backend()
    if external is None:
        return None, False
    breaker = getattr(external, "breaker", None)  # another SEARCH_EXTERNAL_BACKEND may have none
    if breaker is not None and not breaker.allow():
        raise _Skipped()
    try:
        answer = ask(external)
    except Exception as error:
        from .elastic import unreachable

        if breaker is not None:
            # No answer: skip it for a while. An error it answered with: it is up.
            if unreachable(error):
                breaker.failed()
            else:
                breaker.succeeded()
        raise
    if breaker is not None:
        breaker.succeeded()
    return answer, True


def _log_fallback(message, error):
    if isinstance(error, _Skipped):
        logger.debug("Elasticsearch tạm bỏ qua sau lỗi; dùng chỉ mục trong cơ sở dữ liệu.")
    else:
        logger.warning(message, error)


def search(query: SearchQuery) -> SearchResults:
    query.filters = known_filters(query.filters)
    try:
        results, asked = _ask_external(lambda backend: backend.search(query))
        if asked:
            return results
    except Exception as error:  # any failure of the service: answer from the database instead
        _log_fallback("Elasticsearch không trả lời (%s); dùng chỉ mục trong cơ sở dữ liệu.", error)
        results = _embedded.search(query)
        results.degraded = True
        return results
    return _embedded.search(query)


def suggest(text: str, site_id: int | None = None, limit: int = 8) -> tuple[list[str], bool]:
    """(suggestions, degraded)."""
    try:
        suggestions, asked = _ask_external(lambda backend: backend.suggest(text, site_id=site_id, limit=limit))
        if asked:
            return suggestions, False
    except Exception as error:
        _log_fallback("Elasticsearch không gợi ý được (%s); dùng chỉ mục trong cơ sở dữ liệu.", error)
        return _embedded.suggest(text, site_id=site_id, limit=limit), True
    return _embedded.suggest(text, site_id=site_id, limit=limit), False


def backends():
    return [backend for backend in (_embedded, external_backend()) if backend is not None]


def _documents(pages, sites):
    sites = sites or SiteFinder()
    documents, gone = [], []
    for page in pages:
        page = page.specific
        document = document_for(page, sites) if is_indexable(page) else None
        if document is None:
            gone.append(page.pk)
        else:
            documents.append(document)
    return documents, gone


def index_pages(pages, sites: SiteFinder | None = None, *, embedded=True, external=True) -> int:
    """Index live, public pages; remove the others. Returns how many were indexed."""
    documents, gone = _documents(pages, sites)
    if embedded:
        _embedded.remove(gone)
        _embedded.index(documents)
    if external:
        _external_write(IndexRetry.REMOVE, gone, lambda backend: backend.remove(gone))
        _external_write(IndexRetry.INDEX, [d.page_id for d in documents], lambda backend: backend.index(documents))
    return len(documents)


def remove_pages(page_ids, *, embedded=True, external=True) -> None:
    page_ids = list(page_ids)
    if embedded:
        _embedded.remove(page_ids)
    if external:
        _external_write(IndexRetry.REMOVE, page_ids, lambda backend: backend.remove(page_ids))


def _external_write(operation, page_ids, write) -> None:
    """Tell the external index; a failure (even building the client) never reaches a publish:
    it is recorded in IndexRetry and sent again later (the backend records its own failures too)."""
    if not page_ids:
        return
    try:
        backend = external_backend()
        breaker = getattr(backend, "breaker", None)
        if breaker is not None and not breaker.closed:
            # It did not answer a moment ago: the editor's publish must not wait for it.
            raise _Skipped()
        if backend is not None:
            write(backend)
    except Exception as error:
        logger.warning("Không cập nhật được chỉ mục Elasticsearch (%s); sẽ gửi lại sau.", error)
        from .elastic import record_retries

        record_retries(dict.fromkeys(page_ids, operation), dict.fromkeys(page_ids, str(error)))
