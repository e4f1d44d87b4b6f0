"""Blocks for curated thematic pages (chuyên trang)."""

from wagtail import blocks

from cms.core.api_representations import ApiStreamBlockMixin, api_page_url, image_representation
from cms.core.blocks import RICH_TEXT_FEATURES, CallToActionBlock, ImageBannerBlock, OutletListBlock
from cms.directives.blocks import DirectiveListBlock
from cms.exemplars.blocks import ExemplarSpotlightBlock


class LeadStoryBlock(blocks.StructBlock):
    article = blocks.PageChooserBlock(label="Bài", page_type="news.ArticlePage")

    class Meta:
        icon = "pick"
        label = "Bài tiêu điểm"
        template = "blocks/lead_story.html"

    def api_representation(self, value, context=None):
        article = value.get("article")
        if article is None or not article.live:
            return {"article": None}
        return {"article": article_summary(article.specific, context)}


def article_summary(article, context=None):
    """An article in a list of the API (home page blocks, thematic pages): what a card shows."""
    return {
        "id": article.pk,
        "title": article.title,
        "url": api_page_url(article, context),
        "lead": article.lead,
        "first_published_at": article.first_published_at.isoformat() if article.first_published_at else None,
        "hero_image": image_representation(article.hero_image, (context or {}).get("request")),
    }


class ArticleListBlock(OutletListBlock):
    """A list of articles chosen by hand, or the newest ones of a tag or a column."""

    title = blocks.CharBlock(label="Tiêu đề", required=False, max_length=200)
    source = blocks.ChoiceBlock(
        label="Lấy bài",
        choices=[("manual", "Chọn tay"), ("tag", "Theo thẻ"), ("column", "Theo chuyên mục")],
        default="manual",
    )
    articles = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="news.ArticlePage"), label="Các bài (chọn tay)", required=False
    )
    tag = blocks.CharBlock(label="Thẻ", required=False, max_length=100)
    column = blocks.PageChooserBlock(label="Chuyên mục", page_type="news.ColumnPage", required=False)
    limit = blocks.IntegerBlock(label="Số bài tối đa", default=6, min_value=1, max_value=50)

    items_context_name = "articles"
    items_method = "get_articles"

    class Meta:
        icon = "list-ul"
        label = "Danh sách bài"
        template = "blocks/article_list.html"

    def item_representation(self, page, context=None):
        return article_summary(page, context)

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks.struct_block import StructBlockValidationError

        errors = {}
        if value["source"] == "tag" and not value.get("tag"):
            errors["tag"] = ValidationError("Nhập thẻ để lấy bài theo thẻ.")
        if value["source"] == "column" and not value.get("column"):
            errors["column"] = ValidationError("Chọn chuyên mục để lấy bài theo chuyên mục.")
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return super().clean(value)

    def get_articles(self, value, outlet_home=None):
        """outlet_home: keep tag lists to the outlet the page belongs to (tags are
        shared by every outlet of the installation)."""
        # The model of the block's own chooser: news.models imports this module.
        ArticlePage = self.child_blocks["articles"].child_block.target_model
        limit = value.get("limit") or 6
        if value["source"] == "tag" and value.get("tag"):
            qs = ArticlePage.objects.live().public().filter(tags__name__iexact=value["tag"]).distinct()
            if outlet_home is not None:
                qs = qs.descendant_of(outlet_home)
        elif value["source"] == "column" and value.get("column"):
            qs = ArticlePage.objects.live().public().descendant_of(value["column"])
        else:
            chosen = [page.specific for page in value.get("articles") or [] if page and page.live]
            return chosen[:limit]
        return list(qs.order_by("-first_published_at")[:limit])


class ThematicBodyBlock(ApiStreamBlockMixin, blocks.StreamBlock):
    lead_story = LeadStoryBlock()
    article_list = ArticleListBlock()
    rich_text = blocks.RichTextBlock(label="Văn bản", features=RICH_TEXT_FEATURES, template="blocks/paragraph.html")
    image_banner = ImageBannerBlock()
    call_to_action = CallToActionBlock()
    directive_list = DirectiveListBlock()
    exemplar_spotlight = ExemplarSpotlightBlock()


class HomeFeatureBlock(ApiStreamBlockMixin, blocks.StreamBlock):
    """Curated sections of the home page, shown under the lead story."""

    article_list = ArticleListBlock()
    directive_list = DirectiveListBlock()
    exemplar_spotlight = ExemplarSpotlightBlock()
    call_to_action = CallToActionBlock()
