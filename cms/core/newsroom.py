"""One newsroom per outlet: role groups, their rights and the review workflow.

Each outlet (a HomePage with its Site) has its own four role groups —
"Phóng viên (thanh-uy)", "Biên tập viên (thanh-uy)", "Tổng biên tập (thanh-uy)",
"Kiểm duyệt viên (thanh-uy)" — recorded in `OutletRoleGroup`, page rights only
inside its own tree, settings rights only on its own Site, and its own review
workflow whose two steps are reviewed by that outlet's editors and
editor-in-chief. Shared groups (the first design, `legacy_roles.py`) let a ward's
editor publish, review and read drafts in the city's newsroom.

A top-level column also has a journalists' and an editors' group
("Phóng viên · Thời sự (thanh-uy)"): put a journalist in the outlet's role group
and in the columns' groups they write for.

The functions that build a newsroom take an app registry, so the data migrations
(news 0005, 0006, trash 0002) and the signals (a new HomePage, Site or column) share
one code path. It lives in core, the bottom layer, because every app's admin scopes
by outlet with it (issue 14: comments, directives, exemplars and forums took it from
news); `OutletRoleGroup` moved to core with it (migration core 0003).
"""

from django.apps import apps as global_apps

JOURNALIST, EDITOR, CHIEF, MODERATOR = "journalist", "editor", "chief", "moderator"
ROLE_NAMES = {JOURNALIST: "Phóng viên", EDITOR: "Biên tập viên", CHIEF: "Tổng biên tập", MODERATOR: "Kiểm duyệt viên"}
ROLE_CHOICES = list(ROLE_NAMES.items())
JOURNALISTS = ROLE_NAMES[JOURNALIST]
EDITORS = ROLE_NAMES[EDITOR]
EDITOR_IN_CHIEF = ROLE_NAMES[CHIEF]
MODERATORS = ROLE_NAMES[MODERATOR]

WORKFLOW_NAME = "Biên tập → Tổng biên tập duyệt"
TASK_EDITORS = "Biên tập"
TASK_EDITOR_IN_CHIEF = "Tổng biên tập duyệt"

JOURNALIST_PAGE_PERMS = ["add_page", "change_page"]
EDITOR_PAGE_PERMS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
CHIEF_PAGE_PERMS = EDITOR_PAGE_PERMS + ["bulk_delete_page"]

_LIBRARY_EDITING = [
    (app_label, f"{action}_{model}")
    for app_label, model in (("directives", "issuer"), ("exemplars", "locality"), ("exemplars", "sector"))
    for action in ("view", "add", "change")
] + [("exemplars", "view_nomination"), ("exemplars", "change_nomination")]
_MODERATING = [
    ("comments", "view_comment"),
    ("comments", "change_comment"),
    ("comments", "view_moderationword"),
    ("comments", "add_moderationword"),
    ("comments", "change_moderationword"),
    ("comments", "delete_moderationword"),
]
_AUTHORS = [("news", "view_author"), ("news", "add_author"), ("news", "change_author")]

# Model permissions. Nominations and comments are then scoped to the user's outlets
# by the views (outlet_root_paths); workflows are not editable by any role: a chief
# who could edit workflows could put a group of theirs on another outlet's steps.
ROLE_MODEL_PERMS = {
    JOURNALIST: [
        ("wagtailadmin", "access_admin"),
        ("news", "view_author"),
        ("directives", "view_issuer"),
        ("exemplars", "view_locality"),
        ("exemplars", "view_sector"),
    ],
    EDITOR: [("wagtailadmin", "access_admin"), *_AUTHORS, *_LIBRARY_EDITING, *_MODERATING],
    CHIEF: [
        ("wagtailadmin", "access_admin"),
        *_AUTHORS,
        ("news", "delete_author"),
        *_LIBRARY_EDITING,
        *_MODERATING,
    ],
    MODERATOR: [("wagtailadmin", "access_admin"), *_MODERATING],
}
# Permissions that exist only once their app is installed (the trash arrived later).
OPTIONAL_MODEL_PERMS = {CHIEF: [("trash", "restore_trashentry")]}
ROLE_COLLECTION_PERMS = {
    JOURNALIST: ["add_image", "choose_image", "add_document", "choose_document"],
    EDITOR: ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"],
    CHIEF: [
        "add_image",
        "change_image",
        "delete_image",
        "choose_image",
        "add_document",
        "change_document",
        "delete_document",
        "choose_document",
    ],
    MODERATOR: [],
}
# Per-Site settings (Wagtail's GroupSitePermission): only the outlet's own Site.
ROLE_SITE_PERMS = {CHIEF: [("core", "change_outletsettings"), ("comments", "change_commentsettings")]}
# Directive libraries, exemplar registries and forum indexes: journalists draft there,
# editors publish (the outlet's review workflow applies as everywhere).
LIBRARY_PAGE_PERMS = {JOURNALIST: JOURNALIST_PAGE_PERMS, EDITOR: EDITOR_PAGE_PERMS}


