"""The site's files for the roles: administrators edit robots.txt; the newsroom's other roles do not."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    app_config = apps.get_app_config("syndication")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    administrator = Group.objects.filter(name="Administrator").first()
    if administrator is not None:
        administrator.permissions.add(*Permission.objects.filter(content_type__app_label="syndication"))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name="Administrator"):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="syndication"))


class Migration(migrations.Migration):
    dependencies = [
        ("syndication", "0001_initial"),
        # After the Administrator group is made (its migration sets, and so would drop, other apps' rights).
        ("articles", "0006_roles_bylines_and_pins"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
