"""The embedded backend: full-text search in the database the site already uses.

SQLite uses FTS5 over the folded columns (bm25, title weighted), PostgreSQL its
own full-text search over a generated tsvector (ts_rank, title weight A). The
database finds and orders the candidates; the first CANDIDATES are then
re-ranked in Python the same way on both databases (title match, phrase,
exact-accent match, recency), so the two behave alike and like the
Elasticsearch backend's scoring. Wagtail's stock database backend is not used
for the public search because it cannot fold Vietnamese (see README)."""

import difflib
import functools
import re
import time
import unicodedata
from collections import Counter
from contextlib import nullcontext
from datetime import datetime

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.utils import timezone

from cms.core.text import is_ascii_digits
from cms.directives.kinds import KIND_CHOICES
from cms.directives.models import DirectivePage
from cms.directives.numbers import number_q

from .documents import TYPE_LABELS, SearchDocument
from .models import SearchEntry, SearchEntryTag
from .query import FACETS, FacetValue, Hit, SearchQuery, SearchResults
from .text import accent_key, accent_keys, exact_words, fold, folded_words, highlight, query_words, words

CANDIDATES = 300
# Facets are counted exactly up to this many matches (setting SEARCH_EXACT_FACETS_UP_TO),
# above it on a fixed sample of about this many, scaled and marked approximate ("khoảng").
# Counting costs ~1 ms per 1,000 matches on a 2-core machine: at 20,000 the facets alone
# cost as much as the bare match (make bench-search), at 5,000 a fifth of it.
EXACT_FACETS_UP_TO = 5_000
FACET_SIZE = 20  # values shown per facet
# Suggestions come from the newest SUGGEST_POOL titles (by page id) that match.
SUGGEST_POOL = 500
KIND_LABELS = dict(KIND_CHOICES)
FACET_FIELDS = {
    "type": "type",
    "column": "column_slug",
    "tag": "tags__slug",
    "issuer": "issuer_slug",
    "kind": "directive_kind",
    "year": "year",
}
VOCABULARY_SECONDS = 600


def entry_fields(document: SearchDocument) -> dict:
    matched = " ".join(
        filter(
            None,
            [
                document.lead,
                document.body,
                document.number,
                document.column_title,
                " ".join(name for _slug, name in document.tags),
                document.issuer_name,
            ],
        )
    )
    return {
        "type": document.type,
        "site_id": document.site_id,
        "title": document.title,
        "lead": document.lead,
        "body": document.body,
        "url": document.url,
        "published_at": document.published_at,
        "year": document.year,
        "column_slug": document.column_slug,
        "column_title": document.column_title,
        "issuer_slug": document.issuer_slug,
        "issuer_name": document.issuer_name,
        "directive_kind": document.directive_kind,
        "number": document.number,
        "title_folded": fold(" ".join(filter(None, [document.title, document.number]))),
        "text_folded": fold(matched),
    }


