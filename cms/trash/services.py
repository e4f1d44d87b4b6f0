"""Moving pages to the trash, restoring them and purging them, as plain functions
the admin views, the command and the tests share.

Own code rather than the `wagtail-trash` package (3.2.0): it needs
`wagtail-modeladmin` (Wagtail's retired ModelAdmin), declares Wagtail 6-7 only,
keeps a trash page inside each Site, restores pages by forcing `live=True`
without telling the search index, and has no purge by age, no per-outlet scope
and no restore to the original position.

How a deletion is kept (see `trash_page`):
- the live pages of the subtree are marked not live (the rows keep their live
  revision, `last_published_at`, `has_unpublished_changes`), and
  `page_unpublished` is sent for each, so the search index and any cache drop
  them while they still have their public URL;
- scheduled publications (`approved_go_live_at`) are put aside so that
  `publish_scheduled` cannot put a page live inside the trash;
- the subtree is moved with treebeard (no Wagtail move: that would log a move
  and could create redirects) under a hidden root page outside every Site, with
  a slug made unique by the entry's number.
Restoring does the reverse exactly: same parent, same place among its siblings,
same slug and URL, the same pages live again (`page_published` re-indexes them).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import ProtectedError, Q
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from treebeard.mp_tree import MP_MoveHandler
from wagtail.actions.delete_page import DeletePageAction
from wagtail.log_actions import log
from wagtail.models import Page, Revision, Site
from wagtail.signals import page_published, page_unpublished

from cms.comments.moderation import outlet_sites

from .models import RESTORE_PERMISSION, TrashEntry

logger = logging.getLogger(__name__)

TRASH_ROOT_SLUG = "thung-rac"
TRASH_ROOT_TITLE = "Thùng rác"

# action: (label in the history filter, message in the history)
LOG_ACTIONS = {
    "trash.trash": ("Chuyển vào Thùng rác", "Đã chuyển vào Thùng rác"),
    "trash.restore": ("Khôi phục từ Thùng rác", "Đã khôi phục từ Thùng rác"),
}


class TrashError(ValueError):
    """A trash operation that cannot be carried out; `message` is Vietnamese."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


# ---------------------------------------------------------------- the hidden root


def _trash_root_queryset():
    return Page.objects.filter(
        depth=2, slug=TRASH_ROOT_SLUG, content_type__model="page", content_type__app_label="wagtailcore"
    )


def find_trash_root():
    return _trash_root_queryset().first()


def trash_root():
    """The hidden root (a plain, never-live Page under the tree root, outside every
    Site, so nothing under it has a URL); created on first use."""
    root = find_trash_root()
    if root is not None:
        return root
    tree_root = Page.objects.select_for_update().get(depth=1)  # two first deletions at once make one root
    root = find_trash_root()
    if root is None:
        root = tree_root.add_child(
            instance=Page(title=TRASH_ROOT_TITLE, slug=TRASH_ROOT_SLUG, live=False, show_in_menus=False)
        )
    return root


def is_in_trash(page):
    root = find_trash_root()
    return root is not None and page.path.startswith(root.path)


def trash_root_filter(prefix=""):
    """Q excluding the trash root and everything under it."""
    root = find_trash_root()
    if root is None:
        return Q()
    return ~Q(**{f"{prefix}path__startswith": root.path})


# ---------------------------------------------------------------- who may do what


def can_manage(user):
    """Restore and purge: superusers and holders of trash.restore_trashentry
    (the editors-in-chief). Nobody else sees the trash either."""
    return bool(user and user.is_active and (user.is_superuser or user.has_perm(RESTORE_PERMISSION)))


def visible_entries(user, queryset=None):
    """The entries `user` may see, restore and purge: those whose page came from
    one of the outlets the user works for (`outlet_sites`)."""
    queryset = TrashEntry.objects.all() if queryset is None else queryset
    if not can_manage(user):
        return queryset.none()
    sites = outlet_sites(user)
    if sites is None:
        return queryset
    # The outlet recorded at deletion (from the parent's path then): tree paths shift
    # and the parent may itself be in the trash now. Without one, the path at deletion.
    condition = Q(site__in=sites)
    for site in sites:
        condition |= Q(site__isnull=True, parent_path__startswith=site.root_page.path)
    return queryset.filter(condition)


