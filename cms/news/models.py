from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count, F, IntegerField, OuterRef, Prefetch, Subquery, Sum, Window, prefetch_related_objects
from django.db.models.functions import Coalesce, RowNumber, Substr
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.functional import cached_property
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable, Page, Site
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from cms.comments.models import APPROVED, Comment, CommentablePage
from cms.core.api_representations import ImageRepresentationField
from cms.core.blocks import ArticleBodyBlock
from cms.core.fragments import Deferred
from cms.core.headless import HeadlessPreviewable
from cms.core.listing import paginate
from cms.core.models import TITLE_PANELS, OutletSettings, PageViews, VietnameseSlugMixin
from cms.core.pictures import STRUCTURED_DATA_SPECS
from cms.core.sharing import share_links
from cms.core.text import vn_slugify

from .api_fields import (
    AttachmentSerializer,
    AuthorListSerializer,
    ColumnSerializer,
    DirectiveRefsSerializer,
    FrontPageSerializer,
    TagListSerializer,
    TagObjectsSerializer,
)
from .blocks import HomeFeatureBlock, ThematicBodyBlock
from .feeds import ColumnFeed


def live_articles():
    return (
        ArticlePage.objects.live()
        .public()
        .select_related("hero_image")
        .prefetch_related("hero_image__renditions")
        .order_by("-first_published_at", "-pk")
    )


def _iso(value):
    return timezone.localtime(value).replace(microsecond=0).isoformat() if value else None


# ---------------------------------------------------------------- authors


@register_snippet
class Author(index.Indexed, models.Model):
    name = models.CharField("họ và tên", max_length=150)
    pen_name = models.CharField("bút danh", max_length=150, blank=True)
    slug = models.SlugField("đường dẫn", max_length=160, unique=True, blank=True, allow_unicode=False)
    role = models.CharField("chức danh", max_length=150, blank=True, help_text="Ví dụ: Phóng viên, Biên tập viên")
    photo = models.ForeignKey(
        "wagtailimages.Image", verbose_name="ảnh", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    bio = models.TextField("giới thiệu", blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("pen_name")]),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("bio"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("pen_name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = "tác giả"
        verbose_name_plural = "tác giả"
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.pen_name})" if self.pen_name else self.name

    @property
    def byline(self):
        """What the article prints: the pen name when the author signs with one."""
        return self.pen_name or self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            base = vn_slugify(self.name) or "tac-gia"
            slug, n = base, 2
            while Author.objects.filter(slug=slug).exclude(pk=self.pk).exists():
                slug, n = f"{base}-{n}", n + 1
            self.slug = slug
        super().save(*args, **kwargs)


# ---------------------------------------------------------------- home page


