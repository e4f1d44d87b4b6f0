"""Issue 14: the comment engine moves from the forums app to cms.comments without
moving a row.

The content types of the moved models are renamed (forums -> comments) rather than
created anew, so everything pointing at them keeps pointing at the same rows:
permissions (and so the groups and GroupSitePermissions holding them — a moderator
can still moderate), Wagtail's audit log (ModelLogEntry.content_type), revisions and
the reference index. On a fresh database this runs before the content types exist
beyond those made by the newsroom migrations; it renames whatever is there."""

import cms.core.models
import django.db.models.deletion
import django.db.models.functions.text
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


MOVED_MODELS = ["comment", "commentreport", "commentsettings", "moderationword"]


def _rename(apps, old_label, new_label):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED_MODELS:
        old = ContentType.objects.filter(app_label=old_label, model=model).first()
        if old is None:
            continue
        # A content type already made under the new label (post_migrate of an earlier,
        # interrupted run) holds only its own default permissions: it gives way.
        ContentType.objects.filter(app_label=new_label, model=model).delete()
        old.app_label = new_label
        old.save(update_fields=["app_label"])
    ContentType.objects.clear_cache()


def repoint_content_types(apps, schema_editor):
    _rename(apps, "forums", "comments")


def point_content_types_back(apps, schema_editor):
    _rename(apps, "comments", "forums")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("forums", "0006_comment_engine_to_comments"),
        # The data migrations that hand out the moderators' permissions under the
        # forums label run first (cms/news/legacy_roles.py, cms/core/newsroom.py).
        ("news", "0006_one_newsroom_per_outlet"),
        ("exemplars", "0002_library_role_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        # The models existed as forums.Comment etc. (forums 0001-0005), in tables named
        # forums_*: their db_table keeps those names, so the database is left as it is.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Comment",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("author_name", models.CharField(max_length=100, verbose_name="họ tên")),
                        ("author_email", models.EmailField(blank=True, max_length=254, verbose_name="email")),
                        ("phone", models.CharField(blank=True, max_length=20, verbose_name="điện thoại")),
                        ("locality", models.CharField(blank=True, max_length=100, verbose_name="phường, xã")),
                        ("organisation", models.CharField(blank=True, max_length=200, verbose_name="cơ quan, tổ chức")),
                        ("body", models.TextField(verbose_name="nội dung")),
                        (
                            "stance",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("dong-y", "Đồng ý"),
                                    ("khong-dong-y", "Không đồng ý"),
                                    ("y-kien-khac", "Ý kiến khác"),
                                ],
                                max_length=20,
                                verbose_name="quan điểm",
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("pending", "Chờ duyệt"),
                                    ("approved", "Đã duyệt"),
                                    ("rejected", "Từ chối"),
                                    ("spam", "Thư rác"),
                                    ("withdrawn", "Đã ẩn"),
                                ],
                                default="pending",
                                max_length=10,
                                verbose_name="tình trạng",
                            ),
                        ),
                        (
                            "status_reason",
                            models.CharField(
                                blank=True,
                                help_text="Vì sao bình luận có tình trạng này.",
                                max_length=500,
                                verbose_name="lý do",
                            ),
                        ),
                        (
                            "check_reason",
                            models.CharField(blank=True, max_length=500, verbose_name="kết quả kiểm tra tự động"),
                        ),
                        ("featured", models.BooleanField(default=False, verbose_name="nổi bật")),
                        ("official_reply", models.TextField(blank=True, verbose_name="trả lời chính thức")),
                        (
                            "official_reply_by",
                            models.CharField(blank=True, max_length=200, verbose_name="cơ quan trả lời"),
                        ),
                        ("official_reply_at", models.DateTimeField(blank=True, null=True, verbose_name="trả lời lúc")),
                        ("created_at", models.DateTimeField(default=django.utils.timezone.now, verbose_name="gửi lúc")),
                        ("moderated_at", models.DateTimeField(blank=True, null=True, verbose_name="kiểm duyệt lúc")),
                        ("ip_address", models.GenericIPAddressField(blank=True, null=True, verbose_name="địa chỉ IP")),
                        ("notify_on_publish", models.BooleanField(default=False, verbose_name="báo khi được đăng")),
                        ("notified_at", models.DateTimeField(blank=True, editable=False, null=True)),
                        ("digest_sent_at", models.DateTimeField(blank=True, editable=False, null=True)),
                        (
                            "source",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("", "Gửi trực tuyến"),
                                    ("hoi-nghi", "Hội nghị, buổi làm việc"),
                                    ("thu", "Thư, văn bản"),
                                    ("dien-thoai", "Điện thoại"),
                                ],
                                max_length=20,
                                verbose_name="nguồn",
                            ),
                        ),
                        (
                            "anonymised_at",
                            models.DateTimeField(blank=True, null=True, verbose_name="xóa dữ liệu cá nhân lúc"),
                        ),
                        ("search_text", models.TextField(blank=True, default="", editable=False)),
                        (
                            "entered_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="người nhập",
                            ),
                        ),
                        (
                            "moderated_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="người kiểm duyệt",
                            ),
                        ),
                        (
                            "page",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="reader_comments",
                                to=settings.WAGTAIL_PAGE_MODEL,
                                verbose_name="trang",
                            ),
                        ),
                        (
                            "parent",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="replies",
                                to="comments.comment",
                                verbose_name="trả lời bình luận",
                            ),
                        ),
                        (
                            "section",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="comments",
                                to="forums.forumsection",
                                verbose_name="mục góp ý",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "bình luận",
                        "verbose_name_plural": "bình luận",
                        "db_table": "forums_comment",
                        "ordering": ["-created_at"],
                    },
                ),
                migrations.CreateModel(
                    name="CommentReport",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "reason",
                            models.CharField(
                                choices=[
                                    ("spam", "Quảng cáo, spam"),
                                    ("xuc-pham", "Xúc phạm"),
                                    ("sai-su-that", "Sai sự thật"),
                                    ("khac", "Khác"),
                                ],
                                max_length=20,
                                verbose_name="lý do",
                            ),
                        ),
                        ("note", models.CharField(blank=True, max_length=500, verbose_name="ghi chú")),
                        ("reporter_key", models.CharField(max_length=64)),
                        ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                        (
                            "comment",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="reports",
                                to="comments.comment",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "báo vi phạm",
                        "verbose_name_plural": "báo vi phạm",
                        "db_table": "forums_commentreport",
                    },
                ),
                migrations.CreateModel(
                    name="CommentSettings",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "comment_days",
                            models.PositiveSmallIntegerField(
                                default=30,
                                help_text="Bình luận tự đóng sau ngần ấy ngày kể từ khi đăng bài.",
                                verbose_name="số ngày nhận bình luận",
                            ),
                        ),
                        (
                            "report_threshold",
                            models.PositiveSmallIntegerField(
                                default=3,
                                help_text="Bình luận đã duyệt bị ngần ấy người khác nhau báo vi phạm sẽ quay về chờ duyệt.",
                                verbose_name="số lượt báo vi phạm để ẩn chờ duyệt lại",
                            ),
                        ),
                        (
                            "max_links",
                            models.PositiveSmallIntegerField(
                                default=2, help_text="Nhiều hơn: chờ duyệt.", verbose_name="số liên kết tối đa"
                            ),
                        ),
                        (
                            "moderator_emails",
                            models.TextField(
                                blank=True,
                                help_text="Mỗi dòng một địa chỉ; để trống: gửi cho Kiểm duyệt viên.",
                                verbose_name="email nhận bản tin kiểm duyệt",
                            ),
                        ),
                        (
                            "site",
                            models.OneToOneField(
                                editable=False, on_delete=django.db.models.deletion.CASCADE, to="wagtailcore.site"
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "cài đặt bình luận",
                        "db_table": "forums_commentsettings",
                    },
                    bases=(cms.core.models.CachedSiteSettingMixin, models.Model),
                ),
                migrations.CreateModel(
                    name="ModerationWord",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("word", models.CharField(max_length=100, verbose_name="từ hoặc cụm từ")),
                        (
                            "kind",
                            models.CharField(
                                choices=[("banned", "Cấm (vào thư rác)"), ("suspect", "Đáng ngờ (chờ duyệt)")],
                                default="suspect",
                                max_length=10,
                                verbose_name="loại",
                            ),
                        ),
                        ("folded", models.CharField(db_index=True, editable=False, max_length=100)),
                        ("note", models.CharField(blank=True, max_length=255, verbose_name="ghi chú")),
                    ],
                    options={
                        "verbose_name": "từ kiểm duyệt",
                        "verbose_name_plural": "từ kiểm duyệt",
                        "db_table": "forums_moderationword",
                        "ordering": ["kind", "word"],
                        "constraints": [
                            models.UniqueConstraint(fields=("folded", "kind"), name="unique_moderation_word")
                        ],
                    },
                ),
                migrations.AddIndex(
                    model_name="comment",
                    index=models.Index(fields=["status", "-created_at"], name="comment_queue"),
                ),
                migrations.AddIndex(
                    model_name="comment",
                    index=models.Index(fields=["page", "status", "-created_at"], name="comment_page_status"),
                ),
                migrations.AddIndex(
                    model_name="comment",
                    index=models.Index(fields=["author_email", "-created_at"], name="comment_by_email"),
                ),
                migrations.AddIndex(
                    model_name="comment",
                    index=models.Index(
                        django.db.models.functions.text.Lower("author_email"),
                        models.OrderBy(models.F("created_at"), descending=True),
                        name="comment_by_email_lower",
                    ),
                ),
                migrations.AddIndex(
                    model_name="comment",
                    index=models.Index(fields=["ip_address", "-created_at"], name="comment_by_ip"),
                ),
                migrations.AddConstraint(
                    model_name="commentreport",
                    constraint=models.UniqueConstraint(
                        fields=("comment", "reporter_key"), name="one_report_per_person"
                    ),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(repoint_content_types, point_content_types_back),
    ]
