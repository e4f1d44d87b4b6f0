"""Editors-in-chief restore and purge: every outlet's chief group (news.OutletRoleGroup,
role "chief") gets trash.restore_trashentry. Outlets made later get it from
cms.core.newsroom.set_up_outlet."""

from django.db import migrations


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; this one is needed now.
    app_config = apps.get_app_config("trash")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(content_type__app_label="trash", codename="restore_trashentry")
    OutletRoleGroup = apps.get_model("news", "OutletRoleGroup")
    for group in Group.objects.filter(pk__in=OutletRoleGroup.objects.filter(role="chief").values("group_id")):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="trash", codename="restore_trashentry").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("trash", "0001_initial"),
        ("news", "0006_one_newsroom_per_outlet"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
