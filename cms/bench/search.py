"""`make bench-search`: the readers' search on a 100,000-document Vietnamese corpus,
the embedded backend against Wagtail's stock database backend and against bare
FTS5, all on the same corpus, in the same run, on the same machine.

    python -m cms.bench.search          (BENCH_SEARCH_DOCS=5000 to iterate)

What is measured, and how:

- Corpus: cms/bench/corpus.py, deterministic (document i is always the same),
  real Vietnamese words and phrases from a small grammar, Zipf-like frequencies;
  titles 8–16 syllables, leads 25–40, bodies 150–300; 70% articles, 10% each
  directives (with numbers such as `23-CT/TU`), exemplars, forums; 2016–2026.
- Database: a SQLite file in a temporary directory (settings
  cms.settings.bench_search: the `make bench` settings plus the bench-only app
  cms.bench), migrated fresh with the project's migrations. With DATABASE_URL:
  PostgreSQL, in a database made for the run and dropped after it (the role needs
  CREATEDB); the bare limit is then `search_vector @@ plainto_tsquery('simple', …)
  ORDER BY ts_rank LIMIT 10` on the index's own tsvector, and the stock backend is
  not measured. Never the dev db.sqlite3.
- Sizes: BENCH_SEARCH_DOCS is one size or several separated by commas (e.g.
  `100000,1000000`), each run in its own process and database; the run ends with one
  line per size:
  `search-bench docs=<N> full_p95_ms=<x> fts5_p95_ms=<y> ratio=<x/y> suggest_p95_ms=<z> recall_unaccented=<r>`.
- Progress: rewritten in place on a terminal; otherwise one line per 10% of a phase.
- Pages: SearchEntry has a one-to-one key to wagtailcore_page, so each document
  gets a bare Page row, bulk-inserted with valid treebeard paths under the
  default home page (add_child for 100,000 pages would take hours).
- Embedded index build: in a separate process (so that its peak RSS is its own),
  SearchDocuments made from the corpus go to EmbeddedBackend.rebuild in batches of
  500, as `manage.py search_index rebuild` does (built aside, then swapped in);
  documents are generated lazily, batch by batch. Reported: the rebuild's time minus
  the time making documents, RSS before and peak (ru_maxrss). Not included:
  document_for() reading the page models, which the real rebuild adds.
- Stock backend: `wagtail.search.backends.database` (on SQLite: FTS5 without
  folding) over the bench-only model BenchDocument (title, lead, body, and the
  number/column/tags/issuer in `extra`: the same text as SearchEntry), filled by
  SQL from the embedded index's rows, then indexed in a separate process the way
  `manage.py update_index` does (atomic rebuilder, add_items in chunks of 1,000,
  finish), all 100,000 documents.
- Bare FTS5, the limit: a plain FTS5 table (unicode61 remove_diacritics 2) of the
  same folded title and text, filled with one INSERT … SELECT, queried with the
  same folded MATCH expression as the embedded backend (`"w1" "w2" …`),
  `ORDER BY bm25(…, 8.0, 1.0) LIMIT 10`: the floor for finding and ordering.
- Queries: 200 fixed queries from cms/bench/corpus.py (title fragments, words,
  pairs of phrases, words with đ, directive numbers, place + topic), each typed
  with accents and without (400 in all), in a fixed shuffled order. Each engine
  answers each query once (warm-up), then BENCH_SEARCH_ROUNDS times (default 2),
  the engines interleaved in rotating order; a query's time is the median of its
  rounds; p50/p95 are over the 400.
  Embedded: EmbeddedBackend.search(SearchQuery(q, site_id=…)), the whole work of
  a results page (one match into the temporary table, count, six facets, 300
  candidates re-ranked, ten hits with snippets), and the same without count and
  facets ("find + rank": MatchSet.fill, MatchSet.ranked, _rerank, the hits).
  Stock: list(backend.search(q, BenchDocument)[:10]). Bare: the SQL above.
- Slow engines: a statement running past BENCH_SEARCH_TIMEOUT seconds (10) is
  interrupted (SQLite progress handler) and counted at that time (figures then
  shown as "≥"). An engine interrupted 3 times, or spending more than
  BENCH_SEARCH_BUDGET seconds (120 per 100,000 documents) in the warm-up pass, is asked no more: its
  figures are its warm-up times on the random sample it answered, said loudly.
  This keeps the run bounded when an engine takes seconds or minutes a query
  (Wagtail's stock SQLite backend does, measured here: it probes FTS5 once per
  indexed row, and again per matched row to score).
- Suggestions: each query's unaccented form cut inside its second word (`quan tr`),
  EmbeddedBackend.suggest, one warm-up then BENCH_SEARCH_ROUNDS times; p95 of the
  medians (goal 20 ms).
- BENCH_SEARCH_KEEP=1 keeps the run's database (or SQLite directory) and prints its name;
  BENCH_SEARCH_REUSE=<that name> later applies the newer migrations to it (timed) and
  times the suggestions again, nothing else (`search-bench-suggest docs=<N> suggest_p95_ms=<z>`);
  with BENCH_SEARCH_REUSE_RECALL=1 also the unaccented recall (adds `recall_unaccented=<r>`).
- Stock backend: built and timed only up to 100,000 documents (BENCH_SEARCH_STOCK=1
  forces it, =0 skips it): its build alone would take about an hour at 1,000,000.
- Recall of unaccented queries: for each query, |M(unaccented) ∩ M(accented)|
  / |M(accented)| where M is the set of ALL documents the engine matches (not
  just the first ten; ordering may differ on purpose: the embedded backend gives
  a bonus to words typed with their accents); the mean over the 200 queries.
  The overlap of the first ten is shown too. The stock backend's match set is
  its own MATCH expression (its query compiler's) on its own FTS5 table, without
  the ordering subqueries that make its search() take minutes at 100,000.
- Goals (from the issue): p95 of the embedded full search no slower than the
  stock backend and within 2× the bare FTS5 p95; unaccented recall equal to
  accented (1.0); peak RSS of the index build at most a few hundred MB
  (MEMORY_GOAL_MB, 300).
"""

import json
import os
import random
import resource
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict

