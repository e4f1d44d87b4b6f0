"""Wagtail's own search backend (the admin's search, the choosers, `?search=` of
/api/v2/), made safe for any query typed.

`WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "cms.search.wagtail_backend"` gives
Wagtail's database backend (SQLite FTS5 or PostgreSQL, chosen as Wagtail does) with
every query cleaned before it is compiled. The stock backend answered 500 to:

- more than about 300 words: each word becomes one more nested SQL expression,
  compiled recursively (RecursionError); queries are cut to MAX_SEARCH_WORDS words;
- a `"` inside a word (`"đảng bộ`): the SQLite backend quotes each word for FTS5
  without doubling `"` ("unterminated string"); `"` is punctuation to both
  databases' tokenizers anyway, so it becomes a space;
- a NUL byte: FTS5 stops reading at it, PostgreSQL refuses it; it becomes a space.

The views that take a query from the URL bound it first and tell the user (the admin
middleware cms/core/admin_search.py, the API's 400); this is the last line.
"""

from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.query import And, Boost, Fuzzy, Not, Or, Phrase, PlainText

from cms.core.params import MAX_SEARCH_WORDS, search_words


def _clean_text(text):
    return search_words(text.replace('"', " "))[0]


def clean_query(query, budget=None):
    """The query (a string or a modelsearch query object) with NUL bytes and `"` made
    spaces and at most MAX_SEARCH_WORDS words in all."""
    budget = [MAX_SEARCH_WORDS] if budget is None else budget
    if isinstance(query, str):
        words = _clean_text(query).split()[: max(budget[0], 0)]
        budget[0] -= len(words)
        return " ".join(words)
    if isinstance(query, PlainText | Fuzzy):
        query.query_string = clean_query(query.query_string, budget)
        return query
    if isinstance(query, Phrase):
        query.query_string = clean_query(query.query_string, budget)
        return query
    if isinstance(query, And | Or):
        subqueries = [clean_query(sub, budget) for sub in query.subqueries]
        # A part left empty by the cut would match everything (or nothing): drop it.
        kept = [sub for sub in subqueries if not isinstance(sub, PlainText | Phrase | Fuzzy) or sub.query_string]
        query.subqueries = kept or subqueries[:1]
        return query
    if isinstance(query, Not | Boost):
        query.subquery = clean_query(query.subquery, budget)
        return query
    return query


class BoundedQueryMixin:
    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        query = clean_query(query)
        if isinstance(query, PlainText | Phrase | Fuzzy) and not query.query_string:
            query = ""  # nothing left to look for (e.g. only `"`): no results, as for an empty string
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)


_classes = {}


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = database_backend(params)
    base = type(backend)
    if base not in _classes:
        _classes[base] = type(f"Bounded{base.__name__}", (BoundedQueryMixin, base), {})
    backend.__class__ = _classes[base]
    return backend
