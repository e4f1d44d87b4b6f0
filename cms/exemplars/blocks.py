"""Featured exemplars (điển hình tiêu biểu) for thematic pages and the home page."""

from wagtail import blocks


class ExemplarSpotlightBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Tiêu đề", required=False, max_length=200, default="Điển hình tiên tiến")
    exemplars = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="exemplars.ExemplarPage"),
        label="Điển hình (chọn tay; để trống: mới nhất)",
        required=False,
    )
    limit = blocks.IntegerBlock(label="Số điển hình tối đa", default=3, min_value=1, max_value=12)

    class Meta:
        icon = "pick"
        label = "Điển hình tiêu biểu"
        template = "blocks/exemplar_spotlight.html"

    def get_exemplars(self, value, outlet_home=None):
        from .models import ExemplarPage

        limit = value.get("limit") or 3
        chosen = [page.specific for page in value.get("exemplars") or [] if page and page.live]
        if chosen:
            return chosen[:limit]
        qs = ExemplarPage.objects.live().public().select_related("locality", "sector", "photo")
        if outlet_home is not None:
            qs = qs.descendant_of(outlet_home)
        return list(qs.order_by("-first_published_at", "-pk")[:limit])

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = (parent_context or {}).get("page")
        site = page.get_site() if page is not None else None
        home = site.root_page if site else None
        context["exemplars"] = self.get_exemplars(value, outlet_home=home)
        if context["exemplars"] and home is not None:  # the heading's "Xem tất cả" link
            from .models import ExemplarIndexPage

            context["index_page"] = ExemplarIndexPage.objects.live().public().descendant_of(home).first()
        return context