class EmbeddedBackend:
    name = "embedded"

    def __init__(self):
        self._vocabulary = (0.0, [])

    # ------------------------------------------------------------ indexing

    def index(self, documents: list[SearchDocument]) -> None:
        if not documents:
            return
        ids = [document.page_id for document in documents]
        with transaction.atomic():
            SearchEntry.objects.filter(pk__in=ids).delete()
            SearchEntry.objects.bulk_create(
                [SearchEntry(page_id=document.page_id, **entry_fields(document)) for document in documents]
            )
            SearchEntryTag.objects.bulk_create(
                [
                    SearchEntryTag(entry_id=document.page_id, slug=slug[:100], name=name[:100])
                    for document in documents
                    for slug, name in dict(document.tags).items()
                ]
            )

    def rebuild(self, batches) -> int:
        """Replace the whole index with `batches` (lists of SearchDocument) in one step:
        a search during the rebuild sees the old index, whole, then the new one, whole.

        SQLite: the entries go into new tables (search_searchentry_new, its tags and its
        FTS5 table), filled batch by batch in short transactions, so readers and
        publishing carry on; then one transaction swaps them in (drop the old, rename,
        create the indexes and triggers). Readers (WAL) keep their snapshot during the
        swap; writers wait for it (seconds at 1,000,000 entries, within the 20 s timeout).
        PostgreSQL: the entries go into plain staging tables batch by batch, then one
        transaction replaces the rows from them; other sessions see the old rows until
        it commits (MVCC), and a publish of an indexed page waits for the commit.
        Returns how many entries were written."""
        return rebuild_aside(batches)

    def remove(self, page_ids) -> None:
        SearchEntry.objects.filter(pk__in=list(page_ids)).delete()

    def clear(self) -> None:
        SearchEntry.objects.all().delete()

    def count(self) -> int:
        return SearchEntry.objects.count()

    def indexed_ids(self) -> set[int]:
        return set(SearchEntry.objects.values_list("pk", flat=True))

    # ------------------------------------------------------------ matching

    def _match(self, folded: list[str]) -> Q:
        if connection.vendor == "sqlite":
            return Q(pk__in=RawSQL("SELECT rowid FROM search_fts WHERE search_fts MATCH %s", [fts_expression(folded)]))
        return Q(
            pk__in=RawSQL(
                "SELECT page_id FROM search_searchentry WHERE search_vector @@ plainto_tsquery('simple', %s)",
                [" ".join(folded)],
            )
        )

    # ------------------------------------------------------------ searching

    def search(self, query: SearchQuery) -> SearchResults:
        results = SearchResults(query=query, backend=self.name)
        folded = query_words(query.text)
        if not folded:
            return results
        base = SearchEntry.objects.all()
        if query.site_id:
            base = base.filter(site_id=query.site_id)
        pinned = self._number_matches(query.text, base)
        filters = self._filters(query.filters)
        # PostgreSQL: the matches live in a temporary table emptied at commit, so the
        # whole search is one transaction. SQLite: not wrapped, since this project's
        # transactions are IMMEDIATE (a write lock); its temporary table is per connection
        # and emptied at the start of each search.
        wrap = transaction.atomic() if connection.vendor != "sqlite" else nullcontext()
        with wrap, connection.cursor() as cursor:
            matches = MatchSet(cursor, query.site_id)
            matches.fill(folded, pinned)
            chosen = sql_filters(query.filters)
            results.count, results.facets, results.facets_approximate = matches.summary(chosen)
            if results.count == 0:
                matches.clear()
                results.did_you_mean = self._did_you_mean(query, folded, base)
                return results
            if pinned and filters:
                # A number pins its directives first, but only those the filters keep.
                kept = set(base.filter(*filters.values()).filter(pk__in=pinned).values_list("pk", flat=True))
                pinned = [pk for pk in pinned if pk in kept]
            if query.offset + query.per_page <= CANDIDATES:
                ranked = matches.ranked(chosen, 0, CANDIDATES)
                ids = self._rerank(query, folded, ranked, pinned)[query.offset : query.offset + query.per_page]
            else:
                ranked = matches.ranked(chosen, query.offset - len(pinned), query.per_page)
                ids = [pk for pk, _score in ranked]
            matches.clear()
            entries = SearchEntry.objects.in_bulk(ids)
        results.hits = [self._hit(entries[pk], folded) for pk in ids if pk in entries]
        return results

    def _filters(self, chosen: dict[str, str]) -> dict[str, Q]:
        filters = {}
        for name, value in chosen.items():
            if name not in FACET_FIELDS or value in (None, ""):
                continue
            if name == "year":
                if not is_ascii_digits(str(value)) or not 1900 <= int(value) <= 2200:
                    continue
                value = int(value)
            filters[name] = Q(**{FACET_FIELDS[name]: value})
        return filters

    def _number_matches(self, text: str, base) -> list[int]:
        """Directives whose number the query names (`23-CT/TU`, `ct 23`), to put first."""
        condition = number_q(text, prefix="")
        if condition is None:
            return []
        ids = list(DirectivePage.objects.live().public().filter(condition).values_list("pk", flat=True)[:10])
        return list(base.filter(pk__in=ids, type="directive").values_list("pk", flat=True))

    def _rerank(self, query, folded, ranked, pinned) -> list[int]:
        ids = [pk for pk, _score in ranked]
        # Plain tuples, not model instances: 300 of them a search, and building models
        # cost as much as the scoring.
        rows = SearchEntry.objects.filter(pk__in=ids + list(pinned)).values_list(
            "pk", "title", "lead", "published_at", "title_folded", "number"
        )
        # title_folded is fold(title) unless a number was folded in with it.
        entries = {
            pk: (title, lead, published_at, None if number else folded)
            for pk, title, lead, published_at, folded, number in rows
        }
        top_db = max((score for _pk, score in ranked), default=1.0) or 1.0
        db_scores = dict(ranked)
        scorer = Scorer(query.text, folded, timezone.now())
        scored = [
            (scorer.score(*entries[pk], db_scores.get(pk, 0.0) / top_db), pk)
            for pk in set(ids) | set(pinned)
            if pk in entries
        ]
        scored.sort(key=lambda pair: (-pair[0], -pair[1]))
        order = [pk for pk in pinned if pk in entries]
        order += [pk for _score, pk in scored if pk not in pinned]
        return order

    def _hit(self, entry: SearchEntry, folded: list[str]) -> Hit:
        wanted = set(folded)
        source = entry.lead if wanted & set(folded_words(entry.lead)) else entry.body or entry.lead
        if not wanted & set(folded_words(source)):
            source = entry.lead or entry.body
        return Hit(
            page_id=entry.pk,
            type=entry.type,
            title=entry.title,
            url=entry.url,
            snippet=highlight(source, folded),
            title_html=highlight(entry.title, folded, length=1000),
            published_at=entry.published_at,
            number=entry.number,
        )

    # ------------------------------------------------------------ suggestions

    def suggest(self, text: str, site_id: int | None = None, limit: int = 8) -> list[str]:
        folded = query_words(text)
        if not folded:
            return []
        *complete, prefix = folded
        with connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                site = " AND e.site_id = %s" if site_id else ""
                # The title's prefix index (search_fts prefix='1 2 3', migration 0007) answers
                # `"quan" "tr" *` from one term list, newest page ids first, so FTS5 stops
                # after SUGGEST_POOL rows instead of sorting every title that matches.
                terms = " ".join([f'"{word}"' for word in complete] + [f'"{prefix}" *'])
                cursor.execute(
                    "WITH m(id) AS MATERIALIZED (SELECT rowid FROM search_fts WHERE search_fts MATCH %s "
                    "ORDER BY rowid DESC LIMIT %s) "
                    f"SELECT e.title FROM m JOIN search_searchentry e ON e.page_id = m.id WHERE 1 = 1{site} "
                    "ORDER BY e.published_at DESC LIMIT %s",
                    [f"title_folded : ({terms})", SUGGEST_POOL, *([site_id] if site_id else []), limit * 3],
                )
                titles = [row[0] for row in cursor.fetchall()]
            else:
                titles = _postgres_suggestions(cursor, complete, prefix, site_id, limit * 3)
        # Titles where the typed words run on in order (`quan tri` -> `quán triệt`) come first.
        typed = " ".join(folded)
        titles = sorted(titles, key=lambda title: f" {typed}" not in f" {' '.join(folded_words(title))}")
        seen, suggestions = set(), []
        for title in titles:
            if title not in seen:
                seen.add(title)
                suggestions.append(title)
        return suggestions[:limit]

    def _did_you_mean(self, query: SearchQuery, folded: list[str], base) -> str:
        vocabulary = self.vocabulary()
        if not vocabulary:
            return ""
        known = set(vocabulary)
        corrected, changed = [], False
        for word in folded:
            if word in known or word.isdigit():
                corrected.append(word)
                continue
            pool = [term for term in vocabulary if term[:1] == word[:1] and abs(len(term) - len(word)) <= 2]
            match = difflib.get_close_matches(word, pool, n=1, cutoff=0.7)
            if match:
                corrected.append(match[0])
                changed = True
            else:
                corrected.append(word)
        if not changed or not base.filter(self._match(corrected)).exists():
            return ""
        return " ".join(corrected)

    def vocabulary(self) -> list[str]:
        """Indexed words, most frequent first (cached: a zero-result query is rare)."""
        loaded_at, terms = self._vocabulary
        if terms and time.monotonic() - loaded_at < VOCABULARY_SECONDS:
            return terms
        with connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                cursor.execute("SELECT term FROM search_fts_vocab ORDER BY doc DESC LIMIT 50000")
            else:
                cursor.execute(
                    "SELECT word FROM ts_stat('SELECT search_vector FROM search_searchentry') "
                    "ORDER BY ndoc DESC LIMIT 50000"
                )
            terms = [row[0] for row in cursor.fetchall() if not row[0].isdigit()]
        self._vocabulary = (time.monotonic(), terms)
        return terms

    def forget_vocabulary(self):
        self._vocabulary = (0.0, [])


