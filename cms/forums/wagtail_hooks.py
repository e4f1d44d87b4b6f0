"""Admin wiring for forums: the download buttons and URLs of a forum's opinions, and
the screen entering opinions gathered offline (beside the comment moderation)."""

from wagtail import hooks

from .admin_views import admin_urls
from .export_views import forum_export_buttons, register_export_urls


@hooks.register("register_admin_urls")
def register_offline_entry_urls():
    return admin_urls()


@hooks.register("register_admin_urls")
def register_forum_export_urls():
    return register_export_urls()


hooks.register("register_page_header_buttons", forum_export_buttons)
hooks.register("register_page_listing_more_buttons", forum_export_buttons)
