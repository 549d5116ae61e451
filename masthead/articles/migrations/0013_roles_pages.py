"""Standing pages for the newsroom's roles: editors write, publish and remove them; administrators too."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR = ["add_page", "change_page", "delete_page", "view_page"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("articles")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    pages = Permission.objects.filter(content_type__app_label="articles", codename__in=EDITOR)
    for name in ("Editor", "Administrator"):
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*pages)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    pages = Permission.objects.filter(content_type__app_label="articles", codename__in=EDITOR)
    for group in Group.objects.filter(name__in=["Editor", "Administrator"]):
        group.permissions.remove(*pages)


class Migration(migrations.Migration):
    dependencies = [("articles", "0012_page")]
    operations = [migrations.RunPython(grant, revoke)]
