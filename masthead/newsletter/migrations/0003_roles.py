"""The newsletter's permissions for the newsroom's roles: editors write and send, administrators all."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR = [
    "view_subscriber",
    "view_issue",
    "add_issue",
    "change_issue",
    "send_issue",
    "view_suppression",
]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("newsletter")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    newsletter = Permission.objects.filter(content_type__app_label="newsletter")
    for name, permissions in (("Editor", newsletter.filter(codename__in=EDITOR)), ("Administrator", newsletter)):
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=["Editor", "Administrator"]):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="newsletter"))


class Migration(migrations.Migration):
    dependencies = [
        ("newsletter", "0002_alter_issue_options"),
        ("articles", "0002_roles"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
