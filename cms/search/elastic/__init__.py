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
bounded batch, after each later successful write).

The package: `mapping` (analysis, the document classes, the index definition),
`queries` (the query, facets and highlighting of a search), `backend` (the
client, index versions, writes and retries, the circuit breaker). The service
names the backend by `cms.search.elastic.ElasticBackend` (SEARCH_EXTERNAL_BACKEND).
"""

from .backend import CircuitBreaker, ElasticBackend, record_retries, unreachable

__all__ = ["CircuitBreaker", "ElasticBackend", "record_retries", "unreachable"]
