"""Per-outlet themes.

A theme is a folder ``themes/<slug>/`` whose ``templates/`` override
``site/templates/`` file by file. Django's loaders have no notion of "the
current site", so the middleware below records the outlet's theme in a
context variable and the loader puts that theme's folder first. The cached
loader's key gets the theme too, or the first outlet served would fix the
template choice for all of them.
"""

from contextvars import ContextVar

from django.conf import settings
from django.template.loaders import cached, filesystem

DEFAULT_THEME = "thanhpho"
current_theme: ContextVar[str] = ContextVar("current_theme", default=DEFAULT_THEME)


def available_themes():
    """(slug, label) for every folder under themes/ that has templates."""
    choices = []
    for folder in sorted(settings.THEMES_DIR.iterdir()):
        if (folder / "templates").is_dir():
            label_file = folder / "NAME"
            label = label_file.read_text(encoding="utf-8").strip() if label_file.exists() else folder.name
            choices.append((folder.name, label))
    return choices


def theme_template_dirs(theme):
    dirs = []
    if theme:
        theme_dir = settings.THEMES_DIR / theme / "templates"
        if theme_dir.is_dir():
            dirs.append(theme_dir)
    dirs.append(settings.SITE_DIR / "templates")
    return dirs


class ThemeLoader(filesystem.Loader):
    def get_dirs(self):
        return theme_template_dirs(current_theme.get())


class CachedThemeLoader(cached.Loader):
    def cache_key(self, template_name, skip=None):
        return f"{current_theme.get()}:{super().cache_key(template_name, skip)}"


class ThemeMiddleware:
    """Selects the theme of the outlet (Wagtail Site) the request is for."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from cms.core.models import OutletSettings, cached_site_for_request

        theme = DEFAULT_THEME
        if not request.path.startswith(("/admin/", "/static/", "/media/")):
            # The Site from the per-process cache; Wagtail's serve view and every
            # later Site.find_for_request then reuse it (request._wagtail_site).
            cached_site_for_request(request)
            outlet = OutletSettings.for_request(request)
            if outlet is not None and outlet.theme:
                theme = outlet.theme
        token = current_theme.set(theme)
        try:
            return self.get_response(request)
        finally:
            current_theme.reset(token)
