"""Related stories and the editors' pins, taken over from the articles app (its 0008).

The tables stay where they are (`db_table`), so only Django's record of the models moves. Their
content types move too, so the permissions granted on them (editors pin related stories), the
admin's history and the stories' revisions keep pointing at them.
"""

import django.db.models.deletion
from django.db import migrations, models

MODELS = ["relatedstory", "pinnedstory"]


def move_content_types(source: str, target: str):
    def move(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        Permission = apps.get_model("auth", "Permission")
        db = schema_editor.connection.alias
        for model in MODELS:
            old = ContentType.objects.using(db).filter(app_label=source, model=model).first()
            if old is None:  # never made: the next post_migrate makes it under its new app
                continue
            new = ContentType.objects.using(db).filter(app_label=target, model=model).first()
            if new is None:
                old.app_label = target
                old.save(update_fields=["app_label"])
                continue
            # Both exist (an earlier migrate made the new one): grants move to its permissions.
            for permission in Permission.objects.using(db).filter(content_type=old):
                twin = Permission.objects.using(db).filter(content_type=new, codename=permission.codename).first()
                if twin is None:
                    permission.content_type = new
                    permission.save(update_fields=["content_type"])
                else:
                    twin.group_set.add(*permission.group_set.all())
                    twin.user_set.add(*permission.user_set.all())
        ContentType.objects.clear_cache()

    return move


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0008_related_stories_move_to_discovery'),
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('discovery', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='PinnedStory',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('order', models.PositiveSmallIntegerField(default=0, verbose_name='order')),
                        ('article', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='pinned_links', to='articles.article')),
                        ('related', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='pinned_in', to='articles.article', verbose_name='related story')),
                    ],
                    options={
                        'verbose_name': 'pinned related story',
                        'verbose_name_plural': 'pinned related stories',
                        'db_table': 'articles_pinnedstory',
                        'ordering': ['article', 'order', 'id'],
                        'constraints': [models.UniqueConstraint(fields=('article', 'related'), name='pinned_once_per_story'), models.CheckConstraint(condition=models.Q(('article', models.F('related')), _negated=True), name='pin_not_itself')],
                    },
                ),
                migrations.CreateModel(
                    name='RelatedStory',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('rank', models.PositiveSmallIntegerField()),
                        ('score', models.FloatField(default=0.0)),
                        ('reasons', models.JSONField(blank=True, default=dict)),
                        ('computed_at', models.DateTimeField(auto_now=True)),
                        ('article', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='related_links', to='articles.article')),
                        ('related', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='related_to', to='articles.article')),
                    ],
                    options={
                        'verbose_name': 'related story',
                        'verbose_name_plural': 'related stories',
                        'db_table': 'articles_relatedstory',
                        'ordering': ['article', 'rank'],
                        'indexes': [models.Index(fields=['article', 'rank'], name='articles_re_article_2ed63c_idx')],
                        'constraints': [models.UniqueConstraint(fields=('article', 'related'), name='related_once_per_story')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(
            move_content_types("articles", "discovery"), move_content_types("discovery", "articles")
        ),
    ]
