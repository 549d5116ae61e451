"""Readership for the newsroom's roles: editors pin and hide "Popular Posts" and see the week's most read."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR = [
    "add_popularchoice",
    "change_popularchoice",
    "delete_popularchoice",
    "view_popularchoice",
    "view_mostread",
]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("readership")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    readership = Permission.objects.filter(content_type__app_label="readership")
    for name, permissions in (
        ("Editor", readership.filter(codename__in=EDITOR)),
        ("Administrator", readership),
    ):
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=["Editor", "Administrator"]):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="readership"))


class Migration(migrations.Migration):
    dependencies = [
        ("readership", "0002_mostread"),
        ("articles", "0006_roles_bylines_and_pins"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
