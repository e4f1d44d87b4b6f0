from django.db import migrations


def grant(apps, schema_editor):
    from cms.news.legacy_roles import grant_library_permissions

    grant_library_permissions(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("exemplars", "0001_initial"),
        ("directives", "0001_initial"),
        ("news", "0002_newsroom_roles_and_workflow"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
