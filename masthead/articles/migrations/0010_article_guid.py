# A feed identifier for every story. Added without its unique index first: a callable default
# is evaluated once for all existing rows, so each row gets its own value before the index.

import uuid

from django.db import migrations, models

import masthead.articles.models.articles

HELP_TEXT = (
    "The story's identifier in feeds (RSS guid, Atom id, JSON Feed id), so feed readers know an "
    "edited story is the same story. Made once when the story is created and never changed, not even "
    "by a new slug or section; an imported story keeps the identifier its old platform gave it (e.g. "
    "a WordPress guid), so readers do not see it twice."
)


def give_each_story_a_guid(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    pending = Article.objects.filter(guid="").order_by("pk").values_list("pk", flat=True)
    ids = list(pending)
    for start in range(0, len(ids), 500):
        stories = [Article(pk=pk, guid=f"urn:uuid:{uuid.uuid4()}") for pk in ids[start : start + 500]]
        Article.objects.bulk_update(stories, ["guid"])


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0009_section_slug_not_a_site_page"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="guid",
            field=models.CharField(
                blank=True, default="", editable=False, help_text=HELP_TEXT, max_length=500,
                verbose_name="feed identifier",
            ),
        ),
        migrations.RunPython(give_each_story_a_guid, migrations.RunPython.noop, elidable=True),
        migrations.AlterField(
            model_name="article",
            name="guid",
            field=models.CharField(
                blank=True, default=masthead.articles.models.articles.new_guid, editable=False,
                help_text=HELP_TEXT, max_length=500, unique=True, verbose_name="feed identifier",
            ),
        ),
    ]