def role_group_name(role, home):
    return f"{ROLE_NAMES[role]} ({home.slug})"


def workflow_name(home):
    return f"{WORKFLOW_NAME} ({home.slug})"


def column_group_names(column):
    """Group names of a top-level column; the outlet's slug keeps two outlets'
    columns of the same title apart ("Phóng viên · Thời sự (thanh-uy)")."""
    label = f"{column.title} ({column.get_parent().slug})"
    return f"{JOURNALISTS} · {label}", f"{EDITORS} · {label}"


# ---------------------------------------------------------------- building a newsroom


# The comment engine's models were the forums app's until migration comments 0001
# (issue 14) renamed their content types: a permission on one of them is looked up
# under both labels, so the data migrations that ran before the rename (news 0002,
# 0005, 0006, forums 0002, with historical models) and the code after it share lists.
_MOVED_COMMENT_MODELS = {"comment", "commentreport", "commentsettings", "moderationword"}
_COMMENT_LABELS = ("comments", "forums")


def find_permission(apps, app_label, codename):
    Permission = apps.get_model("auth", "Permission")
    labels = [app_label]
    if app_label in _COMMENT_LABELS and codename.split("_", 1)[-1] in _MOVED_COMMENT_MODELS:
        labels = [app_label] + [label for label in _COMMENT_LABELS if label != app_label]
    for label in labels:
        perm = Permission.objects.filter(content_type__app_label=label, codename=codename).first()
        if perm is not None:
            return perm
    return None


def _grant_page(apps, group, page_id, codenames):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for codename in codenames:
        perm = find_permission(apps, "wagtailcore", codename)
        GroupPagePermission.objects.get_or_create(group=group, page_id=page_id, permission=perm)


def role_group_model(apps=global_apps):
    """OutletRoleGroup: core's since migration core 0003; the data migrations that ran
    before it (news 0005, 0006, trash 0002) see it as the news app's."""
    try:
        return apps.get_model("core", "OutletRoleGroup")
    except LookupError:
        return apps.get_model("news", "OutletRoleGroup")


def outlet_groups(home, apps=global_apps):
    """{role: Group} of the outlet whose home page is `home` (empty if none)."""
    OutletRoleGroup = role_group_model(apps)
    return {
        link.role: link.group for link in OutletRoleGroup.objects.filter(home_page_id=home.pk).select_related("group")
    }


def set_up_outlet(home, apps=global_apps):
    """The outlet's role groups with their rights, and its review workflow on its tree.
    Idempotent: run again, it only adds what is missing."""
    Group = apps.get_model("auth", "Group")
    OutletRoleGroup = role_group_model(apps)
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_collection = Collection.objects.filter(depth=1).first()

    groups = outlet_groups(home, apps)
    for role in ROLE_NAMES:
        if role not in groups:
            group, _ = Group.objects.get_or_create(name=role_group_name(role, home))
            OutletRoleGroup.objects.create(group=group, home_page_id=home.pk, role=role)
            groups[role] = group
        group = groups[role]
        for app_label, codename in ROLE_MODEL_PERMS[role] + OPTIONAL_MODEL_PERMS.get(role, []):
            perm = find_permission(apps, app_label, codename)
            if perm is not None:
                group.permissions.add(perm)
        for codename in ROLE_COLLECTION_PERMS[role]:
            app_label = "wagtailimages" if codename.endswith("_image") else "wagtaildocs"
            if root_collection is not None:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=find_permission(apps, app_label, codename)
                )
    _grant_page(apps, groups[CHIEF], home.pk, CHIEF_PAGE_PERMS)
    Site = apps.get_model("wagtailcore", "Site")
    for site in Site.objects.filter(root_page_id=home.pk):
        grant_site_settings(site, apps)
    _set_up_workflow(home, groups, apps)
    return groups


