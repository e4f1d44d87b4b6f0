"""StreamField blocks shared by articles and thematic pages. Each block renders
with its own template under site/templates/blocks/ (a theme may override it)."""

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page

from .api_representations import (
    ApiStreamBlockMixin,
    api_page_url,
    block_representation,
    document_representation,
    image_representation,
)


def _request(context):
    return (context or {}).get("request")


RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript", "subscript"]


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="Ảnh")
    caption = blocks.CharBlock(label="Chú thích", required=False, max_length=500)
    credit = blocks.CharBlock(label="Nguồn ảnh", required=False, max_length=120, help_text="Ví dụ: Ảnh: PV.")

    class Meta:
        icon = "image"
        label = "Ảnh có chú thích"
        template = "blocks/image.html"

    def api_representation(self, value, context=None):
        return image_representation(
            value.get("image"), _request(context), caption=value.get("caption"), credit=value.get("credit")
        )


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="Trích dẫn")
    attribution = blocks.CharBlock(label="Người nói", required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = "Trích dẫn"
        template = "blocks/quote.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label="Tài liệu")
    title = blocks.CharBlock(label="Tiêu đề hiển thị", required=False, max_length=255)

    class Meta:
        icon = "doc-full"
        label = "Liên kết tài liệu"
        template = "blocks/document_link.html"

    def api_representation(self, value, context=None):
        return document_representation(value.get("document"), _request(context), title=value.get("title"))


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Tiêu đề", required=False, max_length=200)
    text = blocks.RichTextBlock(label="Nội dung", features=RICH_TEXT_FEATURES)
    style = blocks.ChoiceBlock(
        label="Kiểu",
        choices=[("info", "Thông tin"), ("important", "Quan trọng"), ("box", "Hộp tin")],
        default="info",
    )

    class Meta:
        icon = "warning"
        label = "Hộp nổi bật"
        template = "blocks/callout.html"


class ArticleBodyBlock(ApiStreamBlockMixin, blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(label="Đoạn văn", features=RICH_TEXT_FEATURES, template="blocks/paragraph.html")
    heading = blocks.CharBlock(label="Tiêu đề phụ", max_length=255, icon="title", template="blocks/heading.html")
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(label="Nhúng (video, mạng xã hội)", template="blocks/embed.html")
    table = TableBlock(label="Bảng", template="blocks/table.html")
    document = DocumentLinkBlock()
    callout = CalloutBlock()


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Tiêu đề", max_length=200)
    text = blocks.TextBlock(label="Lời dẫn", required=False)
    button_text = blocks.CharBlock(label="Chữ trên nút", max_length=60, default="Xem thêm")
    page = blocks.PageChooserBlock(label="Trang đích", required=False)
    url = blocks.URLBlock(label="Hoặc địa chỉ", required=False)

    class Meta:
        icon = "link"
        label = "Lời kêu gọi"
        template = "blocks/call_to_action.html"

    def api_representation(self, value, context=None):
        page = value.get("page")
        return {
            "title": value.get("title"),
            "text": value.get("text"),
            "button_text": value.get("button_text"),
            "url": api_page_url(page, context) if page is not None and page.live else (value.get("url") or None),
        }

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks.struct_block import StructBlockValidationError

        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError("Chọn một trang đích hoặc nhập địa chỉ.")}
            )
        return super().clean(value)


class ImageBannerBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="Ảnh")
    title = blocks.CharBlock(label="Tiêu đề", required=False, max_length=200)
    link = blocks.PageChooserBlock(label="Liên kết", required=False)

    class Meta:
        icon = "image"
        label = "Ảnh banner"
        template = "blocks/image_banner.html"

    def api_representation(self, value, context=None):
        link = value.get("link")
        return {
            "title": value.get("title"),
            "image": image_representation(value.get("image"), _request(context), alt=value.get("title") or None),
            "url": api_page_url(link, context) if link is not None and link.live else None,
        }


class OutletListBlock(blocks.StructBlock):
    """Base of the blocks that list pages of the outlet the page belongs to (articles,
    directives, exemplars): a subclass names `items_context_name` and `items_method`,
    the method taking (value, outlet_home) — outlet_home None outside a Site."""

    items_context_name = "items"
    items_method = "get_items"
    # "app_label.model" of the outlet's page listing them all, for the heading's
    # "Xem tất cả" link (named, not imported: the upper apps' models import this module).
    index_page_type = ""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = (parent_context or {}).get("page")
        site = page.get_site() if page is not None else None
        home = site.root_page if site else None
        items = getattr(self, self.items_method)(value, outlet_home=home)
        context[self.items_context_name] = items
        if items and home is not None and self.index_page_type:
            app_label, model = self.index_page_type.split(".")
            context["index_page"] = (
                Page.objects.live()
                .public()
                .descendant_of(home)
                .filter(content_type__app_label=app_label, content_type__model=model)
                .first()
            )
        return context

    def api_representation(self, value, context=None):
        """The same items as the template shows: from get_context, the method that gives
        them to the template (the page the block belongs to names the outlet; without one,
        the outlet of the requesting host)."""
        page = (context or {}).get("page")
        if page is None and _request(context) is not None:
            from wagtail.models import Site

            site = Site.find_for_request(_request(context))
            page = site.root_page if site else None
        block_context = self.get_context(value, parent_context={"page": page} if page is not None else None)
        items = block_context[self.items_context_name]
        data = {
            name: block_representation(self.child_blocks[name], val, context)
            for name, val in value.items()
            if not isinstance(self.child_blocks[name], blocks.ListBlock | blocks.ChooserBlock)
        }
        data["items"] = [self.item_representation(item, context) for item in items]
        data["index_url"] = api_page_url(block_context.get("index_page"), context)
        return data

    def item_representation(self, page, context=None):
        return {"id": page.pk, "title": page.title, "url": api_page_url(page, context)}