# ---------------------------------------------------------------- PostgreSQL: suggestions

# Words looked up in search_titleterm (the prefix and the last ones typed before it); any
# others are checked on the titles' vector. Six joins still plan in well under a millisecond.
SUGGEST_TERMS = 6
MAX_TERM = 64  # migration 0009: prefixes are kept up to this many letters
SUGGEST_RARE = 2_000  # a term with fewer rows is read row by row (see _postgres_suggestions)


def _postgres_suggestions(cursor, complete: list[str], prefix: str, site_id: int | None, limit: int) -> list[str]:
    """The newest SUGGEST_POOL titles (by page id) with the complete words and a word
    starting with `prefix`, then the newest `limit` of those by publication date: what
    SQLite's FTS5 query gives.

    search_titleterm (migration 0009) has a row per title and prefix of each of its words,
    `whole` when the prefix is the word, read backwards: page ids newest first, until the
    pool is full. With several terms, how they are intersected depends on the rarest one:
    - fewer than SUGGEST_RARE rows: its rows one by one, each looked up under the other
      terms (at most SUGGEST_RARE lookups). Left to itself, the planner merged the lists
      and read every title with a `tr` word (400,000 at 1,000,000) to meet 3,000 of `ngay`;
    - all frequent: the lists merged side by side (what the planner picks), which reads a
      row in a tenth of a lookup's time; frequent words meet often, so the pool fills early.
    The date and outlet come from the same index, so only the titles shown are read from
    the entries. (A GIN index finds every matching title but cannot give them newest
    first, so PostgreSQL sorted all of them.)"""
    words = list(dict.fromkeys(reversed(complete)))  # the last typed first
    looked_up, others = words[: SUGGEST_TERMS - 1], words[SUGGEST_TERMS - 1 :]
    terms = [(prefix[:MAX_TERM], False)] + [(word, True) for word in looked_up]
    rare = False
    if len(terms) > 1:
        # How many rows each term has, counted up to a point (a few index pages each).
        cursor.execute(
            "SELECT "
            + ", ".join(
                f"(SELECT count(*) FROM (SELECT 1 FROM search_titleterm WHERE term = %s LIMIT {SUGGEST_RARE}) c)"
                for _term in terms
            ),
            [term for term, _whole in terms],
        )
        counts = cursor.fetchone()
        if not min(counts):
            return []
        terms = [term for _count, term in sorted(zip(counts, terms, strict=True), key=lambda pair: pair[0])]
        rare = min(counts) < SUGGEST_RARE
    (first, first_whole), *rest = terms
    if rare:
        # The rare term's titles one by one, each looked up under the other terms.
        lookups = "".join(
            f" CROSS JOIN LATERAL (SELECT 1 FROM search_titleterm t{n} WHERE t{n}.term = %s"
            f" AND t{n}.page_id = t0.page_id{f' AND t{n}.whole' if whole else ''} LIMIT 1) j{n}"
            for n, (_term, whole) in enumerate(rest, start=1)
        )
    else:
        # Frequent terms only: the planner merges their lists, read side by side.
        lookups = "".join(
            f" JOIN search_titleterm t{n} ON t{n}.term = %s AND t{n}.page_id = t0.page_id"
            f"{f' AND t{n}.whole' if whole else ''}"
            for n, (_term, whole) in enumerate(rest, start=1)
        )
    params = [term for term, _whole in rest]
    if others or len(prefix) > MAX_TERM:
        lookups += (
            " CROSS JOIN LATERAL (SELECT 1 FROM search_searchentry x WHERE x.page_id = t0.page_id"
            " AND x.title_vector @@ to_tsquery('simple', %s)) jx"
        )
        params.append(" & ".join([f"'{word}'" for word in others] + [f"'{prefix}':*"]))
    site = " AND t0.site_id = %s" if site_id else ""
    cursor.execute(
        "SELECT e.title FROM (SELECT page_id, published_at FROM ("
        f"SELECT t0.page_id, t0.published_at FROM search_titleterm t0{lookups}"
        f" WHERE t0.term = %s{' AND t0.whole' if first_whole else ''}{site}"
        " ORDER BY t0.page_id DESC LIMIT %s) pool ORDER BY published_at DESC NULLS LAST, page_id DESC LIMIT %s) top"
        " JOIN search_searchentry e ON e.page_id = top.page_id"
        " ORDER BY top.published_at DESC NULLS LAST, top.page_id DESC",
        [*params, first, *([site_id] if site_id else []), SUGGEST_POOL, limit],
    )
    return [row[0] for row in cursor.fetchall()]


# ---------------------------------------------------------------- SQLite: rebuild aside, then swap

