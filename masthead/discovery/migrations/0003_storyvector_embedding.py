"""Each story's sentence embedding beside its vectors (filled in where the `embeddings` extra is
installed; empty until then)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("discovery", "0002_related_stories_from_articles"),
    ]

    operations = [
        migrations.AddField(
            model_name="storyvector",
            name="embedding",
            field=models.BinaryField(blank=True, null=True),
        ),
    ]
