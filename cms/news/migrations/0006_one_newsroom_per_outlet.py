"""Move an installation from the shared role groups to one newsroom per outlet.

Each outlet gets its own role groups, review workflow, page and settings rights
(cms/core/newsroom.py). Members of the old shared groups join the same role in the
outlets their column groups already place them in, or, with no column group, in the
default site's outlet. Reviews in progress continue on their outlet's workflow at
the same step. The shared groups are then removed and the shared workflow disabled.
"""

from django.db import migrations

LEGACY_GROUPS = {
    "Phóng viên": "journalist",
    "Biên tập viên": "editor",
    "Tổng biên tập": "chief",
    "Kiểm duyệt viên": "moderator",
}
LEGACY_WORKFLOW = "Biên tập → Tổng biên tập duyệt"


def forwards(apps, schema_editor):
    from cms.news.legacy_roles import _create_all_permissions
    from cms.core.newsroom import outlet_groups, outlet_home_for, set_up_library, set_up_outlet

    _create_all_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    HomePage = apps.get_model("news", "HomePage")
    Site = apps.get_model("wagtailcore", "Site")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    Task = apps.get_model("wagtailcore", "Task")

    homes = list(Page.objects.filter(pk__in=HomePage.objects.values("pk")).order_by("path"))
    for home in homes:
        set_up_outlet(home, apps)

    legacy = {group.name: group for group in Group.objects.filter(name__in=LEGACY_GROUPS)}
    # Libraries, registries and forum indexes the shared groups had rights on.
    library_ids = set(
        GroupPagePermission.objects.filter(group__in=legacy.values()).values_list("page_id", flat=True)
    ) - {home.pk for home in homes}
    for page in Page.objects.filter(pk__in=library_ids):
        set_up_library(page, apps)

    default_site = Site.objects.filter(is_default_site=True).first() or Site.objects.order_by("pk").first()
    default_home = next((h for h in homes if default_site and h.pk == default_site.root_page_id), None)
    default_home = default_home or (homes[0] if homes else None)
    for name, group in legacy.items():
        role = LEGACY_GROUPS[name]
        for user in group.user_set.all():
            paths = set(
                GroupPagePermission.objects.filter(group__user=user)
                .exclude(group__in=legacy.values())
                .values_list("page__path", flat=True)
            )
            mine = [h for h in homes if any(p.startswith(h.path) or h.path.startswith(p) for p in paths)]
            if not mine and default_home is not None:
                mine = [default_home]
            for home in mine:
                outlet_groups(home, apps)[role].user_set.add(user)

    old = Workflow.objects.filter(name=LEGACY_WORKFLOW).first()
    if old is not None:
        old_tasks = list(
            WorkflowTask.objects.filter(workflow=old).order_by("sort_order").values_list("task_id", flat=True)
        )
        for state in WorkflowState.objects.filter(workflow=old, status__in=["in_progress", "needs_changes"]):
            page = Page.objects.filter(pk=int(state.object_id)).first() if state.object_id.isdigit() else None
            home = outlet_home_for(page, apps) if page is not None else None
            if home is None:
                continue
            new = WorkflowPage.objects.get(page_id=home.pk).workflow
            new_tasks = list(
                WorkflowTask.objects.filter(workflow=new).order_by("sort_order").values_list("task_id", flat=True)
            )
            mapping = dict(zip(old_tasks, new_tasks, strict=False))
            for task_state in TaskState.objects.filter(workflow_state=state, task_id__in=mapping):
                task_state.task_id = mapping[task_state.task_id]
                task_state.save(update_fields=["task"])
            state.workflow = new
            state.save(update_fields=["workflow"])
        WorkflowPage.objects.filter(workflow=old).delete()
        old.active = False
        old.save(update_fields=["active"])
        Task.objects.filter(pk__in=old_tasks).update(active=False)
    Group.objects.filter(pk__in=[group.pk for group in legacy.values()]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0005_outlet_role_group"),
        ("exemplars", "0003_exemplarpage_comment_rule_and_more"),
        ("forums", "0004_comment_email_lower_index"),
        ("directives", "0002_directivepage_comment_rule_and_more"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