# ---------------------------------------------------------------- tree moves


def _move(page, target, pos, new_parent, slug):
    """Move `page` and its subtree with treebeard and fix slug and url_paths,
    without Wagtail's move signals, log entry and automatic redirects."""
    old_url_path = Page.objects.values_list("url_path", flat=True).get(pk=page.pk)
    MP_MoveHandler(page, target, pos).process()
    moved = Page.objects.get(pk=page.pk)
    moved.slug = slug
    new_url_path = moved.set_url_path(new_parent)
    Page.objects.filter(pk=moved.pk).update(slug=slug, url_path=new_url_path)
    if old_url_path != new_url_path:
        moved._update_descendant_url_paths(old_url_path, new_url_path)
    return moved


def _site_of(page):
    for site in Site.objects.select_related("root_page").order_by("pk"):
        if page.path.startswith(site.root_page.path):
            return site
    return None


def _sibling(page, direction):
    siblings = Page.objects.filter(depth=page.depth, path__startswith=page.path[: -Page.steplen]).exclude(pk=page.pk)
    if direction == "previous":
        return siblings.filter(path__lt=page.path).order_by("-path").first()
    return siblings.filter(path__gt=page.path).order_by("path").first()


# ---------------------------------------------------------------- trash, restore, purge


def check_can_trash(page):
    """Why `page` cannot go to the trash, or None."""
    if page.is_root():
        return "Không thể xóa gốc cây trang."
    if is_in_trash(page):
        return "Trang này đã ở Thùng rác; dùng “Xóa vĩnh viễn” trong Thùng rác."
    rooted = Site.objects.filter(root_page__path__startswith=page.path).select_related("root_page").first()
    if rooted is not None:
        return (
            f"“{page.get_admin_display_title()}” là (hoặc chứa) trang chủ của trang web “{rooted.site_name or rooted.hostname}”: "
            "hãy xóa trang web đó trong Cài đặt → Trang web trước."
        )
    return None


@transaction.atomic
def trash_page(page, user=None):
    """Move `page` and its subtree to the trash; returns the TrashEntry."""
    page = Page.objects.get(pk=page.pk)
    problem = check_can_trash(page)
    if problem:
        raise TrashError(problem)
    root = trash_root()
    parent = page.get_parent()
    site = _site_of(page)
    subtree = list(Page.objects.descendant_of(page, inclusive=True).order_by("path"))
    scheduled = {}
    for revision_id, object_id, go_live in Revision.page_revisions.filter(
        object_id__in=[str(p.pk) for p in subtree], approved_go_live_at__isnull=False
    ).values_list("pk", "object_id", "approved_go_live_at"):
        scheduled.setdefault(int(object_id), []).append([revision_id, go_live.isoformat()])
    state = [{"id": p.pk, "live": p.live, "go_live": scheduled.get(p.pk, [])} for p in subtree]

    entry = TrashEntry.objects.create(
        page=page,
        title=page.title,
        parent=parent,
        parent_path=parent.path,
        previous_sibling=_sibling(page, "previous"),
        next_sibling=_sibling(page, "next"),
        slug=page.slug,
        url_path=page.url_path,
        url=page.get_full_url() or "",
        site=site,
        site_name=(site.site_name or site.hostname) if site else "",
        page_count=len(subtree),
        state=state,
        deleted_by=user if user is not None and user.is_authenticated else None,
    )

    # Out of the site while the URLs are still the public ones (cache purges, search).
    live_ids = [p.pk for p in subtree if p.live]
    Page.objects.filter(pk__in=live_ids).update(live=False)
    Revision.page_revisions.filter(object_id__in=[str(p.pk) for p in subtree]).update(approved_go_live_at=None)
    for unpublished in Page.objects.filter(pk__in=live_ids).order_by("-depth", "path").specific().iterator():
        page_unpublished.send(sender=unpublished.specific_class, instance=unpublished)

    _move(page, root, "last-child", root, f"{entry.pk}-{page.slug}"[:255])
    log(instance=page.specific_deferred, action="trash.trash", user=user, data={"pages": len(subtree)})
    logger.info('Moved to the trash: "%s" id=%d (%d pages)', page.title, page.pk, len(subtree))
    return entry