ENTRY_TABLE, TAG_TABLE, FTS_TABLE = "search_searchentry", "search_searchentrytag", "search_fts"
TERM_TABLE = "search_titleterm"  # PostgreSQL only, kept by triggers (migration 0009)
NEW = "_new"
ENTRY_COLUMNS = (
    "page_id",
    "type",
    "site_id",
    "title",
    "lead",
    "body",
    "url",
    "published_at",
    "year",
    "column_slug",
    "column_title",
    "issuer_slug",
    "issuer_name",
    "directive_kind",
    "number",
    "title_folded",
    "text_folded",
)


def _schema(cursor) -> dict[str, list[tuple[str, str, str]]]:
    """sqlite_master's (type, name, sql) for the index's two tables: table, indexes, triggers."""
    cursor.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN (%s, %s) AND sql IS NOT NULL "
        "ORDER BY type = 'table' DESC, name",
        [ENTRY_TABLE, TAG_TABLE],
    )
    return cursor.fetchall()


def _drop_new(cursor) -> None:
    for table in (FTS_TABLE + NEW, TAG_TABLE + NEW, ENTRY_TABLE + NEW, TERM_TABLE + NEW):
        cursor.execute(f'DROP TABLE IF EXISTS "{table}"')


def _create_new_tables(cursor) -> list:
    """The empty tables a rebuild fills; returns the live schema to recreate (SQLite)."""
    _drop_new(cursor)  # left over by an interrupted rebuild: start again
    if connection.vendor != "sqlite":
        # Plain staging tables: no keys, indexes or tsvector to maintain while filling.
        cursor.execute(f'CREATE TABLE "{ENTRY_TABLE}{NEW}" (LIKE "{ENTRY_TABLE}")')
        cursor.execute(f'ALTER TABLE "{ENTRY_TABLE}{NEW}" DROP COLUMN search_vector, DROP COLUMN title_vector')
        cursor.execute(f'CREATE TABLE "{TAG_TABLE}{NEW}" (entry_id integer, slug varchar(100), name varchar(100))')
        return []
    schema = _schema(cursor)
    tables = {name: sql for kind, name, sql in schema if kind == "table"}
    cursor.execute(tables[ENTRY_TABLE].replace(f'"{ENTRY_TABLE}"', f'"{ENTRY_TABLE}{NEW}"', 1))
    # The tags' key points at the new entries; renaming that table renames the reference too.
    cursor.execute(
        tables[TAG_TABLE]
        .replace(f'"{TAG_TABLE}"', f'"{TAG_TABLE}{NEW}"', 1)
        .replace(f'REFERENCES "{ENTRY_TABLE}"', f'REFERENCES "{ENTRY_TABLE}{NEW}"')
    )
    # The live FTS5 table's own definition (options included); its content= names the
    # FINAL table: the new FTS index only reads it once swapped in.
    cursor.execute("SELECT sql FROM sqlite_master WHERE name = %s", [FTS_TABLE])
    fts_sql = cursor.fetchone()[0]
    cursor.execute(
        re.sub(rf"^CREATE VIRTUAL TABLE \"?{FTS_TABLE}\"?", f"CREATE VIRTUAL TABLE {FTS_TABLE}{NEW}", fts_sql)
    )
    return schema


def rebuild_aside(batches) -> int:
    with transaction.atomic(), connection.cursor() as cursor:
        schema = _create_new_tables(cursor)
    entry_insert = (
        f'INSERT INTO "{ENTRY_TABLE}{NEW}" ({", ".join(ENTRY_COLUMNS)}) '  # noqa: S608
        f"VALUES ({', '.join(['%s'] * len(ENTRY_COLUMNS))})"
    )
    tag_insert = f'INSERT INTO "{TAG_TABLE}{NEW}" (entry_id, slug, name) VALUES (%s, %s, %s)'  # noqa: S608
    try:
        for documents in batches:
            # Each page once (indexable_pages lists a page once; a batch is deduplicated).
            documents = list({document.page_id: document for document in documents}.values())
            rows = []
            for document in documents:
                fields = entry_fields(document)
                fields["page_id"] = document.page_id
                rows.append(_adapt(tuple(fields[column] for column in ENTRY_COLUMNS)))
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.executemany(entry_insert, rows)
                cursor.executemany(
                    tag_insert,
                    [
                        (document.page_id, slug[:100], name[:100])
                        for document in documents
                        for slug, name in dict(document.tags).items()
                    ],
                )
        if connection.vendor == "sqlite":
            with transaction.atomic(), connection.cursor() as cursor:
                # The FTS index in one statement from the finished table.
                cursor.execute(
                    f"INSERT INTO {FTS_TABLE}{NEW} (rowid, title_folded, text_folded) "  # noqa: S608
                    f'SELECT page_id, title_folded, text_folded FROM "{ENTRY_TABLE}{NEW}"'
                )
            return _swap(schema)
        return _copy_in()
    except BaseException:
        with connection.cursor() as cursor:
            _drop_new(cursor)
        raise