class HomePage(VietnameseSlugMixin, RoutablePageMixin, Page):
    """The front page of one outlet; also serves the outlet's author and tag pages."""

    lead_story = models.ForeignKey(
        "news.ArticlePage",
        verbose_name="bài tiêu điểm",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Để trống: bài mới nhất.",
    )
    articles_per_column = models.PositiveSmallIntegerField("số bài mỗi chuyên mục", default=5)
    features = StreamField(
        HomeFeatureBlock(),
        verbose_name="khối nổi bật",
        blank=True,
        help_text="Văn bản chỉ đạo, điển hình tiên tiến, danh sách bài … hiện dưới bài tiêu điểm.",
    )

    content_panels = TITLE_PANELS + [
        FieldPanel("lead_story"),
        FieldPanel("features"),
        FieldPanel("articles_per_column"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.ColumnPage",
        "news.ThematicPage",
        "directives.DirectiveIndexPage",
        "exemplars.ExemplarIndexPage",
        "forums.ForumIndexPage",
    ]
    api_fields = [
        APIField("lead_story"),
        APIField("features"),
        APIField("articles_per_column"),
        APIField("front_page", serializer=FrontPageSerializer()),
    ]

    class Meta:
        verbose_name = "trang chủ cơ quan báo chí"

    def route(self, request, path_components):
        """Wagtail's routing, with every page on the path read in one query (issue 11).

        Wagtail asks for each URL level's child by slug and then its specific page:
        two queries a level. Here the pages whose url_path is a prefix of the path
        come in one query; only a page that routes itself (its own sub-routes, a
        custom route) or the page found is made specific. Same answers: a page's
        RoutablePageMixin routes first (live pages only), then its children, the
        page found must be live, 404 otherwise.
        """
        if not path_components or not self.live or self._resolves_subpage(type(self), path_components):
            return super().route(request, path_components)
        candidates = [self.url_path + "/".join(path_components[:k]) + "/" for k in range(1, len(path_components) + 1)]
        chain = {
            page.depth: page
            for page in Page.objects.filter(
                path__startswith=self.path,
                depth__gt=self.depth,
                depth__lte=self.depth + len(path_components),
                url_path__in=candidates,
            )
        }
        parent = self
        ancestors = [self]
        for level in range(1, len(path_components) + 1):
            page = chain.get(self.depth + level)
            if page is None:
                raise Http404
            remaining = path_components[level:]
            page_class = page.specific_class or Page
            route = getattr(page_class, "route", Page.route)
            routable = issubclass(page_class, RoutablePageMixin) and route is RoutablePageMixin.route
            if (
                not remaining
                or (route is not Page.route and not routable)
                or (routable and page.live and self._resolves_subpage(page_class, remaining))
            ):
                # The page found, with what its template reads (route_select_related).
                related = getattr(page_class, "route_select_related", ())
                specific = (
                    page_class._default_manager.select_related(*related).get(pk=page.pk) if related else page.specific
                )
                specific._cached_parent_obj = parent
                if self.depth == 2:  # the breadcrumb's ancestors below the tree root, already read
                    specific._route_ancestors = ancestors
                return specific.route(request, remaining)
            page._cached_parent_obj = parent
            parent = page
            ancestors.append(page)
        raise Http404  # not reached: the last level has no remaining components

    @staticmethod
    def _resolves_subpage(page_class, path_components):
        if not issubclass(page_class, RoutablePageMixin):
            return False
        try:
            page_class.get_resolver().resolve("/" + "/".join(path_components) + "/")
        except Http404:
            return False
        return True

    def outlet_articles(self):
        return live_articles().descendant_of(self)

    def get_lead_story(self):
        if self.lead_story_id and self.lead_story.live:
            return self.lead_story
        return self.outlet_articles().prefetch_related(None).first()

    def menu_pages(self):
        return list(Page.objects.child_of(self).live().public().in_menu())

    def front_page_lists(self, menu):
        """The lead story, the latest articles and each menu column's newest ones: what the
        home page shows (get_context) and what the API gives (api_fields "front_page")."""
        lead = self.get_lead_story()
        column_type = ContentType.objects.get_for_model(ColumnPage).pk
        columns = [item for item in menu if item.content_type_id == column_type]
        # Each column's newest articles in one query (issue 11: was one query and one
        # renditions query per column): rank the articles within their top-level column.
        column_path = Substr("path", 1, (self.depth + 1) * Page.steplen)
        ranked = (
            self.outlet_articles()
            .prefetch_related(None)
            .exclude(pk=getattr(lead, "pk", None))
            .annotate(column_path=column_path)
            .filter(column_path__in=[column.path for column in columns])
            .annotate(
                column_rank=Window(
                    RowNumber(),
                    partition_by=[column_path],
                    order_by=[F("first_published_at").desc(), F("pk").desc()],
                )
            )
            .filter(column_rank__lte=self.articles_per_column)
        )
        by_column = {}
        for article in ranked if columns else ():
            by_column.setdefault(article.column_path, []).append(article)
        sections = [
            {"column": column, "articles": by_column[column.path]} for column in columns if column.path in by_column
        ]
        latest = list(self.outlet_articles().prefetch_related(None).exclude(pk=getattr(lead, "pk", None))[:8])
        # One renditions query for every article shown (the lead, the sections, the latest).
        shown = [lead] if lead is not None else []
        shown += latest + [article for section in sections for article in section["articles"]]
        prefetch_related_objects([article for article in shown if article.hero_image_id], "hero_image__renditions")
        return {"lead_story": lead, "latest": latest, "sections": sections}

    @property
    def front_page(self):
        return self.front_page_lists(self.menu_pages())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        menu = self.menu_pages()
        request._outlet_menu = (self.pk, menu)  # the menu tag shows the same pages
        context.update(
            **self.front_page_lists(menu),
            thematic_pages=ThematicPage.in_progress().descendant_of(self),
            most_read=most_read_articles(self),
        )
        return context

    @path("tac-gia/<slug:slug>/", name="author")
    def author_page(self, request, slug):
        author = get_object_or_404(Author, slug=slug)
        articles = self.outlet_articles().filter(article_authors__author=author).distinct()
        return self.render(
            request,
            template="news/author_page.html",
            context_overrides={"author": author, "articles": paginate(request, articles, settings.COLUMN_PAGE_SIZE)},
        )

    @path("chu-de/<str:slug>/", name="tag")
    def tag_page(self, request, slug):
        tag = get_object_or_404(Tag, slug=slug)
        articles = self.outlet_articles().filter(tags=tag).distinct()
        return self.render(
            request,
            template="news/tag_page.html",
            context_overrides={"tag": tag, "articles": paginate(request, articles, settings.COLUMN_PAGE_SIZE)},
        )


def outlet_home_for(request):
    """The outlet's HomePage (specific) for this request, looked up once (as the outlet_home tag)."""
    if not hasattr(request, "_outlet_home"):
        site = Site.find_for_request(request)
        request._outlet_home = site.root_page.specific if site else None
    return request._outlet_home


def most_read_articles(home, limit=5):
    """Articles of this outlet with the most views in the last MOST_READ_DAYS days."""
    since = timezone.localdate() - timedelta(days=settings.MOST_READ_DAYS - 1)
    article_ids = live_articles().descendant_of(home).values("pk")
    rows = PageViews.objects.filter(page_id__in=article_ids).most_read(since, limit)
    totals = {row["page_id"]: row["total"] for row in rows}
    pages = {page.pk: page for page in live_articles().prefetch_related(None).filter(pk__in=totals)}
    result = []
    for page_id, total in totals.items():
        if page_id in pages:
            page = pages[page_id]
            page.recent_views = total
            result.append(page)
    return result


# ---------------------------------------------------------------- columns


class ColumnPage(VietnameseSlugMixin, RoutablePageMixin, Page):
    """A column (chuyên mục): its articles newest first, its sub-columns, its RSS feed."""

    intro = models.TextField("giới thiệu", blank=True)

    content_panels = TITLE_PANELS + [FieldPanel("intro")]
    parent_page_types = ["news.HomePage", "news.ColumnPage"]
    subpage_types = ["news.ArticlePage", "news.ColumnPage"]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]
    SUB_LEADS = 3

    class Meta:
        verbose_name = "chuyên mục"
        verbose_name_plural = "chuyên mục"

    def articles(self):
        return live_articles().descendant_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = paginate(request, self.articles(), settings.COLUMN_PAGE_SIZE)
        context["articles"] = articles
        context["sub_columns"] = ColumnPage.objects.child_of(self).live().public()
        # Page 1 opens like a newspaper's section front: the newest story as the lead, the
        # next ones as sub-leads, then the list; later pages are the plain list.
        rows = list(articles.object_list)
        if articles.number == 1 and rows:
            context["lead_story"] = rows[0]
            context["sub_leads"] = rows[1 : 1 + self.SUB_LEADS]
            rows = rows[1 + self.SUB_LEADS :]
        context["rows"] = rows
        return context

    @path("")
    def index_route(self, request):
        return self.render(request)

    @path("rss/", name="rss")
    def rss(self, request):
        return ColumnFeed()(request, column=self)


