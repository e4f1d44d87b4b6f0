from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("forums", "0005_comment_search_text"),
    ]

    operations = [
        # Issue 14: the comment engine's models now belong to cms.comments (its migration
        # 0001 takes them over in the state). Their tables stay where they are, named
        # forums_*, so no row moves: this only forgets them in the forums app's state.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name="comment",
                    name="entered_by",
                ),
                migrations.RemoveField(
                    model_name="comment",
                    name="moderated_by",
                ),
                migrations.RemoveField(
                    model_name="comment",
                    name="page",
                ),
                migrations.RemoveField(
                    model_name="comment",
                    name="parent",
                ),
                migrations.RemoveField(
                    model_name="comment",
                    name="section",
                ),
                migrations.RemoveField(
                    model_name="commentreport",
                    name="comment",
                ),
                migrations.RemoveField(
                    model_name="commentsettings",
                    name="site",
                ),
                migrations.DeleteModel(
                    name="ModerationWord",
                ),
                migrations.DeleteModel(
                    name="Comment",
                ),
                migrations.DeleteModel(
                    name="CommentReport",
                ),
                migrations.DeleteModel(
                    name="CommentSettings",
                ),
            ],
            database_operations=[],
        ),
    ]
