"""A list of directives for thematic pages and the home page."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from cms.core.api_representations import api_page_url
from cms.core.blocks import OutletListBlock

from .kinds import KIND_CHOICES


class DirectiveListBlock(OutletListBlock):
    title = blocks.CharBlock(label="Tiêu đề", required=False, max_length=200, default="Văn bản chỉ đạo")
    source = blocks.ChoiceBlock(
        label="Lấy văn bản",
        choices=[
            ("latest", "Mới nhất"),
            ("kind", "Theo loại"),
            ("issuer", "Theo cơ quan ban hành"),
            ("tag", "Theo thẻ"),
            ("manual", "Chọn tay"),
        ],
        default="latest",
    )
    kind = blocks.ChoiceBlock(label="Loại văn bản", choices=KIND_CHOICES, required=False)
    issuer = SnippetChooserBlock("directives.Issuer", label="Cơ quan ban hành", required=False)
    tag = blocks.CharBlock(label="Thẻ", required=False, max_length=100)
    directives = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="directives.DirectivePage"), label="Các văn bản (chọn tay)", required=False
    )
    limit = blocks.IntegerBlock(label="Số văn bản tối đa", default=5, min_value=1, max_value=30)

    items_context_name = "directives"
    items_method = "get_directives"
    index_page_type = "directives.directiveindexpage"

    class Meta:
        icon = "doc-full-inverse"
        label = "Danh sách văn bản chỉ đạo"
        template = "blocks/directive_list.html"

    def item_representation(self, page, context=None):
        return {
            "id": page.pk,
            "title": page.title,
            "url": api_page_url(page, context),
            "number": page.number,
            "kind": page.kind,
            "issued_on": page.issued_on.isoformat() if page.issued_on else None,
            "issuer": page.issuer.name if page.issuer_id else None,
        }

    def clean(self, value):
        required = {"kind": "Chọn loại văn bản.", "issuer": "Chọn cơ quan ban hành.", "tag": "Nhập thẻ."}
        source = value["source"]
        if source in required and not value.get(source):
            raise StructBlockValidationError(block_errors={source: ValidationError(required[source])})
        if source == "manual" and not value.get("directives"):
            raise StructBlockValidationError(block_errors={"directives": ValidationError("Chọn ít nhất một văn bản.")})
        return super().clean(value)

    def get_directives(self, value, outlet_home=None):
        # The model of the block's own chooser, resolved by Wagtail from its name: this
        # module is imported by cms.news.blocks (the home and thematic pages' blocks, the
        # one allowed upward import, see pyproject.toml) and must not import
        # directives.models, which imports news.
        DirectivePage = self.child_blocks["directives"].child_block.target_model
        limit = value.get("limit") or 5
        if value["source"] == "manual":
            return [page.specific for page in value.get("directives") or [] if page and page.live][:limit]
        qs = DirectivePage.objects.live().public().select_related("issuer")
        if outlet_home is not None:
            qs = qs.descendant_of(outlet_home)
        if value["source"] == "kind" and value.get("kind"):
            qs = qs.filter(kind=value["kind"])
        elif value["source"] == "issuer" and value.get("issuer"):
            qs = qs.filter(issuer=value["issuer"])
        elif value["source"] == "tag" and value.get("tag"):
            qs = qs.filter(tags__name__iexact=value["tag"]).distinct()
        return list(qs.order_by("-issued_on", "-pk")[:limit])