def _copy_in() -> int:
    """PostgreSQL: one transaction replaces the rows; other sessions see the old ones
    until it commits (MVCC); a publish that indexes a page waits for it.

    The title terms (suggestions, migration 0009) are built aside first from the staging
    rows, their key made by one sort, then swapped in at the end of that transaction:
    maintaining the key row by row through the triggers took several times longer."""
    columns = ", ".join(ENTRY_COLUMNS)
    new_terms = f'"{TERM_TABLE}{NEW}"'
    with connection.cursor() as cursor:
        with transaction.atomic():
            cursor.execute(f"CREATE TABLE {new_terms} (LIKE {TERM_TABLE}) WITH (parallel_workers = 0)")
            cursor.execute(
                f"INSERT INTO {new_terms} (term, page_id, whole, site_id, published_at) "  # noqa: S608
                f"SELECT t.term, r.page_id, t.whole, r.site_id, r.published_at "
                f'FROM "{ENTRY_TABLE}{NEW}" r, search_title_terms(r.title_folded) AS t'
            )
            cursor.execute(
                f'ALTER TABLE {new_terms} ADD CONSTRAINT "{TERM_TABLE}{NEW}_pkey" '
                "PRIMARY KEY (term, page_id) INCLUDE (whole, site_id, published_at)"
            )
        # Suggestions read the terms by index only once VACUUM has marked the pages
        # all-visible; VACUUM cannot run inside a transaction (a test's, a caller's).
        cursor.execute(f"{'ANALYZE' if connection.in_atomic_block else 'VACUUM (ANALYZE)'} {new_terms}")
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL toasoan.rebuilding = 'on'")  # the term triggers stand aside
        cursor.execute(f'DELETE FROM "{TAG_TABLE}"')  # noqa: S608
        cursor.execute(f'DELETE FROM "{ENTRY_TABLE}"')  # noqa: S608
        cursor.execute(f'INSERT INTO "{ENTRY_TABLE}" ({columns}) SELECT {columns} FROM "{ENTRY_TABLE}{NEW}"')  # noqa: S608
        written = cursor.rowcount
        cursor.execute(
            f'INSERT INTO "{TAG_TABLE}" (entry_id, slug, name) SELECT entry_id, slug, name FROM "{TAG_TABLE}{NEW}"'  # noqa: S608
        )
        # Last, so that suggestions wait on the table's lock only for the commit.
        cursor.execute(f"DROP TABLE {TERM_TABLE}")
        cursor.execute(f"ALTER TABLE {new_terms} RENAME TO {TERM_TABLE}")
        cursor.execute(f'ALTER TABLE {TERM_TABLE} RENAME CONSTRAINT "{TERM_TABLE}{NEW}_pkey" TO "{TERM_TABLE}_pkey"')
        cursor.execute("SET LOCAL toasoan.rebuilding = 'off'")  # SET LOCAL outlives a savepoint
        _drop_new(cursor)
    with connection.cursor() as cursor:
        # Every row is new: without fresh statistics the planner guesses (suggestions
        # took 35 ms instead of 4 until autovacuum came round). A sample: a second or so.
        cursor.execute(f'ANALYZE "{ENTRY_TABLE}", "{TAG_TABLE}"')
    return written


def _adapt(row):
    """Aware datetimes as Django stores them in SQLite (raw executemany does not convert)."""
    if connection.vendor != "sqlite":
        return row
    return tuple(
        connection.ops.adapt_datetimefield_value(value) if isinstance(value, datetime) else value for value in row
    )


def _swap(schema) -> int:
    """SQLite, one transaction: the old tables out, the new ones in under the old names,
    with the old indexes and triggers (same names: migrations refer to them)."""
    with transaction.atomic(), connection.cursor() as cursor:
        for kind, name, _sql in schema:
            if kind == "trigger":
                cursor.execute(f'DROP TRIGGER IF EXISTS "{name}"')
        cursor.execute(f"DROP TABLE {FTS_TABLE}")
        cursor.execute(f'DROP TABLE "{TAG_TABLE}"')
        cursor.execute(f'DROP TABLE "{ENTRY_TABLE}"')
        cursor.execute(f'ALTER TABLE "{ENTRY_TABLE}{NEW}" RENAME TO "{ENTRY_TABLE}"')
        cursor.execute(f'ALTER TABLE "{TAG_TABLE}{NEW}" RENAME TO "{TAG_TABLE}"')
        cursor.execute(f"ALTER TABLE {FTS_TABLE}{NEW} RENAME TO {FTS_TABLE}")
        for kind, _name, sql in schema:
            if kind in ("index", "trigger"):
                cursor.execute(sql)
        cursor.execute(f'SELECT count(*) FROM "{ENTRY_TABLE}"')  # noqa: S608
        return cursor.fetchone()[0]


# ---------------------------------------------------------------- one match per search


def exact_facets_up_to() -> int:
    """Above this many matches the facets are counted on a sample and scaled (marked
    approximate); the count itself stays exact. Setting SEARCH_EXACT_FACETS_UP_TO."""
    return int(getattr(settings, "SEARCH_EXACT_FACETS_UP_TO", EXACT_FACETS_UP_TO))


def sql_filters(chosen: dict[str, str]) -> dict[str, str | int]:
    """The chosen filters that can apply, normalised (year as a number)."""
    filters = {}
    for name, value in chosen.items():
        if name not in FACET_FIELDS or value in (None, ""):
            continue
        if name == "year":
            if not is_ascii_digits(str(value)) or not 1900 <= int(value) <= 2200:
                continue
            value = int(value)
        filters[name] = value
    return filters


# A filter as SQL on `e` (the entry) and `h` (its row in the match set).
FILTER_SQL = {
    "type": "e.type = %s",
    "column": "e.column_slug = %s",
    "issuer": "e.issuer_slug = %s",
    "kind": "e.directive_kind = %s",
    "year": "e.year = %s",
    "tag": "EXISTS (SELECT 1 FROM search_searchentrytag t2 WHERE t2.entry_id = h.id AND t2.slug = %s)",
}
ENTRY_FACETS = ("type", "column", "issuer", "kind", "year")  # the facets read from the entry row
TAGGED = "EXISTS (SELECT 1 FROM search_searchentrytag t2 WHERE t2.entry_id = h.id AND t2.slug = %s)"
# Multiplicative hashing (Knuth): the low 32 bits of id × 2654435761 spread ids evenly,
# so `< cut` keeps a fixed, repeatable sample (the same page shows the same figures).
SAMPLE_SQL = "((h.id * 2654435761) & 4294967295) < %s"


