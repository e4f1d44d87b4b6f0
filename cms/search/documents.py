"""What the search index holds for each content type, in one shape for both backends.

Adding a type is a few lines: a function that turns a live page into a
`SearchDocument`, registered with `@source("type", Model)`."""

from dataclasses import dataclass, field
from datetime import date, datetime

from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Site

from cms.directives.models import DirectivePage
from cms.exemplars.models import ExemplarPage
from cms.forums.models import ForumPage
from cms.news.models import ArticlePage

TYPE_LABELS = {
    "article": "Bài viết",
    "directive": "Văn bản chỉ đạo",
    "exemplar": "Điển hình tiên tiến",
    "forum": "Diễn đàn góp ý",
}


@dataclass
class SearchDocument:
    page_id: int
    type: str
    title: str
    url: str
    site_id: int | None
    published_at: datetime | None
    lead: str = ""
    body: str = ""
    year: int | None = None
    column_slug: str = ""
    column_title: str = ""
    tags: list[tuple[str, str]] = field(default_factory=list)  # (slug, name)
    issuer_slug: str = ""
    issuer_name: str = ""
    directive_kind: str = ""
    number: str = ""


SOURCES: dict[str, tuple[type, callable]] = {}


def source(type_name, model):
    def register(function):
        SOURCES[type_name] = (model, function)
        return function

    return register


def type_of(page) -> str | None:
    load_sources()
    for type_name, (model, _function) in SOURCES.items():
        if isinstance(page, model):
            return type_name
    return None


def indexable_pages(type_name=None):
    """Live, public pages of the indexed types (specific), for a rebuild."""
    load_sources()
    for name, (model, _function) in SOURCES.items():
        if type_name and name != type_name:
            continue
        yield from model.objects.live().public().order_by("pk").iterator(chunk_size=500)


def is_indexable(page) -> bool:
    """Only what any reader may see: live, and no view restriction on it or above it."""
    return bool(page.live) and not page.get_view_restrictions().exists() and type_of(page) is not None


class SiteFinder:
    """The Site (outlet) a page belongs to, from its path: one query for many pages."""

    def __init__(self):
        self.sites = sorted(
            Site.objects.select_related("root_page"), key=lambda site: len(site.root_page.path), reverse=True
        )

    def site_id(self, page) -> int | None:
        for site in self.sites:
            if page.path.startswith(site.root_page.path):
                return site.pk
        return None


def document_for(page, sites: SiteFinder | None = None) -> SearchDocument | None:
    load_sources()
    type_name = type_of(page)
    if type_name is None:
        return None
    _model, function = SOURCES[type_name]
    sites = sites or SiteFinder()
    published = page.first_published_at or page.last_published_at or timezone.now()
    document = SearchDocument(
        page_id=page.pk,
        type=type_name,
        title=page.title,
        url=page.url_path,
        site_id=sites.site_id(page),
        published_at=published,
        year=published.year,
    )
    function(page, document)
    try:
        document.url = page.get_url() or ""
    except Exception:  # a page outside every Site has no URL; it is still findable by API id
        document.url = ""
    return document


def plain(value) -> str:
    return " ".join(strip_tags(value or "").split())


def stream_text(page, field_name) -> str:
    stream_field = page._meta.get_field(field_name)
    return " ".join(plain(str(piece)) for piece in stream_field.get_searchable_content(getattr(page, field_name)))


def tag_pairs(page) -> list[tuple[str, str]]:
    return [(tag.slug, tag.name) for tag in page.tags.all()]


_LOADED = False


def load_sources():
    """Registers the content types (once; the first document asked for does it)."""
    global _LOADED
    if _LOADED:
        return
    _LOADED = True

    @source("article", ArticlePage)
    def article(page, document):
        column = page.get_parent()
        document.lead = page.lead
        document.body = " ".join(filter(None, [stream_text(page, "body"), page.source]))
        document.column_slug = column.slug if column else ""
        document.column_title = column.title if column else ""
        document.tags = tag_pairs(page)

    @source("directive", DirectivePage)
    def directive(page, document):
        document.lead = page.summary
        document.body = plain(page.full_text)
        document.number = page.number
        document.issuer_slug = page.issuer.slug
        document.issuer_name = page.issuer.name
        document.directive_kind = page.kind
        document.tags = tag_pairs(page)
        if isinstance(page.issued_on, date):
            document.year = page.issued_on.year

    @source("exemplar", ExemplarPage)
    def exemplar(page, document):
        document.lead = page.summary
        document.body = " ".join([stream_text(page, "story"), page.locality.name, page.sector.name])

    @source("forum", ForumPage)
    def forum(page, document):
        document.lead = plain(page.subject)
        document.body = plain(page.synthesis)
