"""Admin wiring for comments: the moderation screens (/admin/kiem-duyet/), their
menu item and the audit-log actions. (A forum's downloads and offline entry are
wired by cms/forums/wagtail_hooks.py.)"""

from django.urls import reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem as LinkMenuItemComponent
from wagtail.log_actions import LogFormatter

from . import moderation
from .admin_views import QUEUE_URL_NAME, admin_urls, bounded_count, count_label
from .models import PENDING


class ModerationMenuItem(MenuItem):
    """ "Kiểm duyệt bình luận (12)": Wagtail's sidebar items have no count badge
    (only the "new" dot of dismissible items), so the pending count goes in the label."""

    def is_shown(self, request):
        return moderation.can_moderate(request.user)

    def pending_count(self, request):
        # Bounded (issue 15): shown on every admin page, it must not COUNT a huge queue.
        return bounded_count(moderation.visible_comments(request.user).filter(status=PENDING))

    def render_component(self, request):
        count = self.pending_count(request)
        label = f"{self.label} ({count_label(count)})" if count else self.label
        attrs = dict(self.attrs)
        attrs["data-pending-count"] = str(count)
        attrs["title"] = label
        return LinkMenuItemComponent(
            self.name, label, self.url, icon_name=self.icon_name, classname=self.classname, attrs=attrs
        )


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return ModerationMenuItem(
        "Kiểm duyệt bình luận",
        reverse(QUEUE_URL_NAME),
        name="kiem-duyet-binh-luan",
        classname="forums-moderation-menu",
        icon_name="comment",
        order=250,
    )


@hooks.register("insert_global_admin_css")
def moderation_menu_css():
    # The sidebar cuts long labels with "…", which would hide the count: let this one wrap.
    return format_html(
        "<style>{}</style>",
        ".forums-moderation-menu .menuitem-label { white-space: normal; }",
    )


@hooks.register("register_admin_urls")
def register_moderation_urls():
    return admin_urls()


class CommentLogFormatter(LogFormatter):
    """The moderator's reason (or the answering agency) shown with the entry."""

    def format_comment(self, log_entry):
        data = log_entry.data or {}
        return data.get("reason") or data.get("by") or ""


@hooks.register("register_log_actions")
def register_comment_log_actions(actions):
    for action, (label, message) in moderation.LOG_ACTIONS.items():
        formatter = type("CommentActionFormatter", (CommentLogFormatter,), {"label": label, "message": message})
        actions.register_action(action)(formatter)
