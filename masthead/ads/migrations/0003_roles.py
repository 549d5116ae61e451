"""The ads' permissions for the roles: administrators all of them, and a new "Ad sales" desk role."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# The sales desk books campaigns; it may not enter third-party tags (ads.add_thirdparty_tag).
AD_SALES = [
    "view_advertiser", "add_advertiser", "change_advertiser",
    "view_campaign", "add_campaign", "change_campaign",
    "view_creative", "add_creative", "change_creative",
    "view_adslot", "add_adslot", "change_adslot",
    "view_adstxt",
]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("ads")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ads = Permission.objects.filter(content_type__app_label="ads")
    # get(), not filter(): a misspelt codename stops the migration instead of granting less.
    Group.objects.get_or_create(name="Ad sales")[0].permissions.add(*(ads.get(codename=c) for c in AD_SALES))
    administrator = Group.objects.filter(name="Administrator").first()
    if administrator is not None:
        administrator.permissions.add(*ads)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.filter(name="Ad sales").delete()
    for group in Group.objects.filter(name="Administrator"):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="ads"))


class Migration(migrations.Migration):
    dependencies = [
        ("ads", "0002_creative_thirdparty_tag_permission"),
        # After the Administrator group is made (its migration sets, and so would drop, other apps' rights).
        ("articles", "0002_roles"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
