"""Roles, corrected for sites made before: bylines and related-story pins for the desk; tags are editors'.

Contributors set the bylines of their own drafts and choose existing tags; editors also pin related
stories and create tags; administrators get every permission of the newsroom's apps, including
models added after the roles were first made.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

BYLINES = ["add_articleauthor", "change_articleauthor", "delete_articleauthor", "view_articleauthor"]
PINS = ["add_pinnedstory", "change_pinnedstory", "delete_pinnedstory", "view_pinnedstory"]
ADMIN_APPS = ["articles", "authors"]


def _permissions(apps, codenames):
    Permission = apps.get_model("auth", "Permission")
    return list(Permission.objects.filter(content_type__app_label="articles", codename__in=codenames))


def forward(apps, schema_editor):
    for label in ADMIN_APPS:
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    contributor = Group.objects.filter(name="Contributor").first()
    if contributor is not None:
        contributor.permissions.add(*_permissions(apps, BYLINES))
        contributor.permissions.remove(*_permissions(apps, ["add_tag"]))
    editor = Group.objects.filter(name="Editor").first()
    if editor is not None:
        editor.permissions.add(*_permissions(apps, BYLINES + PINS + ["add_tag"]))
    administrator = Group.objects.filter(name="Administrator").first()
    if administrator is not None:
        administrator.permissions.add(*Permission.objects.filter(content_type__app_label__in=ADMIN_APPS))


def backward(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=["Contributor", "Editor"]):
        group.permissions.remove(*_permissions(apps, BYLINES + PINS))
    contributor = Group.objects.filter(name="Contributor").first()
    if contributor is not None:
        contributor.permissions.add(*_permissions(apps, ["add_tag"]))


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_pinnedstory")]
    operations = [migrations.RunPython(forward, backward)]
