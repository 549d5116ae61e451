import django.db.models.deletion
from django.db import migrations, models

import masthead.search.models

# As masthead.search.backends.sqlite writes it, frozen here.
FTS5_TABLE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_words USING fts5("
    "title, title_stem, lead, lead_stem, body, body_stem, tokenize = 'unicode61 remove_diacritics 0')"
)


def create_word_store(apps, schema_editor) -> None:
    """The words' own storage: an FTS5 table on SQLite, a GIN index on PostgreSQL."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE INDEX search_entry_document ON search_entry USING gin (document)")
    else:
        schema_editor.execute(FTS5_TABLE)


def drop_word_store(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_entry_document")
    else:
        schema_editor.execute("DROP TABLE IF EXISTS search_words")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("articles", "0008_related_stories_move_to_discovery"),
    ]

    operations = [
        migrations.CreateModel(
            name="Entry",
            fields=[
                (
                    "article",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="search_entry",
                        serialize=False,
                        to="articles.article",
                    ),
                ),
                ("language", models.CharField(choices=[("en", "English"), ("ar", "Arabic")], max_length=2)),
                ("status", models.CharField(max_length=20)),
                ("section_id", models.PositiveIntegerField()),
                ("published_at", models.DateTimeField(null=True)),
                ("is_sponsored", models.BooleanField(default=False)),
                ("document", masthead.search.models.DocumentField(editable=False, null=True)),
                ("indexed_at", models.DateTimeField(auto_now=True)),
            ],
            options={
                "verbose_name": "search entry",
                "verbose_name_plural": "search entries",
                "indexes": [models.Index(fields=["language", "published_at"], name="search_entry_by_time")],
            },
        ),
        migrations.CreateModel(
            name="Word",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("word", models.CharField(max_length=40)),
                ("language", models.CharField(choices=[("en", "English"), ("ar", "Arabic")], max_length=2)),
            ],
            options={
                "verbose_name": "search word",
                "verbose_name_plural": "search words",
                "constraints": [models.UniqueConstraint(fields=("language", "word"), name="search_word_once")],
            },
        ),
        migrations.RunPython(create_word_store, drop_word_store, elidable=False),
    ]
