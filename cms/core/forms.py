from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page

from .text import vn_slugify


class NewsroomPageForm(WagtailAdminPageForm):
    """Page form whose slug may be left empty: it is then transliterated from the
    title (`Đảng bộ` -> `dang-bo`) and made unique among the siblings, so a page
    saves even without the admin's JavaScript."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False

    def clean(self):
        title = self.cleaned_data.get("title")
        if "slug" in self.fields and not self.cleaned_data.get("slug") and title:
            base = vn_slugify(title)[:200] or "trang"
            slug, n = base, 2
            while not Page._slug_is_available(slug, self.parent_page, self.instance):
                slug, n = f"{base}-{n}", n + 1
            self.cleaned_data["slug"] = slug
        return super().clean()