def check_can_restore(entry):
    """Why `entry` cannot be restored now, or None."""
    parent = Page.objects.filter(pk=entry.parent_id).first() if entry.parent_id else None
    if parent is None:
        return f"Không khôi phục được “{entry.title}”: trang cha của nó không còn nữa."
    if is_in_trash(parent):
        return f"Không khôi phục được “{entry.title}”: trang cha “{parent.title}” đang ở Thùng rác, hãy khôi phục trang đó trước."
    if Page.objects.child_of(parent).filter(slug=entry.slug).exists():
        return (
            f"Không khôi phục được “{entry.title}”: địa chỉ {entry.address} đã có trang khác dùng. "
            "Hãy đổi slug hoặc chuyển trang đó đi rồi thử lại."
        )
    return None


@transaction.atomic
def restore(entry, user=None):
    """Put the page back where it was, at the same URL, with the same pages live."""
    entry = TrashEntry.objects.select_for_update().get(pk=entry.pk)
    problem = check_can_restore(entry)
    if problem:
        raise TrashError(problem)
    parent = Page.objects.get(pk=entry.parent_id)
    page = Page.objects.get(pk=entry.page_id)

    # Same place among the siblings when a neighbour is still there, else last.
    children = Page.objects.child_of(parent)
    following = children.filter(pk=entry.next_sibling_id).first() if entry.next_sibling_id else None
    preceding = children.filter(pk=entry.previous_sibling_id).first() if entry.previous_sibling_id else None
    if following is not None:
        target, pos = following, "left"
    elif preceding is not None:
        target, pos = preceding, "right"
    else:
        target, pos = parent, "last-child"
    _move(page, target, pos, parent, entry.slug)

    state = {item["id"]: item for item in entry.state}
    live_ids = [pk for pk, item in state.items() if item["live"]]
    Page.objects.filter(pk__in=live_ids).update(live=True)
    for item in state.values():
        for revision_id, go_live in item["go_live"]:
            Revision.page_revisions.filter(pk=revision_id).update(approved_go_live_at=parse_datetime(go_live))
    for published in Page.objects.filter(pk__in=live_ids).order_by("path").specific().iterator():
        page_published.send(sender=published.specific_class, instance=published, revision=published.live_revision)

    log(instance=page.specific_deferred, action="trash.restore", user=user, data={"pages": entry.page_count})
    logger.info('Restored from the trash: "%s" id=%d', page.title, page.pk)
    entry.delete()
    return Page.objects.get(pk=page.pk).specific


@transaction.atomic
def purge(entry, user=None):
    """Delete the page and its subtree for good (comments, revisions, redirects go with it)."""
    entry = TrashEntry.objects.select_for_update().filter(pk=entry.pk).first()
    if entry is None:  # restored or purged meanwhile
        raise TrashError("Mục này không còn trong Thùng rác (đã được khôi phục hoặc xóa).")
    page = Page.objects.get(pk=entry.page_id)
    try:
        with transaction.atomic():
            DeletePageAction(page.specific, user=user).execute(skip_permission_checks=True)
    except ProtectedError:
        raise TrashError(f"Không xóa vĩnh viễn được “{entry.title}”: nội dung khác còn tham chiếu bắt buộc đến nó.")
    # The entry went with the page (cascade).


def expired_entries(now=None):
    cutoff = (now or timezone.now()) - timedelta(days=settings.TRASH_RETENTION_DAYS)
    return TrashEntry.objects.filter(deleted_at__lt=cutoff).order_by("deleted_at", "pk")


def purge_expired(now=None):
    """Purge entries older than TRASH_RETENTION_DAYS; returns (purged, failed) entries."""
    purged, failed = [], []
    for entry in expired_entries(now):
        try:
            purge(entry)
        except TrashError as error:
            logger.warning("%s", error.message)
            failed.append(entry)
        else:
            purged.append(entry)
    return purged, failed


def trashed_page_ids():
    """Ids of every page under the trash root (for hiding them in choosers, listings)."""
    root = find_trash_root()
    if root is None:
        return Page.objects.none().values_list("pk", flat=True)
    return Page.objects.filter(path__startswith=root.path).values_list("pk", flat=True)
