"""Builders for test content: an outlet (Site + HomePage), columns, authors, articles."""

import io
from datetime import date, timedelta

import factory
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from cms.core.models import OutletSettings
from cms.news.models import ArticleAttachment, ArticleAuthor, ArticlePage, Author, ColumnPage, HomePage, ThematicPage


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Nguyễn Văn Tác Giả {n}")
    pen_name = factory.Sequence(lambda n: f"Bút danh {n}")
    role = "Phóng viên"


def make_image(title="Ảnh thử", size=(800, 450), color=(180, 30, 30)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, color).save(buffer, "JPEG")
    return get_image_model().objects.create(title=title, file=ImageFile(buffer, name="anh-thu.jpg"))


def make_document(title="Văn bản thử", content=b"%PDF-1.4 test document", name="van-ban.pdf"):
    return get_document_model().objects.create(title=title, file=ContentFile(content, name=name))


def make_outlet(
    title="Cổng thông tin thử nghiệm",
    slug="thu-nghiem",
    hostname="localhost",
    default=True,
    theme="thanhpho",
    name=None,
):
    root = Page.objects.get(depth=1)
    home = HomePage(title=title, slug=slug)
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.create(hostname=hostname, port=80, root_page=home, is_default_site=default, site_name=title)
    settings = OutletSettings.for_site(site)
    settings.name = name or title
    settings.theme = theme
    settings.licence = "Giấy phép số 01/GP-TTĐT"
    settings.save()
    return home


def make_column(parent, title="Thời sự", **kwargs):
    column = ColumnPage(title=title, intro=f"Tin tức {title.lower()}", show_in_menus=True, **kwargs)
    parent.add_child(instance=column)
    column.save_revision().publish()
    return column


def make_article(
    column,
    title="Bài viết thử nghiệm",
    lead="Sapo của bài viết thử nghiệm.",
    authors=(),
    tags=(),
    attachments=(),
    published_at=None,
    publish=True,
    body=None,
    **kwargs,
):
    article = ArticlePage(
        title=title, lead=lead, body=body or [("paragraph", "<p>Nội dung bài viết.</p>")], live=publish, **kwargs
    )
    for order, author in enumerate(authors):
        article.article_authors.add(ArticleAuthor(author=author, sort_order=order))
    for order, document in enumerate(attachments):
        article.attachments.add(ArticleAttachment(document=document, sort_order=order))
    column.add_child(instance=article)
    if tags:
        article.tags.add(*tags)
    revision = article.save_revision()
    if publish:
        revision.publish()
        if published_at is not None:
            ArticlePage.objects.filter(pk=article.pk).update(
                first_published_at=published_at, last_published_at=published_at
            )
        article.refresh_from_db()
    return article


