from django.db import migrations


def grant(apps, schema_editor):
    from cms.news.legacy_roles import MODERATION_ROLE_PERMISSIONS, grant_library_permissions

    grant_library_permissions(apps, MODERATION_ROLE_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("forums", "0001_initial"),
        ("news", "0002_newsroom_roles_and_workflow"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
