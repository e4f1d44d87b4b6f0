"""Comment.search_text: the moderation queue's accent-free search (`dang` finds `Đảng`),
filled in for the comments already there, in batches."""

from django.db import migrations, models

BATCH = 1000


def fill_search_text(apps, schema_editor):
    from cms.comments.models import folded_search_text  # moved there by issue 14

    Comment = apps.get_model("forums", "Comment")
    batch = []
    for comment in Comment.objects.only("pk", "author_name", "body").order_by("pk").iterator(chunk_size=BATCH):
        comment.search_text = folded_search_text(comment.author_name, comment.body)
        batch.append(comment)
        if len(batch) == BATCH:
            Comment.objects.bulk_update(batch, ["search_text"])
            batch = []
    if batch:
        Comment.objects.bulk_update(batch, ["search_text"])


class Migration(migrations.Migration):
    dependencies = [
        ("forums", "0004_comment_email_lower_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="comment",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(fill_search_text, migrations.RunPython.noop),
    ]