def make_thematic(home, title="Chuyên trang thử", start=None, end=None, **kwargs):
    page = ThematicPage(
        title=title, start_date=start or date.today() - timedelta(days=30), end_date=end, intro="Giới thiệu", **kwargs
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def hours_ago(hours):
    return timezone.now() - timedelta(hours=hours)


def quick_articles(column, count, prefix="Tin số"):
    """`count` live articles, one hour apart (`{prefix} 0` is the oldest), without revisions."""
    start = timezone.now() - timedelta(hours=count + 1)
    for n in range(count):
        when = start + timedelta(hours=n)
        column.add_child(
            instance=ArticlePage(
                title=f"{prefix} {n}", lead="Sapo.", live=True, first_published_at=when, last_published_at=when
            )
        )


TEST_PASSWORD = "mat-khau-thu-nghiem"


def make_user(username, *group_names, outlet=None, **fields):
    """A newsroom user in the named groups (which must exist). A bare role name
    ("Phóng viên", EDITORS...) means that role's group in `outlet`, or in the only
    outlet there is: each outlet has its own role groups (cms/core/newsroom.py)."""
    from cms.core.newsroom import ROLE_NAMES, outlet_groups

    user = User.objects.create_user(username=username, password=TEST_PASSWORD, **fields)
    roles = {name: role for role, name in ROLE_NAMES.items()}
    groups = []
    for name in group_names:
        if name in roles:
            if outlet is None:
                homes = list(HomePage.objects.all())
                assert len(homes) == 1, f"Vai trò '{name}' cần chỉ rõ cơ quan (outlet=): có {len(homes)} cơ quan"
                outlet = homes[0]
            groups.append(outlet_groups(outlet)[roles[name]])
        else:
            groups.append(Group.objects.get(name=name))
    user.groups.add(*groups)
    return user


# ---------------------------------------------------------------- directives and exemplars


def make_issuer(name="Ban Thường vụ Thành ủy Cần Thơ", short_name="BTV Thành ủy", code="TU", level="thanh-uy"):
    from cms.directives.models import Issuer

    return Issuer.objects.create(name=name, short_name=short_name, code=code, level=level)


def make_library(home, title="Văn bản chỉ đạo", slug="van-ban"):
    from cms.directives.models import DirectiveIndexPage

    library = DirectiveIndexPage(title=title, slug=slug, intro="Nghị quyết, chỉ thị, kế hoạch của các cấp.")
    home.add_child(instance=library)
    library.save_revision().publish()
    return library


def make_directive(
    library,
    number="23-CT/TU",
    kind="chi-thi",
    issuer=None,
    issued_on=date(2023, 5, 15),
    summary="về tăng cường sự lãnh đạo của Đảng đối với công tác học tập, quán triệt nghị quyết",
    title=None,
    publish=True,
    files=(),
    **fields,
):
    from cms.directives.kinds import KINDS
    from cms.directives.models import DirectiveFile, DirectivePage

    page = DirectivePage(
        title=title or f"{KINDS[kind][0]} số {number}",
        number=number,
        kind=kind,
        issuer=issuer or make_issuer(),
        issued_on=issued_on,
        summary=summary,
        signer=fields.pop("signer", "Nguyễn Văn Hiếu"),
        signer_position=fields.pop("signer_position", "Bí thư Thành ủy"),
        live=publish,
        **fields,
    )
    for order, document in enumerate(files):
        page.files.add(DirectiveFile(document=document, is_original=order == 0, sort_order=order))
    page.full_clean(exclude=["path", "depth", "slug"])
    library.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page


def make_registry(home, title="Điển hình tiên tiến", slug="dien-hinh"):
    from cms.exemplars.models import ExemplarIndexPage

    registry = ExemplarIndexPage(title=title, slug=slug, intro="Những tấm gương tiêu biểu.")
    home.add_child(instance=registry)
    registry.save_revision().publish()
    return registry


def make_locality(name="Phường Ninh Kiều", kind="phuong"):
    from cms.exemplars.models import Locality

    return Locality.objects.get_or_create(name=name, defaults={"kind": kind})[0]


def make_sector(name="Xây dựng Đảng"):
    from cms.exemplars.models import Sector

    return Sector.objects.get_or_create(name=name)[0]


def make_exemplar(
    registry,
    title="Chi bộ khu vực 3 học nghị quyết bằng hỏi đáp",
    kind="tap-the",
    locality=None,
    sector=None,
    summary="Chi bộ đổi mới cách học nghị quyết, đảng viên tham gia đầy đủ.",
    directives=(),
    articles=(),
    recognitions=(),
    publish=True,
    **fields,
):
    from cms.exemplars.models import ExemplarArticle, ExemplarDirective, ExemplarPage, Recognition

    page = ExemplarPage(
        title=title,
        kind=kind,
        locality=locality or make_locality(),
        sector=sector or make_sector(),
        summary=summary,
        story=[("paragraph", "<p>Câu chuyện của điển hình.</p>")],
        live=publish,
        **fields,
    )
    for order, directive in enumerate(directives):
        page.carried_directives.add(ExemplarDirective(directive=directive, sort_order=order))
    for order, article in enumerate(articles):
        page.related_links.add(ExemplarArticle(article=article, sort_order=order))
    for order, (award, body, number, year) in enumerate(recognitions):
        page.recognitions.add(
            Recognition(award=award, granting_body=body, decision_number=number, year=year, sort_order=order)
        )
    registry.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page


def cite(article, *directives):
    """The article cites the directives (as the chooser on its edit screen does)."""
    from cms.directives.models import ArticleCitation

    for order, directive in enumerate(directives):
        article.cited_directives.add(ArticleCitation(directive=directive, sort_order=order))
    article.save_revision().publish()
    article.refresh_from_db()
    return article


def make_forum(home, title="Góp ý dự thảo Nghị quyết về chuyển đổi số", slug="chuyen-doi-so", sections=None):
    """An open forum (opened 10 days ago, closing in 20) under a new forum index, with two sections."""
    from cms.forums.models import ForumIndexPage, ForumPage, ForumSection

    index = ForumIndexPage(title="Diễn đàn góp ý", slug="dien-dan")
    home.add_child(instance=index)
    index.save_revision().publish()
    now = timezone.now()
    forum = ForumPage(
        title=title,
        slug=slug,
        subject="<p>Dự thảo Nghị quyết của Ban Chấp hành Đảng bộ thành phố.</p>",
        opens_at=now - timedelta(days=10),
        closes_at=now + timedelta(days=20),
    )
    for order, section in enumerate(sections or ["Mục 1: Hạ tầng số", "Mục 2: Chính quyền số"]):
        forum.sections.add(ForumSection(title=section, sort_order=order))
    index.add_child(instance=forum)
    forum.save_revision().publish()
    forum.refresh_from_db()
    return forum
