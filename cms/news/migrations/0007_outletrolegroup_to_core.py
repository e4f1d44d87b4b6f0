from django.db import migrations


class Migration(migrations.Migration):
    """Issue 14: OutletRoleGroup now belongs to core (migration core 0003 takes it over
    in the state, with its content type). Its table keeps its name, news_outletrolegroup:
    this only forgets the model in the news app's state."""

    dependencies = [
        ("news", "0006_one_newsroom_per_outlet"),
        ("core", "0003_outletrolegroup"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="OutletRoleGroup")],
            database_operations=[],
        ),
    ]
