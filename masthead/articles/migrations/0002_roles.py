"""The newsroom's three roles, with their permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CONTRIBUTOR = [
    "articles.add_article", "articles.change_article", "articles.view_article",
    "articles.add_image", "articles.change_image", "articles.view_image",
    "articles.view_section", "articles.view_tag", "articles.add_tag",
    "authors.view_author",
]
EDITOR = CONTRIBUTOR + [
    "articles.delete_article", "articles.publish_article", "articles.edit_any_article",
    "articles.change_tag", "articles.delete_tag", "articles.delete_image",
    "articles.view_slugredirect", "articles.change_slugredirect",
    "authors.add_author", "authors.change_author",
]
ADMIN_APPS = ["articles", "authors", "auth", "django_tasks_database"]


def make_roles(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def perms(names):
        found = []
        for name in names:
            app_label, codename = name.split(".")
            found.append(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        return found

    Group.objects.get_or_create(name="Contributor")[0].permissions.set(perms(CONTRIBUTOR))
    Group.objects.get_or_create(name="Editor")[0].permissions.set(perms(EDITOR))
    Group.objects.get_or_create(name="Administrator")[0].permissions.set(
        Permission.objects.filter(content_type__app_label__in=ADMIN_APPS)
    )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=["Contributor", "Editor", "Administrator"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("authors", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("django_tasks_database", "__latest__"),
    ]
    operations = [migrations.RunPython(make_roles, remove_roles)]
