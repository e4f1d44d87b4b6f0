"""Issue 14: OutletRoleGroup moves from news to core (core 0003, news 0007) with the
newsroom roles, without moving a row: a database in the old layout migrates with its
role groups, their content type and every outlet's scoping intact."""

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Page, Site

from cms.core.models import OutletRoleGroup
from cms.core.newsroom import MODERATOR, MODERATORS, in_users_outlets, outlet_groups, outlet_root_paths
from tests.factories import make_outlet, make_user

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def _content_types_cached_again():
    """Migrating clears the per-process content-type cache; the next test's serialized
    rollback saves rows whose signal receivers look content types up, and an empty cache
    would create them anew (other ids) before the serialized ones arrive. Filled again
    from the database before its flush."""
    yield
    ContentType.objects.clear_cache()
    ContentType.objects.get_for_models(*django_apps.get_models(include_auto_created=True), for_concrete_models=False)


OLD_LAYOUT = [("core", "0002_documentdownloads")]


def migrate(targets=None):
    executor = MigrationExecutor(connection)
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    executor.loader.build_graph()
    ContentType.objects.clear_cache()
    return executor.loader.project_state(targets).apps


def rows():
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, group_id, home_page_id, role FROM news_outletrolegroup ORDER BY id")
        return cursor.fetchall()


def test_role_groups_move_to_core_without_losing_a_row():
    Site.objects.all().delete()  # Wagtail's starter site and page (as the clean_tree fixture)
    Page.objects.filter(depth__gt=1).delete()
    city = make_outlet(title="Thành ủy", slug="thanh-uy")
    ward = make_outlet(title="Phường Ninh Kiều", slug="ninh-kieu", hostname="ninhkieu.localhost", default=False)
    moderator = make_user("kiemduyet", MODERATORS, outlet=ward)
    type_id = ContentType.objects.get(app_label="core", model="outletrolegroup").pk

    migrate(OLD_LAYOUT)
    old = MigrationExecutor(connection).loader.project_state([("news", "0006_one_newsroom_per_outlet")]).apps
    assert ContentType.objects.get(pk=type_id).app_label == "news"
    OldRoleGroup = old.get_model("news", "OutletRoleGroup")
    before = rows()
    assert len(before) == OldRoleGroup.objects.count() == 8  # four roles, two outlets

    migrate()

    assert rows() == before
    assert ContentType.objects.get(pk=type_id).app_label == "core"
    assert ContentType.objects.get_for_model(OutletRoleGroup).pk == type_id
    assert not ContentType.objects.filter(app_label="news", model="outletrolegroup").exists()
    assert OutletRoleGroup.objects.get(group=outlet_groups(ward)[MODERATOR]).home_page_id == ward.pk
    moderator = User.objects.get(pk=moderator.pk)
    assert outlet_root_paths(moderator) == {ward.path}
    assert in_users_outlets(moderator, ward) and not in_users_outlets(moderator, city)