class MatchSet:
    """The matches of one search, found ONCE and kept in a temporary table
    `search_hits(id, score, matched)`: the count, the facets and the ranking are read
    from it (each used to run the full-text match again).

    The table belongs to the connection (SQLite) or session (PostgreSQL), so searches in
    other threads or processes never see it; each search empties it before filling it,
    so two searches in one request do not mix, and a persistent connection
    (CONN_MAX_AGE) reuses it. On PostgreSQL it is also emptied at commit
    (ON COMMIT DELETE ROWS: no dead rows pile up), so it is used inside one transaction.
    `matched` is 0 for directives pinned by their number that the words did not match."""

    def __init__(self, cursor, site_id: int | None = None):
        self.cursor, self.site_id = cursor, site_id
        self.sqlite = connection.vendor == "sqlite"
        self.table = "temp.search_hits" if self.sqlite else "pg_temp.search_hits"
        # SQLite would otherwise read each entry's wide row (body, folded text) to reach
        # these columns; the index by page holds them all. CROSS JOIN keeps the matches
        # as the outer loop (SQLite would rather scan the site's entries).
        self.join_entry = (
            "CROSS JOIN search_searchentry e INDEXED BY search_entry_by_page"
            if self.sqlite
            else "JOIN search_searchentry e ON TRUE"
        )
        self.total = 0

    def fill(self, folded: list[str], pinned: list[int] = ()) -> int:
        cursor = self.cursor
        if self.sqlite:
            cursor.execute(
                "CREATE TEMP TABLE IF NOT EXISTS search_hits "
                "(id INTEGER PRIMARY KEY, score REAL NOT NULL, matched INTEGER NOT NULL)"
            )
        else:
            cursor.execute(
                "CREATE TEMP TABLE IF NOT EXISTS search_hits "
                "(id integer PRIMARY KEY, score real NOT NULL, matched smallint NOT NULL) ON COMMIT DELETE ROWS"
            )
        cursor.execute(f"DELETE FROM {self.table}")  # noqa: S608
        if self.site_id and not self._other_sites():
            self.site_id = None  # every entry is this outlet's: no need to look each match up
        site = " AND e.site_id = %s" if self.site_id else ""
        if self.sqlite and not site:
            # Straight from FTS5 into the table: as cheap as the bare match's own pass.
            sql = (
                f"INSERT INTO {self.table} (id, score, matched) "  # noqa: S608
                "SELECT rowid, -bm25(search_fts, 8.0, 1.0), 1 FROM search_fts WHERE search_fts MATCH %s"
            )
            params = [fts_expression(folded)]
        elif self.sqlite:
            # MATERIALIZED: the MATCH runs once; joined the other way round, FTS5 would
            # run it once per entry of the site.
            sql = (
                "WITH m(id, score) AS MATERIALIZED (SELECT rowid, -bm25(search_fts, 8.0, 1.0) "
                "FROM search_fts WHERE search_fts MATCH %s) "
                f"INSERT INTO {self.table} (id, score, matched) SELECT m.id, m.score, 1 FROM m "
                f"CROSS JOIN search_searchentry e INDEXED BY search_entry_by_page WHERE e.page_id = m.id{site}"
            )
            params = [fts_expression(folded)]
        else:
            sql = (
                f"INSERT INTO {self.table} (id, score, matched) "  # noqa: S608
                "SELECT e.page_id, ts_rank('{0.1, 0.2, 0.4, 1.0}', e.search_vector, q), 1 "
                f"FROM search_searchentry e, plainto_tsquery('simple', %s) q WHERE e.search_vector @@ q{site}"
            )
            params = [" ".join(folded)]
        if self.site_id:
            params.append(self.site_id)
        cursor.execute(sql, params)
        if pinned:
            cursor.executemany(
                f"INSERT INTO {self.table} (id, score, matched) VALUES (%s, 0, 0) ON CONFLICT (id) DO NOTHING",  # noqa: S608
                [(pk,) for pk in pinned],
            )
        cursor.execute(f"SELECT count(*) FROM {self.table}")  # noqa: S608
        self.total = cursor.fetchone()[0]
        return self.total

    def _other_sites(self) -> bool:
        """Whether the index holds entries of another outlet (or of none): three index
        probes. Most installations have one outlet; then the site filter keeps every
        match and looking each one up (thousands a search) is wasted."""
        self.cursor.execute(
            "SELECT EXISTS (SELECT 1 FROM search_searchentry WHERE site_id < %s) "
            "OR EXISTS (SELECT 1 FROM search_searchentry WHERE site_id > %s) "
            "OR EXISTS (SELECT 1 FROM search_searchentry WHERE site_id IS NULL)",
            [self.site_id, self.site_id],
        )
        return bool(self.cursor.fetchone()[0])

    def clear(self) -> None:
        if self.sqlite:  # PostgreSQL empties it at commit
            self.cursor.execute(f"DELETE FROM {self.table}")  # noqa: S608

    def _where(self, filters: dict, skip: tuple[str, ...] = ()) -> tuple[list[str], list]:
        names = [name for name in filters if name not in skip]
        return [FILTER_SQL[name] for name in names], [filters[name] for name in names]

    def _rows(self, sql: str, params) -> list[tuple]:
        self.cursor.execute(sql, params)
        return self.cursor.fetchall()

    def summary(self, filters: dict) -> tuple[int, dict[str, list[FacetValue]], bool]:
        """(count, facets, facets approximate?). Each facet counts the matches that pass
        the OTHER facets' filters. Up to exact_facets_up_to() matches every match is
        read; above it a fixed sample of about that many, and the counts are scaled."""
        total = self.total
        if total == 0:
            return 0, {name: [] for name in FACETS}, False
        threshold = exact_facets_up_to()
        sampled = total > threshold
        sample, sample_params = [], []
        if sampled:
            sample, sample_params = [SAMPLE_SQL], [int(threshold / total * 2**32)]
        tag = filters.get("tag")
        tagged, tagged_params = (TAGGED, [tag]) if tag is not None else ("1", [])
        where = " AND ".join(["e.page_id = h.id", *sample])
        rows = self._rows(
            "SELECT e.type, e.column_slug, e.column_title, e.issuer_slug, e.issuer_name, e.directive_kind, "  # noqa: S608
            f"e.year, {tagged}, count(*) FROM {self.table} h {self.join_entry} WHERE {where} "
            "GROUP BY e.type, e.column_slug, e.column_title, e.issuer_slug, e.issuer_name, e.directive_kind, e.year, 8",
            [*tagged_params, *sample_params],
        )
        counts, labels, kept = count_combinations(rows, filters)
        # Tags are many to many: counted apart, under the other facets' filters, from the
        # (entry, slug) unique index alone; the names only for the values shown.
        conditions, params = self._where(filters, skip=("tag",))
        where = " AND ".join(["t.entry_id = h.id", *(["e.page_id = h.id"] if conditions else []), *conditions, *sample])
        join = self.join_entry if conditions else ""
        tag_join = "CROSS JOIN search_searchentrytag t" if self.sqlite else "JOIN search_searchentrytag t ON TRUE"
        for slug, n in self._rows(
            f"SELECT t.slug, count(*) FROM {self.table} h {join} {tag_join} WHERE {where} GROUP BY t.slug",  # noqa: S608
            [*params, *sample_params],
        ):
            counts["tag"][slug] += n
        shown = sorted(counts["tag"].items(), key=lambda item: (-item[1], item[0]))[:FACET_SIZE]
        if shown:
            values = ", ".join(["(%s)"] * len(shown))
            labels["tag"].update(
                self._rows(
                    f"WITH shown(slug) AS (VALUES {values}) SELECT shown.slug, (SELECT t.name FROM "
                    "search_searchentrytag t WHERE t.slug = shown.slug LIMIT 1) FROM shown",
                    [slug for slug, _n in shown],
                )
            )
        count = total
        if sampled:
            seen = sum(row[-1] for row in rows)  # matches in the sample
            scale = total / seen if seen else 0.0
            for name in FACETS:
                counts[name] = Counter({value: max(1, round(n * scale)) for value, n in counts[name].items()})
            if filters:
                conditions, params = self._where(filters)
                self.cursor.execute(
                    f"SELECT count(*) FROM {self.table} h {self.join_entry} "  # noqa: S608
                    f"WHERE {' AND '.join(['e.page_id = h.id', *conditions])}",
                    params,
                )
                count = self.cursor.fetchone()[0]
        elif filters:
            count = kept
        chosen = {name: str(value) for name, value in filters.items()}
        facets = {}
        for name in FACETS:
            numeric = name == "year"
            top = sorted(counts[name].items(), key=lambda item: (-item[1], int(item[0]) if numeric else item[0]))
            facets[name] = [
                FacetValue(value, labels[name][value], n, chosen.get(name) == value) for value, n in top[:FACET_SIZE]
            ]
        return count, facets, sampled

    def ranked(self, filters: dict, offset: int, limit: int) -> list[tuple[int, float]]:
        """(page id, database rank; higher is better) of the matched words' entries that pass the filters."""
        conditions, params = self._where(filters)
        if conditions:
            sql = (
                f"SELECT h.id, h.score FROM {self.table} h {self.join_entry} "  # noqa: S608
                f"WHERE {' AND '.join(['e.page_id = h.id', 'h.matched = 1', *conditions])} "
                "ORDER BY h.score DESC, h.id DESC LIMIT %s OFFSET %s"
            )
        else:
            sql = f"SELECT h.id, h.score FROM {self.table} h WHERE h.matched = 1 ORDER BY h.score DESC, h.id DESC LIMIT %s OFFSET %s"  # noqa: S608
        return [(pk, float(score)) for pk, score in self._rows(sql, [*params, limit, offset])]


