"""Issue 14: OutletRoleGroup (which outlet a role group belongs to) moves from news to
core with the newsroom roles (cms/core/newsroom.py), without moving a row: its table
keeps its name and its content type is renamed, not replaced."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def _rename(apps, old_label, new_label):
    ContentType = apps.get_model("contenttypes", "ContentType")
    old = ContentType.objects.filter(app_label=old_label, model="outletrolegroup").first()
    if old is not None:
        ContentType.objects.filter(app_label=new_label, model="outletrolegroup").delete()
        old.app_label = new_label
        old.save(update_fields=["app_label"])
    ContentType.objects.clear_cache()


def repoint_content_type(apps, schema_editor):
    _rename(apps, "news", "core")


def point_content_type_back(apps, schema_editor):
    _rename(apps, "core", "news")


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("core", "0002_documentdownloads"),
        ("contenttypes", "0002_remove_content_type_name"),
        # The data migrations that read the model as the news app's run first.
        ("news", "0006_one_newsroom_per_outlet"),
        ("trash", "0002_grant_restore_permission"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="OutletRoleGroup",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "role",
                            models.CharField(
                                choices=[
                                    ("journalist", "Phóng viên"),
                                    ("editor", "Biên tập viên"),
                                    ("chief", "Tổng biên tập"),
                                    ("moderator", "Kiểm duyệt viên"),
                                ],
                                max_length=20,
                                verbose_name="vai trò",
                            ),
                        ),
                        (
                            "group",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="outlet_role",
                                to="auth.group",
                                verbose_name="nhóm",
                            ),
                        ),
                        (
                            "home_page",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to=settings.WAGTAIL_PAGE_MODEL,
                                verbose_name="trang chủ của cơ quan",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "nhóm vai trò của cơ quan",
                        "verbose_name_plural": "nhóm vai trò của cơ quan",
                        "db_table": "news_outletrolegroup",
                        "constraints": [
                            models.UniqueConstraint(fields=("home_page", "role"), name="one_group_per_outlet_role")
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(repoint_content_type, point_content_type_back),
    ]