def _set_up_workflow(home, groups, apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    task_ct, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")

    workflow, _ = Workflow.objects.get_or_create(name=workflow_name(home), defaults={"active": True})
    if not WorkflowTask.objects.filter(workflow=workflow).exists():
        for order, (task_name, role) in enumerate([(TASK_EDITORS, EDITOR), (TASK_EDITOR_IN_CHIEF, CHIEF)]):
            task = GroupApprovalTask.objects.create(name=task_name, active=True, content_type=task_ct)
            task.groups.add(groups[role])
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    WorkflowPage.objects.update_or_create(page_id=home.pk, defaults={"workflow": workflow})
    return workflow


def grant_site_settings(site, apps=global_apps):
    """The chief of the outlet rooted at `site` edits that Site's settings, and no other's."""
    GroupSitePermission = apps.get_model("wagtailcore", "GroupSitePermission")
    OutletRoleGroup = role_group_model(apps)
    for link in OutletRoleGroup.objects.filter(home_page_id=site.root_page_id).select_related("group"):
        for app_label, codename in ROLE_SITE_PERMS.get(link.role, []):
            perm = find_permission(apps, app_label, codename)
            if perm is not None:
                GroupSitePermission.objects.get_or_create(group=link.group, site=site, permission=perm)


def outlet_home_for(page, apps=global_apps):
    """The home page (a Page with an outlet newsroom) that `page` lies in, or None."""
    OutletRoleGroup = role_group_model(apps)
    Page = apps.get_model("wagtailcore", "Page")
    prefixes = [page.path[:i] for i in range(4, len(page.path) + 1, 4)]
    home_ids = OutletRoleGroup.objects.filter(home_page__path__in=prefixes).values_list("home_page_id", flat=True)
    return Page.objects.filter(pk__in=home_ids).order_by("-depth").first()


def set_up_column(column):
    """A journalists' and an editors' group for a top-level column."""
    from django.contrib.auth.models import Group

    journalists_name, editors_name = column_group_names(column)
    journalists, _ = Group.objects.get_or_create(name=journalists_name)
    editors, _ = Group.objects.get_or_create(name=editors_name)
    _grant_page(global_apps, journalists, column.pk, JOURNALIST_PAGE_PERMS)
    _grant_page(global_apps, editors, column.pk, EDITOR_PAGE_PERMS)
    return journalists, editors


def set_up_library(page, apps=global_apps):
    """A directive library, an exemplar registry or a forum index: rights for the
    journalists and editors of the outlet it belongs to, and nobody else's."""
    home = outlet_home_for(page, apps)
    if home is None:
        return
    groups = outlet_groups(home, apps)
    for role, codenames in LIBRARY_PAGE_PERMS.items():
        if role in groups:
            _grant_page(apps, groups[role], page.pk, codenames)


# ---------------------------------------------------------------- who works where


def outlet_root_paths(user):
    """Tree paths of the outlets `user` works for; None for superusers (all of them).

    An outlet is the user's when one of their groups is one of its role groups, or
    holds page rights on a page inside it (a column group) or above it."""
    from wagtail.models import GroupPagePermission, Site

    OutletRoleGroup = role_group_model()
    if user.is_superuser:
        return None
    if not (user.is_authenticated and user.is_active):
        return set()
    homes = set(OutletRoleGroup.objects.filter(group__user=user).values_list("home_page__path", flat=True))
    permitted = set(GroupPagePermission.objects.filter(group__user=user).values_list("page__path", flat=True))
    roots = set(homes)
    for root_path in Site.objects.values_list("root_page__path", flat=True):
        if any(root_path.startswith(path) or path.startswith(root_path) for path in permitted):
            roots.add(root_path)
    return roots


def in_users_outlets(user, page):
    """Whether `page` lies in one of the outlets `user` works for."""
    roots = outlet_root_paths(user)
    return roots is None or any(page.path.startswith(root) for root in roots)
