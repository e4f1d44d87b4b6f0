"""The first newsroom set-up: role groups shared by every outlet and one review
workflow. Kept only for the migrations that created it (news 0002, exemplars 0002,
forums 0002); news 0005 replaces it with one newsroom per outlet (cms/core/newsroom.py),
because shared groups let one outlet's staff publish and review in another's.
"""

from cms.core.newsroom import find_permission

JOURNALISTS = "Phóng viên"
EDITORS = "Biên tập viên"
EDITOR_IN_CHIEF = "Tổng biên tập"
MODERATORS = "Kiểm duyệt viên"
WORKFLOW_NAME = "Biên tập → Tổng biên tập duyệt"
TASK_EDITORS = "Biên tập"
TASK_EDITOR_IN_CHIEF = "Tổng biên tập duyệt"

JOURNALIST_PAGE_PERMS = ["add_page", "change_page"]
EDITOR_PAGE_PERMS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
CHIEF_PAGE_PERMS = EDITOR_PAGE_PERMS + ["bulk_delete_page"]

# (group, [(app_label, codename)], [collection permission codenames])
ROLE_PERMISSIONS = {
    JOURNALISTS: (
        [("wagtailadmin", "access_admin"), ("news", "view_author")],
        ["add_image", "choose_image", "add_document", "choose_document"],
    ),
    EDITORS: (
        [("wagtailadmin", "access_admin"), ("news", "view_author"), ("news", "add_author"), ("news", "change_author")],
        ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"],
    ),
    EDITOR_IN_CHIEF: (
        [
            ("wagtailadmin", "access_admin"),
            ("news", "view_author"),
            ("news", "add_author"),
            ("news", "change_author"),
            ("news", "delete_author"),
            ("core", "change_outletsettings"),
            ("wagtailcore", "add_workflow"),
            ("wagtailcore", "change_workflow"),
        ],
        [
            "add_image",
            "change_image",
            "delete_image",
            "choose_image",
            "add_document",
            "change_document",
            "delete_document",
            "choose_document",
        ],
    ),
    MODERATORS: ([("wagtailadmin", "access_admin")], []),
}


# Added by the directives/exemplars migration (their models do not exist when
# news' role migration runs).
_LIBRARY_EDITING = [
    (app_label, f"{action}_{model}")
    for app_label, model in (("directives", "issuer"), ("exemplars", "locality"), ("exemplars", "sector"))
    for action in ("view", "add", "change")
] + [("exemplars", "view_nomination"), ("exemplars", "change_nomination")]
LIBRARY_ROLE_PERMISSIONS = {
    JOURNALISTS: [("directives", "view_issuer"), ("exemplars", "view_locality"), ("exemplars", "view_sector")],
    EDITORS: _LIBRARY_EDITING,
    EDITOR_IN_CHIEF: _LIBRARY_EDITING,
}


_MODERATING = [
    ("forums", "view_comment"),
    ("forums", "change_comment"),
    ("forums", "view_moderationword"),
    ("forums", "add_moderationword"),
    ("forums", "change_moderationword"),
    ("forums", "delete_moderationword"),
]
# Moderators and editors moderate comments; journalists do not.
MODERATION_ROLE_PERMISSIONS = {
    MODERATORS: _MODERATING,
    EDITORS: _MODERATING,
    EDITOR_IN_CHIEF: _MODERATING + [("forums", "change_commentsettings")],
}


def grant_library_permissions(apps, role_permissions=None):
    """Used by the exemplars and forums data migrations with historical models."""
    _create_all_permissions(apps)
    Group = apps.get_model("auth", "Group")
    for name, perms in (role_permissions or LIBRARY_ROLE_PERMISSIONS).items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in perms:
            group.permissions.add(_required_permission(apps, app_label, codename))


def _required_permission(apps, app_label, codename):
    """The permission (found under the comment models' former label too, see
    newsroom.find_permission); missing is an error, as Permission.objects.get made it."""
    perm = find_permission(apps, app_label, codename)
    if perm is None:
        Permission = apps.get_model("auth", "Permission")
        raise Permission.DoesNotExist(f"{app_label}.{codename}")
    return perm


def _create_all_permissions(apps):
    """Permissions are normally created after all migrations; data migrations
    that hand them out need them now."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_roles_and_workflow(apps):
    """Used by the data migration with historical models."""
    _create_all_permissions(apps)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_collection = Collection.objects.filter(depth=1).first()

    groups = {}
    for name, (model_perms, collection_perms) in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        for app_label, codename in model_perms:
            group.permissions.add(_required_permission(apps, app_label, codename))
        for codename in collection_perms:
            app_label = "wagtailimages" if codename.endswith("_image") else "wagtaildocs"
            perm = Permission.objects.get(content_type__app_label=app_label, codename=codename)
            if root_collection is not None:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=perm
                )

    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    task_ct, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")

    # Wagtail's starter groups and its "Moderators approval" workflow on the root
    # are replaced by the newsroom's own roles and workflow.
    Group.objects.filter(name__in=["Moderators", "Editors"]).delete()
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowPage.objects.exclude(workflow__name=WORKFLOW_NAME).delete()
    Workflow.objects.exclude(name=WORKFLOW_NAME).update(active=False)

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    for order, (task_name, group_name) in enumerate([(TASK_EDITORS, EDITORS), (TASK_EDITOR_IN_CHIEF, EDITOR_IN_CHIEF)]):
        task = GroupApprovalTask.objects.filter(name=task_name).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=task_name, active=True, content_type=task_ct)
        task.groups.add(groups[group_name])
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
