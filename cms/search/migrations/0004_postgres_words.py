"""PostgreSQL: split the folded text into words the way the queries are split.

PostgreSQL's text parser keeps `23-ct/tu` as one token (a file path) and `ct-tu`
as a hyphenated word, while the query is folded into the words `23 ct tu`: an
article quoting Chỉ thị 23-CT/TU was not found by its number. Replacing every
run of non-word characters by a space first gives both sides the same words
(SQLite's unicode61 tokenizer already splits there)."""

from django.db import migrations

WORDS = "regexp_replace({column}, '[^[:alnum:]_]+', ' ', 'g')"

UP = [
    "DROP INDEX IF EXISTS search_entry_vector",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS search_vector",
    f"""ALTER TABLE search_searchentry ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', {WORDS.format(column="title_folded")}), 'A') ||
        setweight(to_tsvector('simple', {WORDS.format(column="text_folded")}), 'B')) STORED""",
    "CREATE INDEX search_entry_vector ON search_searchentry USING gin (search_vector)",
]
DOWN = [
    "DROP INDEX IF EXISTS search_entry_vector",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS search_vector",
    """ALTER TABLE search_searchentry ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title_folded), 'A') ||
        setweight(to_tsvector('simple', text_folded), 'B')) STORED""",
    "CREATE INDEX search_entry_vector ON search_searchentry USING gin (search_vector)",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0003_index_retry")]

    operations = [migrations.RunPython(run(UP), run(DOWN))]
