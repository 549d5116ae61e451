"""Redirects for the newsroom's roles: editors keep the old addresses and clear the missing pages log."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR = [
    "add_redirect",
    "change_redirect",
    "delete_redirect",
    "view_redirect",
    "view_missingpage",
    "delete_missingpage",
]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("redirects")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    redirects = Permission.objects.filter(content_type__app_label="redirects")
    for name, permissions in (
        ("Editor", redirects.filter(codename__in=EDITOR)),
        ("Administrator", redirects),
    ):
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=["Editor", "Administrator"]):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="redirects"))


class Migration(migrations.Migration):
    dependencies = [
        ("redirects", "0001_initial"),
        ("articles", "0006_roles_bylines_and_pins"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
