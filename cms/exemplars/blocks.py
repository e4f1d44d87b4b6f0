"""Featured exemplars (điển hình tiêu biểu) for thematic pages and the home page."""

from wagtail import blocks

from cms.core.api_representations import api_page_url, image_representation
from cms.core.blocks import OutletListBlock


class ExemplarSpotlightBlock(OutletListBlock):
    title = blocks.CharBlock(label="Tiêu đề", required=False, max_length=200, default="Điển hình tiên tiến")
    exemplars = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="exemplars.ExemplarPage"),
        label="Điển hình (chọn tay; để trống: mới nhất)",
        required=False,
    )
    limit = blocks.IntegerBlock(label="Số điển hình tối đa", default=3, min_value=1, max_value=12)

    items_context_name = "exemplars"
    items_method = "get_exemplars"
    index_page_type = "exemplars.exemplarindexpage"

    class Meta:
        icon = "pick"
        label = "Điển hình tiêu biểu"
        template = "blocks/exemplar_spotlight.html"

    def item_representation(self, page, context=None):
        return {
            "id": page.pk,
            "title": page.title,
            "url": api_page_url(page, context),
            "summary": page.summary,
            "photo": image_representation(page.photo, (context or {}).get("request")),
        }

    def get_exemplars(self, value, outlet_home=None):
        # The model of the block's own chooser (see cms/directives/blocks.py for why
        # this module does not import exemplars.models).
        ExemplarPage = self.child_blocks["exemplars"].child_block.target_model
        limit = value.get("limit") or 3
        chosen = [page.specific for page in value.get("exemplars") or [] if page and page.live]
        if chosen:
            return chosen[:limit]
        qs = ExemplarPage.objects.live().public().select_related("locality", "sector", "photo")
        if outlet_home is not None:
            qs = qs.descendant_of(outlet_home)
        return list(qs.order_by("-first_published_at", "-pk")[:limit])