# One size, or several separated by commas (each in its own run and database).
SIZES = [int(size) for size in os.environ.get("BENCH_SEARCH_DOCS", "100000").replace("_", "").split(",") if size]
DOCS = SIZES[0]
# Wagtail's stock backend: only up to 100,000 (it needs ≥ 10 s a query there; its build
# alone would take an hour at 1,000,000) unless BENCH_SEARCH_STOCK=1 (=0: never).
STOCK_UP_TO = 100_000
# With DATABASE_URL: PostgreSQL, in a database made for the run and dropped after it;
# the bare limit is then `search_vector @@ plainto_tsquery(…) ORDER BY ts_rank LIMIT 10`.
POSTGRES = bool(os.environ.get("DATABASE_URL"))
STOCK = not POSTGRES and (
    os.environ.get("BENCH_SEARCH_STOCK", "") == "1"
    or (os.environ.get("BENCH_SEARCH_STOCK", "") != "0" and DOCS <= STOCK_UP_TO)
)


def in_transaction():
    """As EmbeddedBackend.search: PostgreSQL's match set lives until the commit."""
    from contextlib import nullcontext

    from django.db import transaction

    return transaction.atomic() if POSTGRES else nullcontext()


def database_name() -> str:
    if POSTGRES:
        from django.db import connection

        return f"PostgreSQL {connection.pg_version // 10000}"
    return f"SQLite {sqlite3.sqlite_version}"


def create_pg_database() -> str:
    """A throw-away database on DATABASE_URL's server (the role needs CREATEDB)."""
    import psycopg

    name = f"toasoan_bench_search_{os.getpid()}"
    with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    os.environ["BENCH_PG_NAME"] = name
    return name


def drop_pg_database(name: str) -> None:
    import psycopg

    with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')


