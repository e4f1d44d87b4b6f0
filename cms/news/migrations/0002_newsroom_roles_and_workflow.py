from django.db import migrations


def create(apps, schema_editor):
    from cms.news.legacy_roles import create_roles_and_workflow

    create_roles_and_workflow(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_initial"),
        ("core", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
