"""PostgreSQL: a b-tree of the titles' word prefixes, read newest first, for suggestions.

Suggestions want the newest titles matching `quan tr`. A GIN index (0008's title vector)
finds every matching title but cannot hand them over newest first, so PostgreSQL read and
sorted all of them: at 1,000,000 entries `tr:*` matches hundreds of thousands of titles.
search_titleterm is the b-tree equivalent of SQLite's FTS5 prefix index (0007): one row
per title and prefix of one of its words (`q`, `qu`, `qua`, `quan` for `quan`), with
`whole` when the prefix is a word of the title, whole. Reading `term = 'tr'` backwards
gives page ids newest first; the date and outlet are in the index too, so the newest
titles are picked without reading the entries (see EmbeddedBackend.suggest).

No Django model: the rows are derived from search_searchentry by statement-level
triggers (insert, update, delete, truncate), so every way of writing the index keeps them
(bulk_create, Django's flush in tests). A rebuild builds a new table aside and swaps it
in (embedded._copy_in); the triggers stand aside then (setting `toasoan.rebuilding`).
Prefixes stop at MAX_WORD letters: a b-tree key has a size limit, and nobody types that.
Collation "C": prefixes compare byte by byte, and faster. SQLite: nothing.

Not atomic: the fill ends with VACUUM, which marks the pages all-visible so that the
lookups are index-only; VACUUM cannot run in a transaction. Each step can run again
after a failure (IF NOT EXISTS, OR REPLACE, ON CONFLICT)."""

from django.db import migrations

MAX_WORD = 64
WORDS = "regexp_replace(title_folded, '[^[:alnum:]_]+', ' ', 'g')"  # as migrations 0004 and 0008
COLUMNS = "term, page_id, whole, site_id, published_at"

TERMS = f"""CREATE OR REPLACE FUNCTION search_title_terms(title_folded text)
    RETURNS TABLE (term text, whole boolean) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT left(word, n), bool_or(n = length(word))
    FROM unnest(tsvector_to_array(to_tsvector('simple', {WORDS}))) AS w(word),
        generate_series(1, least(length(word), {MAX_WORD})) AS n
    GROUP BY 1
    $$"""
# The terms of a set of entries (`rows`: a table with the entry columns).
TERMS_OF = """SELECT t.term, r.page_id, t.whole, r.site_id, r.published_at
    FROM {rows} r, search_title_terms(r.title_folded) AS t"""
ADD = (
    f"INSERT INTO search_titleterm ({COLUMNS}) {TERMS_OF.format(rows='new_rows')} ORDER BY 1, 2 ON CONFLICT DO NOTHING"
)
# By (term, page id), the table's key: there is no index on page_id alone to keep up.
REMOVE = f"""DELETE FROM search_titleterm s USING ({TERMS_OF.format(rows="old_rows")}) d
    WHERE s.term = d.term AND s.page_id = d.page_id"""
REBUILDING = "current_setting('toasoan.rebuilding', true) = 'on'"


def trigger_function(name: str, body: str) -> str:
    return f"""CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF {REBUILDING} THEN
                RETURN NULL;
            END IF;
            {body}
            RETURN NULL;
        END $$"""


def trigger(name: str, event: str, tables: str) -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS {name} ON search_searchentry",
        f"""CREATE TRIGGER {name} AFTER {event} ON search_searchentry {tables}
            FOR EACH STATEMENT EXECUTE FUNCTION {name}()""",
    ]


UP = [
    """CREATE TABLE IF NOT EXISTS search_titleterm (
        term text COLLATE "C" NOT NULL,
        page_id integer NOT NULL,
        whole boolean NOT NULL,
        site_id integer,
        published_at timestamp with time zone,
        CONSTRAINT search_titleterm_pkey PRIMARY KEY (term, page_id) INCLUDE (whole, site_id, published_at))
        WITH (parallel_workers = 0)""",  # a few index pages a query: workers only add their start-up
    TERMS,
    trigger_function("search_titleterm_add", f"{ADD};"),
    trigger_function("search_titleterm_remove", f"{REMOVE};"),
    trigger_function("search_titleterm_change", f"{REMOVE}; {ADD};"),
    trigger_function("search_titleterm_empty", "TRUNCATE search_titleterm;"),
    *trigger("search_titleterm_add", "INSERT", "REFERENCING NEW TABLE AS new_rows"),
    *trigger("search_titleterm_remove", "DELETE", "REFERENCING OLD TABLE AS old_rows"),
    *trigger("search_titleterm_change", "UPDATE", "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"),
    *trigger("search_titleterm_empty", "TRUNCATE", ""),
    # The entries already indexed, in key order (the b-tree is then filled left to right).
    f"INSERT INTO search_titleterm ({COLUMNS}) {TERMS_OF.format(rows='search_searchentry')} "
    "ORDER BY 1, 2 ON CONFLICT DO NOTHING",
    "VACUUM (ANALYZE) search_titleterm",
]
DOWN = [
    *[
        f"DROP TRIGGER IF EXISTS search_titleterm_{name} ON search_searchentry"
        for name in ("add", "remove", "change", "empty")
    ],
    *[f"DROP FUNCTION IF EXISTS search_titleterm_{name}()" for name in ("add", "remove", "change", "empty")],
    "DROP FUNCTION IF EXISTS search_title_terms(text)",
    "DROP TABLE IF EXISTS search_titleterm",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    atomic = False
    dependencies = [("search", "0008_title_vector")]

    operations = [migrations.RunPython(run(UP), run(DOWN))]