def count_combinations(rows, filters: dict) -> tuple[dict[str, Counter], dict[str, dict[str, str]], int]:
    """Facet counts from (type, column slug, column title, issuer slug, issuer name, kind,
    year, has the chosen tag, n) rows, one per combination of values among the matches:
    each facet counts the rows that pass the OTHER facets' filters.
    Returns (counts, labels, how many rows pass every filter)."""
    counts = {name: Counter() for name in FACETS}
    labels: dict[str, dict[str, str]] = {name: {} for name in FACETS}
    wanted = {name: str(value) for name, value in filters.items() if name != "tag"}
    kept = 0
    for type_, column_slug, column_title, issuer_slug, issuer_name, kind, year, tagged, n in rows:
        values = {
            "type": (type_, TYPE_LABELS.get(type_, type_)),
            "column": (column_slug, column_title),
            "issuer": (issuer_slug, issuer_name),
            "kind": (kind, KIND_LABELS.get(kind, kind)),
            "year": (str(year), str(year)) if year is not None else ("", ""),
        }
        failed = [name for name, value in wanted.items() if values[name][0] != value]
        if "tag" in filters and not tagged:
            failed.append("tag")
        if not failed:
            kept += n
        if len(failed) > 1:
            continue
        for name in ENTRY_FACETS:
            if failed and failed != [name]:
                continue
            value, label = values[name]
            if value:
                counts[name][value] += n
                labels[name].setdefault(value, label)
    return counts, labels, kept


def known_filters(chosen: dict[str, str]) -> dict[str, str]:
    """The filters whose value names something that exists; unknown values are ignored
    (a stale link or a typed URL then shows all results rather than none)."""
    known = {}
    for name, value in chosen.items():
        value = str(value or "").strip()
        if name not in FACET_FIELDS or not value or "\x00" in value:  # PostgreSQL refuses NUL in a query
            continue
        if name == "type":
            ok = value in TYPE_LABELS
        elif name == "kind":
            ok = value in KIND_LABELS
        elif name == "year":
            ok = is_ascii_digits(value) and 1900 <= int(value) <= 2200
        elif name == "tag":
            ok = SearchEntryTag.objects.filter(slug=value).exists()
        else:
            ok = SearchEntry.objects.filter(**{FACET_FIELDS[name]: value}).exists()
        if ok:
            known[name] = value
    return known