# ---------------------------------------------------------------- thematic pages


class ThematicPage(HeadlessPreviewable, VietnameseSlugMixin, Page):
    """A thematic page (chuyên trang): a curated landing page for a campaign or topic."""

    intro = models.TextField("giới thiệu", blank=True)
    banner_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="ảnh đầu trang",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    start_date = models.DateField("ngày bắt đầu")
    end_date = models.DateField(
        "ngày kết thúc", null=True, blank=True, help_text="Để trống nếu chưa định ngày kết thúc."
    )
    body = StreamField(ThematicBodyBlock(), verbose_name="nội dung", blank=True)

    content_panels = TITLE_PANELS + [
        FieldPanel("intro"),
        FieldPanel("banner_image"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading="Thời gian"),
        FieldPanel("body"),
    ]
    parent_page_types = ["news.HomePage"]
    subpage_types = []
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    api_fields = [
        APIField("intro"),
        APIField("banner_image", serializer=ImageRenditionField("fill-1200x400")),
        APIField("banner", serializer=ImageRepresentationField(source="banner_image")),
        APIField("start_date"),
        APIField("end_date"),
        APIField("is_archived"),
        APIField("body"),
    ]

    class Meta:
        verbose_name = "chuyên trang"
        verbose_name_plural = "chuyên trang"

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "Ngày kết thúc không được trước ngày bắt đầu."})

    @property
    def is_archived(self):
        return bool(self.end_date and self.end_date < timezone.localdate())

    @classmethod
    def in_progress(cls):
        today = timezone.localdate()
        return (
            cls.objects.live()
            .public()
            .filter(start_date__lte=today)
            .filter(models.Q(end_date__isnull=True) | models.Q(end_date__gte=today))
            .order_by("-start_date")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = live_articles().filter(thematic_pages=self)
        context["articles"] = paginate(request, articles, settings.COLUMN_PAGE_SIZE)
        return context


# ---------------------------------------------------------------- articles


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey("news.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE)


class ArticlePage(HeadlessPreviewable, VietnameseSlugMixin, CommentablePage, Page):
    lead = models.TextField("sapo", help_text="Đoạn mở đầu in đậm, văn bản thuần.")
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="ảnh đại diện",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_caption = models.CharField("chú thích ảnh", max_length=500, blank=True)
    hero_credit = models.CharField("nguồn ảnh", max_length=120, blank=True, help_text="Ví dụ: Ảnh: PV.")
    body = StreamField(ArticleBodyBlock(), verbose_name="nội dung", blank=True)
    source = models.CharField("nguồn tin", max_length=255, blank=True)
    tags = ClusterTaggableManager("thẻ", through=ArticlePageTag, blank=True)
    thematic_pages = ParentalManyToManyField(
        "news.ThematicPage", verbose_name="thuộc chuyên trang", blank=True, related_name="articles"
    )

    content_panels = TITLE_PANELS + [
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_caption"), FieldPanel("hero_credit")], heading="Ảnh đại diện"
        ),
        FieldPanel("body"),
        InlinePanel("article_authors", label="Tác giả", min_num=1, heading="Tác giả"),
        InlinePanel("attachments", label="File đính kèm", heading="File đính kèm"),
        FieldPanel("source"),
        FieldPanel("tags"),
        FieldPanel("thematic_pages", widget=forms.CheckboxSelectMultiple),
        InlinePanel("related_links", label="Bài liên quan", heading="Bài liên quan (để trống: tự chọn theo thẻ)"),
        InlinePanel("cited_directives", label="Văn bản", heading="Văn bản chỉ đạo được nhắc đến trong bài"),
    ]
    settings_panels = Page.settings_panels + CommentablePage.COMMENT_PANELS
    parent_page_types = ["news.ColumnPage"]
    subpage_types = []
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("source"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("first_published_at"),
    ]
    route_select_related = ("hero_image",)  # HomePage.route: the article's own image in the same query
    api_fields = [
        APIField("lead"),
        APIField("column", serializer=ColumnSerializer(source="get_parent")),
        APIField("authors", serializer=AuthorListSerializer(source="article_authors")),
        APIField(
            "hero_image",
            serializer=ImageRepresentationField(
                source="*", image="hero_image", caption="hero_caption", credit="hero_credit"
            ),
        ),
        APIField("hero_image_rendition", serializer=ImageRenditionField("fill-1200x675", source="hero_image")),
        APIField("hero_caption"),
        APIField("hero_credit"),
        APIField("body"),
        APIField("source"),
        APIField("tags", serializer=TagObjectsSerializer()),
        APIField("tag_names", serializer=TagListSerializer(source="tags")),
        APIField("attachments", serializer=AttachmentSerializer(many=True)),
        APIField("view_count"),
        APIField("comment_count"),
        APIField("directives", serializer=DirectiveRefsSerializer(source="live_cited_directives")),
        APIField("first_published_at"),
        APIField("last_published_at"),
    ]

    class Meta:
        verbose_name = "bài viết"
        verbose_name_plural = "bài viết"

    # --- what the reader sees

    @cached_property
    def column(self):
        return self.get_parent().specific

    @classmethod
    def api_listing_queryset(cls, queryset):
        """What the API's fields read, in a few queries for the whole listing (issue 11:
        was about ten queries per article)."""
        # Directives sit above news: the citation model (cms.directives.models.ArticleCitation)
        # is reached through the relation it declares on articles, not imported.
        ArticleCitation = cls._meta.get_field("cited_directives").related_model
        views = (
            PageViews.objects.filter(page_id=OuterRef("pk"))
            .order_by()
            .values("page_id")
            .annotate(total=Sum("count"))
            .values("total")
        )
        comments = (
            Comment.objects.filter(page_id=OuterRef("pk"), status=APPROVED)
            .order_by()
            .values("page_id")
            .annotate(total=Count("pk"))
            .values("total")
        )
        return (
            queryset.select_related("locale", "hero_image")
            .prefetch_related(
                # The hero's renditions with the body's images: cms.core.api_representations.prepare_pages
                "tags",
                Prefetch("article_authors", queryset=ArticleAuthor.objects.select_related("author")),
                Prefetch("attachments", queryset=ArticleAttachment.objects.select_related("document")),
                Prefetch(
                    "cited_directives",
                    queryset=ArticleCitation.objects.select_related("directive", "directive__issuer"),
                ),
            )
            .annotate(
                _view_total=Coalesce(Subquery(views, output_field=IntegerField()), 0),
                _approved_comment_count=Coalesce(Subquery(comments, output_field=IntegerField()), 0),
            )
        )

    @property
    def view_count(self):
        if getattr(self, "_view_total", None) is not None:  # api_listing_queryset
            return self._view_total
        return PageViews.total(self.pk)

    @property
    def comment_count(self):
        return self.approved_comment_count()

    @property
    def was_updated(self):
        if not (self.first_published_at and self.last_published_at):
            return False
        threshold = timedelta(minutes=settings.ARTICLE_UPDATED_AFTER_MINUTES)
        return self.last_published_at - self.first_published_at > threshold

    def byline_authors(self):
        authors = [link.author for link in self.article_authors.select_related("author").all()]
        return list(dict.fromkeys(authors))  # the same author chosen twice signs once

    def live_cited_directives(self):
        if "cited_directives" in getattr(self, "_prefetched_objects_cache", {}):
            links = self.cited_directives.all()
        else:
            links = self.cited_directives.select_related("directive", "directive__issuer").all()
        return [link.directive for link in links if link.directive and link.directive.live]

    def attachment_documents(self):
        return [link.document for link in self.attachments.select_related("document").all() if link.document]

    def related_articles(self, limit=4):
        links = self.related_links.select_related("page", "page__hero_image").all()
        chosen = [link.page for link in links if link.page and link.page.live]
        if chosen:
            return chosen[:limit]
        # tags.all(), not values_list(): in previews the tags live in memory only.
        tag_ids = [tag.pk for tag in self.tags.all() if tag.pk]
        if not tag_ids:
            return []
        found = live_articles().filter(tags__in=tag_ids).exclude(pk=self.pk).distinct()
        # Tags are shared by every outlet: without this a ward article listed the city portal's articles.
        home = HomePage.objects.ancestor_of(self).order_by("-depth").first() if self.path else None
        if home is not None:
            found = found.descendant_of(home)
        return list(found.select_related("hero_image")[:limit])

    def absolute_url(self, request):
        # From the request, so the address is the one the reader used (the Site
        # record's port may differ from the development server's).
        return request.build_absolute_uri(self.get_url(request))

    def structured_data(self, request, authors, hero):
        """schema.org NewsArticle with the true publication and modification times."""
        outlet = OutletSettings.for_request(request)
        publisher = {"@type": "NewsMediaOrganization", "name": outlet.name if outlet else ""}
        if outlet and outlet.logo_id:
            publisher["logo"] = {
                "@type": "ImageObject",
                "url": request.build_absolute_uri(outlet.logo.get_rendition("max-600x60").url),
            }
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.lead,
            "mainEntityOfPage": self.absolute_url(request),
            "datePublished": _iso(self.first_published_at),
            "dateModified": _iso(self.last_published_at or self.first_published_at),
            "author": [self._ld_person(request, author) for author in authors],
            "publisher": publisher,
            "inLanguage": "vi",
        }
        column = self.get_parent()
        if column is not None and column.depth > 2:  # a column, not the outlet's home page
            data["articleSection"] = column.title
        if self.hero_image_id:
            # 16:9, 4:3 and 1:1, as Google asks for a NewsArticle's image (one query for
            # the three, made once and kept: cms/core/pictures.py).
            renditions = self.hero_image.get_renditions(*STRUCTURED_DATA_SPECS)
            data["image"] = [request.build_absolute_uri(renditions[spec].url) for spec in STRUCTURED_DATA_SPECS]
        return data

    def _ld_person(self, request, author):
        person = {"@type": "Person", "name": author.byline}
        home = outlet_home_for(request)
        if isinstance(home, HomePage) and author.slug:  # the outlet's author page (/tac-gia/<slug>/)
            person["url"] = request.build_absolute_uri(
                home.get_url(request) + home.reverse_subpage("author", args=[author.slug])
            )
        return person

    def breadcrumb_data(self, request):
        """schema.org BreadcrumbList: home page, columns, the article, as the visible breadcrumb."""
        ancestors = getattr(self, "_route_ancestors", None)  # read by HomePage.route already
        trail = [*(ancestors if ancestors is not None else self.get_ancestors()[1:]), self]
        return {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": page.title,
                    "item": request.build_absolute_uri(page.get_url(request)),
                }
                for position, page in enumerate(trail, start=1)
            ],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Deferred: computed only where the template renders them, so the parts served
        # from the fragment cache (cms/core/fragments.py) cost no query.
        authors = Deferred(self.byline_authors)
        hero = Deferred(lambda: self.hero_image.get_rendition(STRUCTURED_DATA_SPECS[0]) if self.hero_image_id else None)
        context.update(
            hero=hero,
            canonical_url=self.absolute_url(request),
            structured_data=Deferred(lambda: self.structured_data(request, authors(), hero())),
            breadcrumb_data=Deferred(lambda: self.breadcrumb_data(request)),
            authors=authors,
            attachments=Deferred(self.attachment_documents),
            related_articles=Deferred(self.related_articles),
            cited_directives=Deferred(self.live_cited_directives),
            article_tags=Deferred(lambda: list(self.tags.all())),
            views=Deferred(lambda: self.view_count),
            print_view=request.GET.get("print") == "1",
            share=Deferred(lambda: share_links(self.absolute_url(request))),
            # The side column (rendered inside a fragment: no query when it is cached).
            latest_articles=Deferred(lambda: self.side_latest(request)),
            column_articles=Deferred(self.side_same_column),
            most_read=Deferred(lambda: self.side_most_read(request)),
        )
        return context

    # --- the side column: Tin mới, Cùng chuyên mục, Đọc nhiều

    SIDE_SIZE = 5

    def _side_articles(self, queryset):
        # Titles, dates and URLs only: no image, no renditions query.
        return list(
            queryset.exclude(pk=self.pk)
            .select_related(None)
            .prefetch_related(None)
            .only("pk", "title", "url_path", "path", "depth", "first_published_at", "locale_id")[: self.SIDE_SIZE]
        )

    def side_latest(self, request):
        home = outlet_home_for(request)
        if not isinstance(home, HomePage):
            return []
        return self._side_articles(live_articles().descendant_of(home))

    def side_same_column(self):
        column = self.get_parent()
        if column is None or column.depth <= 2:
            return []
        return self._side_articles(live_articles().descendant_of(column))

    def side_most_read(self, request):
        home = outlet_home_for(request)
        return most_read_articles(home) if isinstance(home, HomePage) else []

    # Views are counted by the page's 1×1 image (cms/core/view_counter.py, issue 11):
    # the page itself is served from caches where no code runs.

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        for url in urls:
            url["changefreq"] = "weekly"
        return urls


class ArticleAuthor(Orderable):
    article = ParentalKey(ArticlePage, related_name="article_authors", on_delete=models.CASCADE)
    author = models.ForeignKey(Author, verbose_name="tác giả", on_delete=models.PROTECT, related_name="article_links")

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = "tác giả của bài"


class ArticleAttachment(Orderable):
    article = ParentalKey(ArticlePage, related_name="attachments", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name="tài liệu", on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = "file đính kèm"


class RelatedArticle(Orderable):
    article = ParentalKey(ArticlePage, related_name="related_links", on_delete=models.CASCADE)
    page = models.ForeignKey(ArticlePage, verbose_name="bài", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = "bài liên quan"
