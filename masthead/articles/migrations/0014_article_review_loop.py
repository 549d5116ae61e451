"""The review loop on a story: who submitted it and when, and the editor's note when sent back.

Stories already waiting for review count as handed in by their writer at their last change.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def backfill(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    Article.objects.filter(status="review", submitted_at__isnull=True).update(
        submitted_at=models.F("updated_at"), submitted_by=models.F("created_by")
    )


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0013_roles_pages'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='article',
            name='review_note',
            field=models.TextField(blank=True, editable=False, help_text='Why the story was sent back to its writer; cleared when it is submitted again.', verbose_name='note from the editor'),
        ),
        migrations.AddField(
            model_name='article',
            name='review_note_at',
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name='sent back'),
        ),
        migrations.AddField(
            model_name='article',
            name='review_note_by',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='sent back by'),
        ),
        migrations.AddField(
            model_name='article',
            name='submitted_at',
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name='submitted for review'),
        ),
        migrations.AddField(
            model_name='article',
            name='submitted_by',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='submitted by'),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]