def fts_expression(folded: list[str]) -> str:
    """Every word must appear; quoting makes FTS5 syntax characters plain text."""
    return " ".join(f'"{word}"' for word in folded)


@functools.lru_cache(maxsize=256)
def typed_keys(text: str) -> tuple[frozenset, tuple]:
    """The query's accent keys, and per word typed its key (None if typed without accents):
    the same for the 300 candidates a search re-ranks, so worked out once."""
    return frozenset(accent_keys(text)), tuple(
        None if word.isascii() else accent_key(word) for word in sorted(exact_words(text))
    )


# How much a title word counts when the reader typed it with other accents than the title's.
FOLDED_ONLY_IN_TITLE = 0.3


class Scorer:
    """score_entry for one query over many candidates: the same figures
    (tests/search/test_scorer.py compares them), but instead of splitting every title
    and lead into words and accent keys, it finds the query's words in the folded text
    with one regular expression each, and works out accent keys only for the title and
    lead words that fold like a typed word (only those can have a typed word's key:
    equal keys mean equal letters, so equal folds). Re-ranking 300 candidates was half
    of a search's time."""

    def __init__(self, text: str, folded: list[str], now: datetime):
        self.text, self.folded, self.now = text, folded, now
        self.wanted = set(folded)
        self.words = _word_pattern(self.wanted)
        # The words in a row, anything but word characters between them.
        self.phrase = (
            re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, folded)) + r"(?!\w)") if len(folded) > 1 else None
        )
        self.accented = not text.isascii()
        if self.accented:
            self.typed, self.typed_words = typed_keys(text)
            typed = {word for word in words(text) if word.strip("_")} | exact_words(text)
            self.typed_folds = _word_pattern({fold(word) for word in typed})

    def _keys(self, original: str, folded: str) -> set[str] | None:
        """Accent keys of the words of `original` that fold like a typed word; None
        when `folded` does not line up with `original` character by character."""
        if len(folded) != len(original) or not unicodedata.is_normalized("NFC", original):
            return None
        keys = set()
        for match in self.typed_folds.finditer(folded):
            word = original[match.start() : match.end()]
            if fold(word) != match.group():
                return None
            keys.add(accent_key(word))
        return keys

    def score(self, title: str, lead: str, published_at, folded_title: str | None, database_score: float) -> float:
        """`folded_title`: fold(title) if the caller has it (the index stores it), else None."""
        folded_title, folded_lead = folded_title if folded_title is not None else fold(title), fold(lead)
        wanted = len(self.wanted)
        title_cover = len(set(self.words.findall(folded_title))) / wanted
        phrase = 1.0 if self.phrase is not None and self.phrase.search(folded_title) else 0.0
        lead_cover = len(set(self.words.findall(folded_lead))) / wanted
        exact = 0.0
        if self.accented:
            title_keys = self._keys(title, folded_title)
            lead_keys = self._keys(lead, folded_lead) if title_keys is not None else None
            if lead_keys is None:  # text this shortcut cannot line up: the long way
                title_keys, lead_keys = accent_keys(title), accent_keys(lead)
            typed = self.typed
            exact = len(typed & (title_keys | lead_keys)) / len(typed) if typed else 0.0
            as_typed = [key is None or key in title_keys for key in self.typed_words]
            title_exactness = sum(1.0 if hit else FOLDED_ONLY_IN_TITLE for hit in as_typed) / max(1, len(as_typed))
            title_cover *= title_exactness
            phrase *= title_exactness
        recency = 0.0
        if published_at:
            age_days = max(0.0, (self.now - published_at).total_seconds() / 86400)
            recency = 1.0 / (1.0 + age_days / 180)
        return 3.0 * title_cover + 2.0 * phrase + 1.0 * lead_cover + 1.5 * exact + 1.0 * database_score + 0.75 * recency


def _word_pattern(wanted) -> re.Pattern:
    """Whole words (as WORD splits them) among `wanted`, longest first."""
    if not wanted:
        return re.compile(r"(?!)")  # matches nothing
    alternatives = "|".join(re.escape(word) for word in sorted(wanted, key=lambda word: (-len(word), word)))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def score_entry(entry, text: str, folded: list[str], database_score: float, now: datetime | None = None) -> float:
    """The re-ranking both embedded databases share (and the Elasticsearch query mirrors):
    title coverage, the query as a phrase in the title, lead coverage, words typed
    with their accents found as typed, the database's own rank, and recency.

    A word typed with accents that the title has only folded (`Thành ủy` against
    `Vĩnh Thạnh: uy tín`) counts for less in the title: the reader said which word."""
    wanted = set(folded)
    title_words = folded_words(entry.title)
    title_cover = len(wanted & set(title_words)) / len(wanted)
    phrase = 1.0 if len(folded) > 1 and f" {' '.join(folded)} " in f" {' '.join(title_words)} " else 0.0
    lead_cover = len(wanted & set(folded_words(entry.lead))) / len(wanted)
    exact = 0.0
    if not text.isascii():
        typed, typed_words = typed_keys(text)
        title_keys = accent_keys(entry.title)
        exact = len(typed & (title_keys | accent_keys(entry.lead))) / len(typed) if typed else 0.0
        as_typed = [key is None or key in title_keys for key in typed_words]
        title_exactness = sum(1.0 if hit else FOLDED_ONLY_IN_TITLE for hit in as_typed) / max(1, len(as_typed))
        title_cover *= title_exactness
        phrase *= title_exactness
    recency = 0.0
    if entry.published_at:
        age_days = max(0.0, ((now or timezone.now()) - entry.published_at).total_seconds() / 86400)
        recency = 1.0 / (1.0 + age_days / 180)
    return 3.0 * title_cover + 2.0 * phrase + 1.0 * lead_cover + 1.5 * exact + 1.0 * database_score + 0.75 * recency