SUGGEST_GOAL_MS = 20
BARE = "tsvector trần" if POSTGRES else "FTS5 trần"
RESULT_LINES = []
ROUNDS = int(os.environ.get("BENCH_SEARCH_ROUNDS", "2"))
TIMEOUT = float(os.environ.get("BENCH_SEARCH_TIMEOUT", "10"))
# The warm-up budget stops engines that take seconds a query (the stock backend), not the
# embedded one at 1,000,000 documents (~0.4 s a query there): 120 s per 100,000 documents.
BUDGET = float(os.environ.get("BENCH_SEARCH_BUDGET") or 120 * max(1, DOCS // 100_000))
# The name of a kept database (PostgreSQL) or directory (SQLite): time suggestions again on it.
REUSE = os.environ.get("BENCH_SEARCH_REUSE", "")
# Keep the run's database (PostgreSQL) or directory (SQLite) for a later look; its name is printed.
KEEP = os.environ.get("BENCH_SEARCH_KEEP", "") == "1"
GIVE_UP_AFTER = 3
CUT = {}  # step -> queries left out of it after a statement timeout (breakdown, recall)  # timeouts before an engine is no longer asked
BATCH = 500  # manage.py search_index rebuild
STOCK_CHUNK = 1000  # manage.py update_index's default chunk size
MEMORY_GOAL_MB = 300
PAGE_ID_OFFSET = 100  # document i is page PAGE_ID_OFFSET + i
PARENT_PATH = "00010001"  # the default home page made by Wagtail's migrations
BARE_TABLE = "bench_bare_fts"
STEPLEN = 4
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's MP_Node alphabet


def setup_django():
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.bench_search"
    import django

    django.setup()


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


PROGRESS_STEPS = 10  # lines per phase when stderr is not a terminal


def progress(label: str, done: int, total: int, began: float):
    """A bar rewritten in place on a terminal; in a log, a line every 10% (not one per batch)."""
    text = f"   {label}: {done:,}/{total:,} ({time.perf_counter() - began:.0f} giây)"
    if sys.stderr.isatty():
        print(f"\r{text}", end="", file=sys.stderr)
        if done >= total:
            print(file=sys.stderr)
    else:
        step = max(1, total // PROGRESS_STEPS)
        if done >= total or done // step != (done - 1) // step:
            print(text, file=sys.stderr)
    sys.stderr.flush()


# ---------------------------------------------------------------- the corpus in the database


def step(number: int) -> str:
    out = ""
    for _ in range(STEPLEN):
        number, digit = divmod(number, len(ALPHABET))
        out = ALPHABET[digit] + out
    return out


def insert_pages(count: int):
    """Bare Page rows (type Page) under the default home page, valid for treebeard."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from wagtail.models import Locale, Page

    parent = Page.objects.get(path=PARENT_PATH)
    content_type = ContentType.objects.get_for_model(Page).pk
    locale = Locale.get_default().pk
    columns = [
        "id",
        "path",
        "depth",
        "numchild",
        "translation_key",
        "locale_id",
        "live",
        "has_unpublished_changes",
        "expired",
        "locked",
        "title",
        "draft_title",
        "slug",
        "content_type_id",
        "url_path",
        "show_in_menus",
        "seo_title",
        "search_description",
    ]
    sql = f"INSERT INTO wagtailcore_page ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})"  # noqa: S608
    chunk = 20_000
    for start in range(0, count, chunk):
        rows = []
        for i in range(start, min(count, start + chunk)):
            title = f"Bài đo {i}"
            rows.append(
                (
                    PAGE_ID_OFFSET + i,
                    PARENT_PATH + step(i + 1),
                    parent.depth + 1,
                    0,
                    uuid.UUID(int=i + 1) if POSTGRES else uuid.UUID(int=i + 1).hex,
                    locale,
                    True,
                    False,
                    False,
                    False,
                    title,
                    title,
                    f"bai-do-{i}",
                    content_type,
                    f"{parent.url_path}bai-do-{i}/",
                    False,
                    "",
                    "",
                )
            )
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.executemany(sql, rows)
    Page.objects.filter(pk=parent.pk).update(numchild=count)


def search_document(doc, site_id: int):
    from cms.search.documents import SearchDocument

    return SearchDocument(
        page_id=PAGE_ID_OFFSET + doc.index,
        type=doc.type,
        title=doc.title,
        url=f"/bai-do-{doc.index}/",
        site_id=site_id,
        published_at=doc.published_at,
        lead=doc.lead,
        body=doc.body,
        year=doc.published_at.year,
        column_slug=doc.column_slug,
        column_title=doc.column_title,
        tags=doc.tags,
        issuer_slug=doc.issuer_slug,
        issuer_name=doc.issuer_name,
        directive_kind=doc.directive_kind,
        number=doc.number,
    )


def site_id() -> int:
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True).pk


# ---------------------------------------------------------------- index builds (child processes)


def build_embedded(count: int) -> dict:
    """What `search_index rebuild` does: EmbeddedBackend.rebuild over batches of 500
    documents (built aside, then swapped in); the time making documents is kept apart."""
    from cms.bench import corpus
    from cms.search.embedded import EmbeddedBackend

    backend = EmbeddedBackend()
    site = site_id()
    before = rss_mb()
    began = time.perf_counter()
    generating = [0.0]

    def batches():
        for start in range(0, count, BATCH):
            tick = time.perf_counter()
            documents = [search_document(doc, site) for doc in corpus.documents(start, min(count, start + BATCH))]
            generating[0] += time.perf_counter() - tick
            yield documents
            progress("chỉ mục nhúng", min(count, start + BATCH), count, began)

    backend.rebuild(batches())
    backend.forget_vocabulary()
    wall = time.perf_counter() - began
    return {
        "index_seconds": wall - generating[0],
        "wall_seconds": wall,
        "rss_before_mb": before,
        "rss_peak_mb": peak_rss_mb(),
        "entries": backend.count(),
    }


def build_stock() -> dict:
    """What `manage.py update_index` does, for BenchDocument only."""
    from wagtail.search.backends import get_search_backend

    from cms.bench.models import BenchDocument

    backend = get_search_backend()
    total = BenchDocument.objects.count()
    before = rss_mb()
    began = time.perf_counter()
    rebuilder = backend.rebuilder_class(backend.get_index_for_model(BenchDocument))
    index = rebuilder.start()
    index.add_model(BenchDocument)
    queryset = BenchDocument.get_indexed_objects().order_by("pk")
    done, chunk = 0, 0
    while items := list(queryset[chunk * STOCK_CHUNK :][:STOCK_CHUNK]):
        index.add_items(BenchDocument, items)
        done += len(items)
        chunk += 1
        progress("chỉ mục Wagtail gốc", done, total, began)
    rebuilder.finish()
    return {
        "index_seconds": time.perf_counter() - began,
        "wall_seconds": time.perf_counter() - began,
        "rss_before_mb": before,
        "rss_peak_mb": peak_rss_mb(),
        "entries": done,
    }


def run_child(which: str) -> dict:
    from django.db import connections

    connections.close_all()
    child = subprocess.Popen(
        [sys.executable, "-m", "cms.bench.search", f"--build-{which}"], stdout=subprocess.PIPE, text=True
    )
    STOP["child"] = child
    output, _errors = child.communicate()
    STOP["child"] = None
    if child.returncode != 0:
        raise SystemExit(f"!!! dựng chỉ mục {which} thất bại (mã {child.returncode})")
    return json.loads(output.strip().splitlines()[-1])


def fill_stock_sources():
    """BenchDocument rows with the embedded index's own text (same corpus, no regeneration)."""
    from django.db import connection, transaction

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            """INSERT INTO bench_benchdocument (id, title, lead, body, extra)
            SELECT e.page_id, e.title, e.lead, e.body,
                trim(e.number || ' ' || e.column_title || ' ' || e.issuer_name || ' ' ||
                    coalesce((SELECT group_concat(t.name, ' ') FROM search_searchentrytag t
                              WHERE t.entry_id = e.page_id), ''))
            FROM search_searchentry e ORDER BY e.page_id"""
        )


def build_bare():
    """SQLite: a plain FTS5 table. PostgreSQL: nothing, the bare query reads the index's own tsvector."""
    from django.db import connection, transaction

    if POSTGRES:
        return

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"CREATE VIRTUAL TABLE {BARE_TABLE} USING fts5(title_folded, text_folded, "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        cursor.execute(
            f"INSERT INTO {BARE_TABLE} (rowid, title_folded, text_folded) "  # noqa: S608
            "SELECT page_id, title_folded, text_folded FROM search_searchentry"
        )


# ---------------------------------------------------------------- the engines


class Timeout:
    """Interrupts a SQLite statement running past its deadline (progress handler)."""

    def __init__(self, connection):
        self.deadline = float("inf")
        self.stopping = False
        connection.ensure_connection()
        if POSTGRES:  # the server stops it (statement_timeout)
            with connection.cursor() as cursor:
                cursor.execute(f"SET statement_timeout = {int(TIMEOUT * 1000)}")
        else:
            connection.connection.set_progress_handler(self._check, 20_000)

    def _check(self):
        return 1 if self.stopping or time.perf_counter() > self.deadline else 0

    def run(self, function, *args):
        """(seconds, result); result None if interrupted."""
        from django.db import OperationalError

        began = time.perf_counter()
        self.deadline = began + TIMEOUT
        try:
            result = function(*args)
        except OperationalError as error:
            if self.stopping:
                raise SystemExit(143) from None
            if "interrupted" not in str(error) and "statement timeout" not in str(error):
                raise
            return TIMEOUT, None
        finally:
            self.deadline = float("inf")
        return time.perf_counter() - began, result


class Engine:
    def __init__(self, key, label, function, *, wrapper=None, proposal=False):
        self.key, self.label, self.function, self.wrapper, self.proposal = key, label, function, wrapper, proposal
        self.first = {}  # (query number, form) -> seconds of the first (warm-up) run
        self.rounds = defaultdict(list)  # (query number, form) -> seconds of the timed rounds
        self.answers = {}  # (query number, form) -> the first ten ids of the first run
        self.spent = 0.0
        self.timeouts = 0
        self.stopped = ""  # why it was not run on every query

    def __call__(self, text):
        if self.wrapper is None:
            return self.function(text)
        from django.db import connection

        with connection.execute_wrapper(self.wrapper):
            return self.function(text)

    @property
    def complete(self):
        return not self.stopped

    def per_query(self):
        """(query number, form) -> seconds: the median of the rounds, or the first run if it had no rounds."""
        if self.rounds:
            return {key: statistics.median(values) for key, values in self.rounds.items()}
        return dict(self.first)


class Corpus:
    """The searches each engine runs, on the corpus in the database."""

    def __init__(self, site: int):
        from django.db import connection
        from wagtail.search.backends import get_search_backend

        from cms.bench.models import BenchDocument
        from cms.search.embedded import EmbeddedBackend

        self.site = site
        self.embedded = EmbeddedBackend()
        self.stock = get_search_backend()
        self.model = BenchDocument
        self.connection = connection

    # Timed: what a results page costs.

    def embedded_full(self, text):
        from cms.search.query import SearchQuery

        results = self.embedded.search(SearchQuery(text=text, site_id=self.site))
        return [hit.page_id for hit in results.hits]

    def embedded_find_rank(self, text):
        """EmbeddedBackend.search() for a first page without filters, minus count and facets."""
        from cms.search.embedded import CANDIDATES, MatchSet
        from cms.search.models import SearchEntry
        from cms.search.query import SearchQuery
        from cms.search.text import query_words

        backend, query = self.embedded, SearchQuery(text=text, site_id=self.site)
        folded = query_words(query.text)
        base = SearchEntry.objects.filter(site_id=query.site_id)
        pinned = backend._number_matches(query.text, base)
        with in_transaction(), self.connection.cursor() as cursor:
            matches = MatchSet(cursor, self.site)
            matches.fill(folded, pinned)
            ranked = matches.ranked({}, 0, CANDIDATES)
            matches.clear()
        ids = backend._rerank(query, folded, ranked, pinned)[: query.per_page]
        return [hit.page_id for hit in first_page(backend, ids, folded)]

    def stock_top(self, text):
        return [document.pk for document in self.stock.search(text, self.model)[:10]]

    def bare_top(self, text):
        from cms.search.embedded import fts_expression
        from cms.search.text import query_words

        with self.connection.cursor() as cursor:
            if POSTGRES:
                cursor.execute(
                    "SELECT page_id FROM search_searchentry, plainto_tsquery('simple', %s) q "
                    "WHERE search_vector @@ q ORDER BY ts_rank(search_vector, q) DESC LIMIT 10",
                    [" ".join(query_words(text))],
                )
                return [row[0] for row in cursor.fetchall()]
            cursor.execute(
                f"SELECT rowid FROM {BARE_TABLE} WHERE {BARE_TABLE} MATCH %s "  # noqa: S608
                f"ORDER BY bm25({BARE_TABLE}, 8.0, 1.0) LIMIT 10",
                [fts_expression(query_words(text))],
            )
            return [row[0] for row in cursor.fetchall()]

    # Untimed: every document each engine matches, for recall.

    def embedded_matches(self, text):
        from cms.search.models import SearchEntry
        from cms.search.text import query_words

        condition = self.embedded._match(query_words(text))
        return set(SearchEntry.objects.filter(condition, site_id=self.site).values_list("pk", flat=True))

    def stock_matches(self, text):
        """The stock backend's own MATCH expression on its own FTS5 table (what it filters
        on), without its ordering subqueries, which take minutes on a large corpus."""
        from django.contrib.contenttypes.models import ContentType
        from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
        from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry

        compiler = self.stock.search(text, self.model).query_compiler
        query = compiler.build_search_query(normalize(compiler.query), config=None)
        match = MatchExpression(compiler.fields or compiler.FTS_TABLE_FIELDS, query)
        content_type = ContentType.objects.get_for_model(self.model).pk
        rows = SQLiteFTSIndexEntry.objects.filter(match).values_list(
            "index_entry__object_id", "index_entry__content_type_id"
        )
        return {int(object_id) for object_id, kind in rows if kind == content_type}

    def bare_matches(self, text):
        from cms.search.embedded import fts_expression
        from cms.search.text import query_words

        with self.connection.cursor() as cursor:
            if POSTGRES:
                cursor.execute(
                    "SELECT page_id FROM search_searchentry WHERE search_vector @@ plainto_tsquery('simple', %s)",
                    [" ".join(query_words(text))],
                )
                return {row[0] for row in cursor.fetchall()}
            cursor.execute(
                f"SELECT rowid FROM {BARE_TABLE} WHERE {BARE_TABLE} MATCH %s",  # noqa: S608
                [fts_expression(query_words(text))],
            )
            return {row[0] for row in cursor.fetchall()}


def make_engines(corpus_db: Corpus) -> list[Engine]:
    engines = [
        Engine("embedded", "nhúng: cả trang (count, 6 facet, xếp hạng lại, đoạn trích)", corpus_db.embedded_full),
        Engine("find_rank", "nhúng: chỉ tìm + xếp hạng (không count/facet)", corpus_db.embedded_find_rank),
    ]
    if STOCK:
        engines.append(Engine("stock", "Wagtail gốc: search(q, BenchDocument)[:10]", corpus_db.stock_top))
    bare = "tsvector trần: @@ … ORDER BY ts_rank LIMIT 10" if POSTGRES else "FTS5 trần: MATCH … ORDER BY bm25 LIMIT 10"
    engines.append(Engine("bare", bare, corpus_db.bare_top))
    return engines


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = fraction * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def query_order(queries) -> list[tuple[int, str, str]]:
    """(query number, form, text) in a fixed shuffled order, both forms of a query together:
    an engine stopped by its time budget has then answered a random sample, not one kind."""
    numbers = list(range(len(queries)))
    random.Random(11).shuffle(numbers)
    return [(n, form, getattr(queries[n], form)) for n in numbers for form in ("accented", "unaccented")]


def time_queries(engines, timeout, queries):
    texts = query_order(queries)
    began = time.perf_counter()
    for done, (n, form, text) in enumerate(texts, 1):
        for engine in engines:
            if engine.stopped:
                continue
            seconds, answer = timeout.run(engine, text)
            engine.first[n, form] = seconds
            engine.answers[n, form] = answer
            engine.spent += seconds
            if answer is None:
                engine.timeouts += 1
            if engine.timeouts >= GIVE_UP_AFTER:
                engine.stopped = f"{engine.timeouts} truy vấn bị ngắt sau {TIMEOUT:.0f} giây"
            elif engine.spent > BUDGET and done < len(texts):
                engine.stopped = f"hết ngân sách {BUDGET:.0f} giây"
        progress("lượt đầu (khởi động)", done, len(texts), began)
    complete = [engine for engine in engines if engine.complete]
    began = time.perf_counter()
    for round_number in range(ROUNDS):
        for done, (n, form, text) in enumerate(texts, 1):
            # Rotate the engines' order so that none always runs right after another.
            shift = done % len(complete)
            for engine in complete[shift:] + complete[:shift]:
                seconds, _answer = timeout.run(engine, text)
                engine.rounds[n, form].append(seconds)
            progress(f"vòng đo {round_number + 1}/{ROUNDS}", done, len(texts), began)


def first_page(backend, ids, folded):
    from cms.search.models import SearchEntry

    entries = SearchEntry.objects.in_bulk(ids)
    return [backend._hit(entries[pk], folded) for pk in ids if pk in entries]


def breakdown(corpus_db, queries):
    """Where the embedded backend's time goes, step by step (one pass, both forms),
    as EmbeddedBackend.search runs them for a first page without filters."""
    from django.db import OperationalError, connection

    from cms.search.embedded import CANDIDATES, MatchSet
    from cms.search.models import SearchEntry
    from cms.search.query import SearchQuery
    from cms.search.text import query_words

    backend, site = corpus_db.embedded, corpus_db.site
    steps = defaultdict(list)
    matches = []
    began = time.perf_counter()
    texts = [text for _n, _form, text in query_order(queries)]

    def clock(name, function, *args):
        tick = time.perf_counter()
        result = function(*args)
        steps[name].append(time.perf_counter() - tick)
        return result

    for done, text in enumerate(texts, 1):
        query = SearchQuery(text=text, site_id=site)
        folded = query_words(text)
        base = SearchEntry.objects.filter(site_id=site)
        before = {name: len(values) for name, values in steps.items()}
        try:
            pinned = clock("number", backend._number_matches, text, base)
            with in_transaction(), connection.cursor() as cursor:
                match_set = MatchSet(cursor, site)
                found = clock("fill", match_set.fill, folded, pinned)
                clock("summary", match_set.summary, {})
                ranked = clock("rank_db", match_set.ranked, {}, 0, CANDIDATES)
                match_set.clear()
        except OperationalError as error:
            # A statement past the timeout (PostgreSQL's statement_timeout, set in step 4):
            # the query is left out of every step, and counted.
            if "statement timeout" not in str(error) and "interrupted" not in str(error):
                raise
            for name, values in steps.items():
                del values[before.get(name, 0) :]
            CUT["breakdown"] = CUT.get("breakdown", 0) + 1
            continue
        matches.append(found)
        ids = clock("rerank", backend._rerank, query, folded, ranked, pinned)[: query.per_page]
        clock("hits", first_page, backend, ids, folded)
        progress("phân rã", done, len(texts), began)
    return steps, matches


def suggest_times(corpus_db, queries) -> list[float]:
    """What the box asks while a reader types: each query's unaccented form cut inside its
    second word (or its first, if alone); one warm-up, then ROUNDS times; the median."""
    prefixes = []
    for query in queries:
        words = query.unaccented.split()
        prefixes.append(" ".join([*words[:1], words[1][:2]]) if len(words) > 1 else words[0][:3])
    backend, site = corpus_db.embedded, corpus_db.site
    for prefix in prefixes:
        backend.suggest(prefix, site_id=site)
    times = defaultdict(list)
    for _round in range(ROUNDS):
        for n, prefix in enumerate(prefixes):
            tick = time.perf_counter()
            backend.suggest(prefix, site_id=site)
            times[n].append(time.perf_counter() - tick)
    return [statistics.median(values) for values in times.values()]


def recall_of(function, queries, timeout) -> tuple[list[float], int, int, int]:
    """Per query with an accented match: |M(unaccented) ∩ M(accented)| / |M(accented)|;
    also how many are perfect, how many find nothing unaccented, how many were cut."""
    values, perfect, nothing, cut = [], 0, 0, 0
    for query in queries:
        (_s, accented), (_t, unaccented) = (
            timeout.run(function, query.accented),
            timeout.run(function, query.unaccented),
        )
        if accented is None or unaccented is None:
            cut += 1
            continue
        if not accented:
            continue
        value = len(accented & unaccented) / len(accented)
        values.append(value)
        perfect += value == 1.0
        nothing += not unaccented
    return values, perfect, nothing, cut


# ---------------------------------------------------------------- report


def table_mb(connection, prefix: str) -> float:
    """Size of the tables and indexes whose name starts with `prefix` (SQLite dbstat)."""
    with connection.cursor() as cursor:
        if POSTGRES:
            cursor.execute(
                "SELECT SUM(pg_total_relation_size(oid)) FROM pg_class WHERE relkind = 'r' AND relname LIKE %s",
                [prefix + "%"],
            )
            return (cursor.fetchone()[0] or 0) / 2**20
        cursor.execute("SELECT SUM(pgsize) FROM dbstat WHERE substr(name, 1, %s) = %s", [len(prefix), prefix])
        return (cursor.fetchone()[0] or 0) / 2**20


def ms(seconds):
    return f"{1000 * seconds:8.1f}"


class Figure:
    """p50/p95/max over the queries an engine answered; `bound` when a time-out is among
    them (an interrupted query counts as TIMEOUT, so the true figure is at least this)."""

    def __init__(self, engine: Engine, total: int):
        values = list(engine.per_query().values())
        self.n, self.total = len(values), total
        self.p50, self.p95 = percentile(values, 0.5), percentile(values, 0.95)
        self.max = max(values) if values else float("nan")
        self.bound = engine.timeouts > 0

    def text(self, value) -> str:
        return f"{'≥' if self.bound else ' '}{1000 * value:,.1f}"

    def p95_text(self) -> str:
        """p95 in ms, saying when it comes from a sample (an engine stopped by its budget)."""
        sample = f" (mẫu {self.n}/{self.total})" if self.n < self.total else ""
        return f"{self.text(self.p95).strip()} ms{sample}"


def at_most(a: Figure, b: Figure, factor: float = 1.0) -> bool | None:
    """Is a.p95 ≤ factor × b.p95? None when time-outs leave it open."""
    if not a.bound and not b.bound:
        return a.p95 <= factor * b.p95
    if not a.bound and b.bound:
        return True if a.p95 <= factor * b.p95 else None
    if a.bound and not b.bound:
        return False if a.p95 > factor * b.p95 else None
    return None


def verdict(ok: bool | None) -> str:
    return {True: "ĐẠT", False: "KHÔNG ĐẠT", None: "KHÔNG XÁC ĐỊNH (bị ngắt)"}[ok]


def ratio(a: Figure, b: Figure) -> str:
    value = a.p95 / b.p95
    if a.bound and not b.bound:
        return f"≥{value:.2f}"
    if b.bound and not a.bound:
        return f"≤{value:.2f}"
    if a.bound and b.bound:
        return "?"
    return f"{value:.2f}"


def main_child(which: str):
    setup_django()
    result = build_embedded(DOCS) if which == "embedded" else build_stock()
    print(json.dumps(result))


STOP = {"child": None}


def on_sigterm(*_args):
    # Raised here, or (when the signal lands inside SQLite's progress handler, which
    # swallows exceptions) by Timeout.run, which sees `stopping`.
    if STOP.get("timeout"):
        STOP["timeout"].stopping = True
    raise SystemExit(143)


def main():
    if len(SIZES) > 1:
        # One run per size, each with its own throw-away database; their last lines at the end.
        lines = []
        for size in SIZES:
            env = {**os.environ, "BENCH_SEARCH_DOCS": str(size)}
            child = subprocess.run(
                [sys.executable, "-m", "cms.bench.search"], env=env, stdout=subprocess.PIPE, text=True
            )
            print(child.stdout, end="", flush=True)
            lines += [line for line in child.stdout.splitlines() if line.startswith("search-bench ")]
        print()
        for line in lines:
            print(line)
        return
    if REUSE:
        return suggest_again(REUSE)
    pg_database = create_pg_database() if POSTGRES else None
    bench_dir = tempfile.mkdtemp(prefix="toasoan-bench-search-")
    os.environ["BENCH_DIR"] = bench_dir
    signal.signal(signal.SIGTERM, on_sigterm)
    began = time.perf_counter()
    try:
        setup_django()
        run()
    finally:
        child = STOP.get("child")
        if child is not None and child.poll() is None:
            child.terminate()
            child.wait()
        from django.db import connections

        connections.close_all()
        if KEEP:
            print(f"\nGiữ lại (BENCH_SEARCH_KEEP=1): {pg_database or bench_dir}")
        else:
            shutil.rmtree(bench_dir, ignore_errors=True)
            if pg_database:
                drop_pg_database(pg_database)
        print(f"\nThời gian đo tìm kiếm: {time.perf_counter() - began:.0f} giây")
        for line in RESULT_LINES:
            print(line, flush=True)


def suggest_again(kept: str):
    """BENCH_SEARCH_REUSE: on a database kept by BENCH_SEARCH_KEEP=1, apply the migrations
    the code has gained since (timed: an existing index upgrading) and time suggestions
    again, the way step 5 does. For changes to suggestions only: the rest is not rerun."""
    if POSTGRES:
        os.environ["BENCH_PG_NAME"] = kept
    else:
        os.environ["BENCH_DIR"] = kept
    setup_django()
    from django.core.management import call_command
    from django.db import connection

    from cms.bench import corpus
    from cms.search.models import SearchEntry

    docs = SearchEntry.objects.count()
    print(f"Gợi ý trên chỉ mục đã giữ ({kept}, {database_name()}): {docs:,} tài liệu", flush=True)
    tick = time.perf_counter()
    call_command("migrate", verbosity=1)
    print(f"   migrate (các migration mới trên chỉ mục có sẵn): {time.perf_counter() - tick:.1f} giây", flush=True)
    if POSTGRES:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_total_relation_size('search_titleterm') / 1048576.0")
            print(f"   search_titleterm: {cursor.fetchone()[0]:.0f} MB (bảng + khóa)")
    corpus_db, queries = Corpus(site_id()), corpus.queries(docs)
    suggest = suggest_times(corpus_db, queries)
    p95 = percentile(suggest, 0.95)
    print(f"   gợi ý: p50 {ms(percentile(suggest, 0.5)).strip()} ms, p95 {ms(p95).strip()} ms", flush=True)
    recall = ""
    if os.environ.get("BENCH_SEARCH_REUSE_RECALL") == "1":
        values, perfect, _nothing, cut = recall_of(corpus_db.embedded_matches, queries, Timeout(connection))
        recall = f" recall_unaccented={statistics.mean(values):.3f}"
        print(f"   độ phủ không dấu: {statistics.mean(values):.3f}; = 1 ở {perfect}/{len(values)}; bị ngắt {cut}")
    print(f"search-bench-suggest docs={docs} suggest_p95_ms={1000 * p95:.1f}{recall}", flush=True)


def run():
    from django.core.management import call_command
    from django.db import connection

    from cms.bench import corpus
    from cms.search.models import SearchEntry

    print(
        f"Đo tìm kiếm: {DOCS:,} tài liệu; 200 truy vấn × 2 dạng (có dấu, không dấu); {database_name()}; "
        f"{os.cpu_count()} CPU; {ROUNDS} vòng đo; ngắt truy vấn sau {TIMEOUT:.0f} giây",
        flush=True,
    )
    if DOCS < 5000:
        print(f"!!! chỉ {DOCS:,} tài liệu: các truy vấn lấy từ {DOCS:,} tài liệu đầu, không phải bộ 200 cố định")

    print("\n1. Chuẩn bị cơ sở dữ liệu (SQLite tạm, migrate mới)", flush=True)
    tick = time.perf_counter()
    call_command("migrate", run_syncdb=True, verbosity=0)
    print(f"   migrate: {time.perf_counter() - tick:.1f} giây", flush=True)
    tick = time.perf_counter()
    insert_pages(DOCS)
    print(f"   {DOCS:,} trang Wagtail (chèn thẳng, đường dẫn treebeard hợp lệ): {time.perf_counter() - tick:.1f} giây")

    print("\n2. Dựng chỉ mục (nhúng và Wagtail gốc: mỗi cái một tiến trình riêng)", flush=True)
    built = run_child("embedded")
    assert built["entries"] == DOCS, built
    print(
        f"   nhúng (EmbeddedBackend.rebuild, lô {BATCH}, dựng riêng rồi hoán đổi): {built['index_seconds']:7.1f} giây"
        f"  (+ {built['wall_seconds'] - built['index_seconds']:.1f} giây sinh văn bản, không tính)"
    )
    print(
        f"      RSS của tiến trình dựng: {built['rss_before_mb']:.0f} MB trước khi dựng, "
        f"đỉnh {built['rss_peak_mb']:.0f} MB (ru_maxrss)"
    )
    stock_built = {"index_seconds": float("nan")}
    if STOCK:
        tick = time.perf_counter()
        fill_stock_sources()
        print(f"   (bảng nguồn BenchDocument chép bằng SQL từ chỉ mục nhúng: {time.perf_counter() - tick:.1f} giây)")
        stock_built = run_child("stock")
        print(
            f"   Wagtail gốc (như update_index: add_items lô {STOCK_CHUNK}, finish): "
            f"{stock_built['index_seconds']:7.1f} giây  (RSS đỉnh {stock_built['rss_peak_mb']:.0f} MB)"
        )
    else:
        print(
            f"   Wagtail gốc: bỏ qua trên {STOCK_UP_TO:,} tài liệu (đã ≥ 10 giây/truy vấn ở 100.000; BENCH_SEARCH_STOCK=1 để đo)"
        )
    tick = time.perf_counter()
    build_bare()
    bare_seconds = time.perf_counter() - tick
    if not POSTGRES:  # PostgreSQL's bare query reads the index's own tsvector: nothing to build
        print(f"   FTS5 trần (một INSERT … SELECT văn bản đã gập):         {bare_seconds:7.1f} giây")
    print(
        f"   tỉ lệ thời gian dựng nhúng / gốc: {built['index_seconds'] / stock_built['index_seconds']:.2f}; "
        f"nhúng / trần: {built['index_seconds'] / bare_seconds if not POSTGRES else float('nan'):.1f}"
    )
    print(
        f"   dung lượng: nhúng {table_mb(connection, 'search_'):.0f} MB (bảng + FTS5), "
        f"Wagtail gốc {table_mb(connection, 'wagtailsearch_indexentry'):.0f} MB, "
        f"FTS5 trần {table_mb(connection, BARE_TABLE):.0f} MB",
        flush=True,
    )

    corpus_db = Corpus(site_id())

    queries = corpus.queries(DOCS)
    engines = make_engines(corpus_db)
    timeout = Timeout(connection)
    STOP["timeout"] = timeout
    print(
        f"\n4. Thời gian truy vấn: {len(queries)} truy vấn × 2 dạng = {2 * len(queries)}; một lượt đầu (khởi động), "
        f"rồi {ROUNDS} vòng xen kẽ các cách tìm; thời gian một truy vấn = trung vị các vòng; p50/p95 trên cả "
        f"{2 * len(queries)}. Cách tìm nào bị ngắt {GIVE_UP_AFTER} lần (>{TIMEOUT:.0f} giây) hoặc tiêu quá "
        f"{BUDGET:.0f} giây ở lượt đầu thì dừng: số liệu của nó chỉ từ lượt đầu, trên mẫu ngẫu nhiên đã đo.",
        flush=True,
    )
    time_queries(engines, timeout, queries)
    total = 2 * len(queries)
    figures = {engine.key: Figure(engine, total) for engine in engines}
    print(f"   {'':52} {'đo':>7} {'p50 ms':>10} {'p95 ms':>10} {'max ms':>10}")
    for engine in engines:
        figure = figures[engine.key]
        print(
            f"   {engine.label:52} {figure.n:>3}/{total} {figure.text(figure.p50):>10} "
            f"{figure.text(figure.p95):>10} {figure.text(figure.max):>10}"
        )
        if engine.stopped:
            print(
                f"      !!! DỪNG sau {figure.n} truy vấn: {engine.stopped}; số liệu trên là của lượt đầu, trên mẫu đó"
            )
        elif engine.timeouts:
            print(f"      !!! {engine.timeouts} lần bị ngắt sau {TIMEOUT:.0f} giây (tính bằng {TIMEOUT:.0f} giây)")
    f = figures
    print(
        (f"   p95 nhúng / Wagtail gốc: {ratio(f['embedded'], f['stock'])};  " if STOCK else "   ")
        + f"p95 nhúng / {BARE}: {ratio(f['embedded'], f['bare'])};  "
        f"chỉ tìm + xếp hạng / {BARE}: {ratio(f['find_rank'], f['bare'])}"
    )
    complete = [engine for engine in engines if engine.complete]
    kinds = [kind for kind, _n in corpus.QUERY_MIX]
    print("   theo loại truy vấn (cách tìm đo đủ), p50 / p95 ms:")
    print(f"   {'loại':8} {'số':>4}  " + "".join(f"{engine.key:>20}" for engine in complete))
    for kind in kinds:
        keys = [
            (n, form) for n, query in enumerate(queries) if query.kind == kind for form in ("accented", "unaccented")
        ]
        cells = []
        for engine in complete:
            values = [engine.per_query()[key] for key in keys]
            cells.append(f"{1000 * percentile(values, 0.5):9.1f} /{1000 * percentile(values, 0.95):8.1f}")
        print(f"   {kind:8} {len(keys):>4}  " + "".join(f"{cell:>20}" for cell in cells), flush=True)

    print("\n5. Thời gian từng bước của EmbeddedBackend.search: một lượt, p50 / p95 ms", flush=True)
    steps, matches = breakdown(corpus_db, queries)
    labels = {
        "number": "tra số hiệu văn bản (_number_matches)",
        "fill": "tìm khớp MỘT lần vào bảng tạm (MatchSet.fill)",
        "summary": "count + 6 facet từ bảng tạm (MatchSet.summary)",
        "rank_db": "300 ứng viên từ bảng tạm (MatchSet.ranked)",
        "rerank": "xếp hạng lại bằng Python (_rerank)",
        "hits": "10 kết quả + đoạn trích (in_bulk, _hit)",
    }
    mean_total = sum(statistics.mean(steps[name]) for name in labels)
    for name, text in labels.items():
        share = 100 * statistics.mean(steps[name]) / mean_total
        print(f"   {text:52} {ms(percentile(steps[name], 0.5))} {ms(percentile(steps[name], 0.95))}   ({share:.0f}%)")
    print(
        f"   số tài liệu khớp: trung vị {statistics.median(matches):,.0f}, p95 {percentile(matches, 0.95):,.0f}, "
        f"lớn nhất {max(matches):,}",
        flush=True,
    )
    if CUT.get("breakdown"):
        print(f"   !!! {CUT['breakdown']} truy vấn bị ngắt sau {TIMEOUT:.0f} giây: không có trong các bước trên")

    print("\n   gợi ý khi gõ (/api/search/suggest/): 200 tiền tố, trung vị các vòng", flush=True)
    suggest = suggest_times(corpus_db, queries)
    suggest_p95 = percentile(suggest, 0.95)
    print(f"   gợi ý: p50 {ms(percentile(suggest, 0.5)).strip()} ms, p95 {ms(suggest_p95).strip()} ms", flush=True)

    print("\n6. Độ phủ khi gõ không dấu", flush=True)
    print(
        "   định nghĩa: với mỗi truy vấn, |khớp(không dấu) ∩ khớp(có dấu)| / |khớp(có dấu)| trên MỌI tài liệu\n"
        '   khớp (không chỉ 10 đầu); trung bình trên các truy vấn. "10 đầu trùng": cùng phép tính trên 10 kết\n'
        "   quả đầu của lượt đo (thứ tự có thể khác có chủ ý: điểm cộng cho từ gõ đúng dấu)."
    )
    recall = {}
    tops = {"embedded": "embedded", "stock": "stock", "bare": "bare"}
    by_key = {engine.key: engine for engine in engines}
    compared = [("embedded", "embedded_matches"), ("stock", "stock_matches"), ("bare", "bare_matches")]
    for key, method in [pair for pair in compared if STOCK or pair[0] != "stock"]:
        values, perfect, nothing, cut = recall_of(getattr(corpus_db, method), queries, timeout)
        top = []
        for n in range(len(queries)):
            first = by_key[tops[key]].answers.get((n, "accented"))
            second = by_key[tops[key]].answers.get((n, "unaccented"))
            if first:
                top.append(len(set(first) & set(second or [])) / len(first))
        recall[key] = statistics.mean(values) if values else 0.0
        name = {"embedded": "nhúng", "stock": "Wagtail gốc", "bare": "FTS5 trần"}[key]
        print(
            f"   {name:12} độ phủ {recall[key]:.3f}; = 1 ở {perfect}/{len(values)} truy vấn; không dấu không thấy gì ở "
            f"{nothing}; 10 đầu trùng "
            + (f"{statistics.mean(top):.3f} (trên {len(top)})" if top else "— (không trả lời truy vấn nào)")
            + (f"; {cut} truy vấn bị ngắt sau {TIMEOUT:.0f} giây, không tính" if cut else "")
        )
    print(
        "   (Wagtail gốc: tập khớp tính bằng chính biểu thức MATCH của nó trên bảng FTS5 của nó, bỏ phần sắp xếp\n"
        "   vốn mất hàng phút ở kho lớn.)",
        flush=True,
    )

    print(f"\n7. Tóm tắt: {DOCS:,} tài liệu ({SearchEntry.objects.count():,} trong chỉ mục nhúng)")
    peak = built["rss_peak_mb"]
    f = figures
    rows = []
    if STOCK:
        rows.append(
            (
                "p95 nhúng ≤ p95 Wagtail gốc",
                f"{f['embedded'].p95_text()} vs {f['stock'].p95_text()}",
                at_most(f["embedded"], f["stock"]),
            )
        )
    rows += [
        (
            f"p95 nhúng ≤ 2 × p95 {BARE}",
            f"{f['embedded'].p95_text()} vs {f['bare'].p95_text()} (×{ratio(f['embedded'], f['bare'])})",
            at_most(f["embedded"], f["bare"], 2.0),
        ),
        (
            "độ phủ không dấu = có dấu",
            f"{recall['embedded']:.3f}" + (f" (Wagtail gốc {recall['stock']:.3f})" if STOCK else ""),
            recall["embedded"] == 1.0,
        ),
        (
            f"RSS đỉnh dựng {DOCS:,} ≤ {MEMORY_GOAL_MB} MB",
            f"{peak:.0f} MB (trước khi dựng {built['rss_before_mb']:.0f} MB)",
            peak <= MEMORY_GOAL_MB,
        ),
        (
            f"p95 gợi ý ≤ {SUGGEST_GOAL_MS} ms",
            f"{ms(suggest_p95).strip()} ms",
            1000 * suggest_p95 <= SUGGEST_GOAL_MS,
        ),
    ]
    print(f"   {'mục tiêu':38} {'đo được':58} kết quả")
    for goal, measured, ok in rows:
        print(f"   {goal:38} {measured:58} {verdict(ok)}")
    print(
        f"   dựng chỉ mục: nhúng {built['index_seconds']:.0f} giây, Wagtail gốc {stock_built['index_seconds']:.0f} giây, "
        f"FTS5 trần {bare_seconds:.0f} giây"
    )
    # The one line per size the issue asks for (machine-readable; English keys).
    full, bare = f["embedded"], f["bare"]
    line = (
        f"search-bench docs={DOCS} full_p95_ms={1000 * full.p95:.1f} fts5_p95_ms={1000 * bare.p95:.1f} "
        f"ratio={full.p95 / bare.p95:.2f} suggest_p95_ms={1000 * suggest_p95:.1f} "
        f"recall_unaccented={recall['embedded']:.3f}"
    )
    RESULT_LINES.append(line)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1].startswith("--build-"):
        main_child(sys.argv[1].removeprefix("--build-"))
    else:
        main()
