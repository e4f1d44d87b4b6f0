"""PostgreSQL: a title-only tsvector with its own GIN index, for suggestions.

Suggestions asked the whole-text `search_vector` for title words (`'quan':A & 'tr':*A`):
the weight can only be checked on the row's tsvector, which is large and stored out of
line (TOAST), so every candidate title cost a read and a decompression (p95 54 ms at
100,000 entries). The title alone is a small vector kept in the row, and its index
answers `quan & tr:*` without looking at weights. SQLite: nothing (migration 0007 gave
its FTS5 table a prefix index)."""

from django.db import migrations

WORDS = "regexp_replace(title_folded, '[^[:alnum:]_]+', ' ', 'g')"  # as migration 0004

UP = [
    f"""ALTER TABLE search_searchentry ADD COLUMN title_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('simple', {WORDS})) STORED""",
    "CREATE INDEX search_entry_title_vector ON search_searchentry USING gin (title_vector)",
]
DOWN = [
    "DROP INDEX IF EXISTS search_entry_title_vector",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS title_vector",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0007_title_prefixes")]

    operations = [migrations.RunPython(run(UP), run(DOWN))]
