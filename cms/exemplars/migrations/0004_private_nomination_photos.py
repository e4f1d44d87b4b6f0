"""Nomination photos move out of public media (MEDIA_ROOT/nominations/…, served to
anyone at /media/) into private storage, under random names."""

import os

from django.db import migrations, models

import cms.core.storage
import cms.exemplars.models


def move_photos_to_private_storage(apps, schema_editor):
    from django.core.files.storage import default_storage

    from cms.core.storage import PrivateMediaStorage, random_file_name

    private = PrivateMediaStorage()
    Nomination = apps.get_model("exemplars", "Nomination")
    for nomination in Nomination.objects.exclude(photo="").only("pk", "photo").iterator():
        old_name = nomination.photo.name
        if not default_storage.exists(old_name):
            continue  # already moved, or lost before: leave the row as it is
        with default_storage.open(old_name, "rb") as handle:
            new_name = private.save(random_file_name("nominations", os.path.basename(old_name)), handle)
        Nomination.objects.filter(pk=nomination.pk).update(photo=new_name)
        default_storage.delete(old_name)


def move_photos_back(apps, schema_editor):
    from django.core.files.storage import default_storage

    from cms.core.storage import PrivateMediaStorage

    private = PrivateMediaStorage()
    Nomination = apps.get_model("exemplars", "Nomination")
    for nomination in Nomination.objects.exclude(photo="").only("pk", "photo").iterator():
        name = nomination.photo.name
        if not private.exists(name):
            continue
        with private.open(name, "rb") as handle:
            public_name = default_storage.save(name, handle)
        Nomination.objects.filter(pk=nomination.pk).update(photo=public_name)
        private.delete(name)


class Migration(migrations.Migration):
    dependencies = [
        ("exemplars", "0003_exemplarpage_comment_rule_and_more"),
    ]

    operations = [
        migrations.AlterField(
            model_name="nomination",
            name="photo",
            field=models.ImageField(
                blank=True,
                storage=cms.core.storage.private_storage,
                upload_to=cms.exemplars.models.nomination_photo_path,
                verbose_name="ảnh",
            ),
        ),
        migrations.RunPython(move_photos_to_private_storage, move_photos_back, elidable=True),
    ]
