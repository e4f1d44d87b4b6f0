"""news 0006 moves an installation of the first design (shared role groups, one
review workflow) to one newsroom per outlet, reviews in progress included."""

from importlib import import_module

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission, User
from wagtail.models import GroupPagePermission, Task, Workflow, WorkflowPage

from cms.core.models import OutletRoleGroup
from cms.core.newsroom import CHIEF, EDITOR, JOURNALIST, MODERATOR, column_group_names, outlet_groups
from cms.news.legacy_roles import create_roles_and_workflow
from tests.factories import make_article, make_column, make_library, make_outlet

pytestmark = pytest.mark.django_db

migration = import_module("cms.news.migrations.0006_one_newsroom_per_outlet")


def as_first_design(homes):
    """Undo the per-outlet set-up and build the shared one, as news 0002 did."""
    for home in homes:
        Group.objects.filter(outlet_role__home_page=home).delete()
        Workflow.objects.filter(workflow_pages__page=home).delete()
    Task.objects.all().delete()
    create_roles_and_workflow(apps)
    legacy = Workflow.objects.get(name="Biên tập → Tổng biên tập duyệt")
    for home in homes:
        WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": legacy})
    return legacy


def test_shared_groups_become_each_outlets_own(clean_tree):
    city = make_outlet(title="Thành ủy", slug="thanh-uy")
    ward = make_outlet(title="Phường Ninh Kiều", slug="ninh-kieu", hostname="ninhkieu.localhost", default=False)
    city_column, ward_column = make_column(city, "Thời sự"), make_column(ward, "Tin phường")
    library = make_library(ward)
    legacy = as_first_design([city, ward])
    shared = {
        name: Group.objects.get(name=name)
        for name in ("Phóng viên", "Biên tập viên", "Tổng biên tập", "Kiểm duyệt viên")
    }
    perm = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    GroupPagePermission.objects.create(group=shared["Biên tập viên"], page=library, permission=perm)

    ward_journalist = User.objects.create_user("pv")
    ward_journalist.groups.add(shared["Phóng viên"], Group.objects.get(name=column_group_names(ward_column)[0]))
    city_editor = User.objects.create_user("bt")
    city_editor.groups.add(shared["Biên tập viên"], Group.objects.get(name=column_group_names(city_column)[1]))
    chief = User.objects.create_user("tbt")  # no column group: goes to the default site's outlet
    chief.groups.add(shared["Tổng biên tập"])
    moderator = User.objects.create_user("kd")
    moderator.groups.add(shared["Kiểm duyệt viên"])

    draft = make_article(city_column, title="Bài đang chờ duyệt", publish=False)
    draft.save_revision(user=city_editor)
    state = legacy.start(draft, city_editor)
    state.refresh_from_db()
    assert state.current_task_state.task.name == "Biên tập"

    migration.forwards(apps, None)

    assert not Group.objects.filter(name__in=list(shared)).exists()
    assert set(ward_journalist.groups.values_list("name", flat=True)) == {
        "Phóng viên (ninh-kieu)",
        "Phóng viên · Tin phường (ninh-kieu)",
    }
    assert outlet_groups(city)[EDITOR] in city_editor.groups.all()
    assert outlet_groups(ward)[EDITOR] not in city_editor.groups.all()
    assert list(chief.groups.all()) == [outlet_groups(city)[CHIEF]]
    assert list(moderator.groups.all()) == [outlet_groups(city)[MODERATOR]]
    # The ward's library is now the ward's editors' and journalists' alone.
    assert set(GroupPagePermission.objects.filter(page=library).values_list("group__name", flat=True)) == {
        "Biên tập viên (ninh-kieu)",
        "Phóng viên (ninh-kieu)",
    }
    assert OutletRoleGroup.objects.filter(home_page=ward, role=JOURNALIST).exists()
    # The review goes on in the city's own workflow, at the same step.
    state.refresh_from_db()
    city = type(city).objects.get(pk=city.pk)
    assert (
        state.workflow == city.get_workflow() == Workflow.objects.get(name="Biên tập → Tổng biên tập duyệt (thanh-uy)")
    )
    assert state.current_task_state.task.specific.groups.get() == outlet_groups(city)[EDITOR]
    legacy.refresh_from_db()
    assert not legacy.active
