"""SQLite: a prefix index in the FTS5 table (prefix='1 2 3'), for suggestions.

`"quan" "tr" *` on the title column then reads one term list instead of merging
those of every indexed word starting with `tr` (hundreds at 1,000,000 entries),
which kept suggestions far above 20 ms. The table is made again with the option and
refilled from search_searchentry ('rebuild'); triggers and the vocabulary table
refer to it by name and are kept. PostgreSQL: nothing (its GIN index serves `:*`)."""

from django.db import migrations

OPTIONS = "content='search_searchentry', content_rowid='page_id', tokenize='unicode61 remove_diacritics 2'"


def recreate(prefix):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "sqlite":
            return
        schema_editor.execute("DROP TABLE IF EXISTS search_fts")
        schema_editor.execute(
            f"CREATE VIRTUAL TABLE search_fts USING fts5(title_folded, text_folded, {OPTIONS}{prefix})"
        )
        schema_editor.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0006_entry_by_page")]

    operations = [migrations.RunPython(recreate(", prefix='1 2 3'"), recreate(""))]
