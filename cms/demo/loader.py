"""Loads the demo content: two outlets (city Party Committee portal and a district
news site) with columns, thematic pages, authors, articles, pictures, documents,
page views and demo users.

`load_demo()` is idempotent: if the city outlet's home page exists it does nothing.
"""

import os
import random
import secrets
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler as search_post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from cms.core.models import OutletSettings, PageViews
from cms.core.text import vn_slugify
from cms.news.models import (
    ArticleAttachment,
    ArticleAuthor,
    ArticlePage,
    Author,
    ColumnPage,
    HomePage,
    RelatedArticle,
    ThematicPage,
)

from . import bodies, directives, forums, media
from .articles import CITY_ARTICLES, DISTRICT_ARTICLES, RECENT
from .content import (
    AUTHORS,
    CITY,
    COLUMN_AUTHORS,
    COLUMNS,
    DISTRICT,
    DOCUMENTS,
    HERO_CREDITS,
    HERO_IMAGES,
    LOGOS,
    OUTLETS,
    THEMATIC_PAGES,
    USERS,
)

ALREADY_LOADED = "Nội dung mẫu đã có sẵn, bỏ qua."
LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
# Outlets and columns "went online" before the oldest demo article.
SITE_LAUNCH = datetime(2023, 1, 2, 8, 0, tzinfo=LOCAL_TZ)
SEED = 20260101


class _Out:
    def __init__(self, stream):
        self.stream = stream

    def __call__(self, message):
        if self.stream is not None:
            self.stream.write(message + ("" if message.endswith("\n") else "\n"))


def is_loaded():
    return HomePage.objects.filter(slug=OUTLETS[CITY]["slug"], depth=2).exists()


def load_demo(stdout=None, password=None):
    """Create the demo content. Returns a summary dict, or None if it was already there.

    stdout: a stream for progress messages (None: silent). password: for the demo users;
    default DEMO_USER_PASSWORD, then DEMO_ADMIN_PASSWORD, else a random one (returned and printed).
    """
    out = _Out(stdout)
    if is_loaded():
        directives.load(out)  # a demo loaded before the directive libraries existed gets them now
        forums.load(out)  # likewise the forums and readers' comments
        out(ALREADY_LOADED)
        return None
    loader = _Loader(out, timezone.now())
    with transaction.atomic():
        with _indexing_deferred():
            summary = loader.run(password)
        _index_everything(out)
    out(
        "Xong: {outlets} cơ quan báo chí, {columns} chuyên mục, {thematic_pages} chuyên trang, "
        "{articles} bài viết, {authors} tác giả, {images} ảnh, {documents} tài liệu.".format(**summary)
    )
    return summary


@contextmanager
def _indexing_deferred():
    """Every page is saved three or four times while it is built; updating the search
    and reference indexes on each save would make up most of the load time, so both
    are switched off here and each object is indexed once at the end."""
    models = [m for m in search_index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(search_post_save, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(search_post_save, sender=model)


def _index_everything(out):
    objects = list(Page.objects.filter(depth__gt=1).specific())
    objects += list(get_image_model().objects.all())
    objects += list(get_document_model().objects.all())
    objects += list(Author.objects.all())
    objects += list(OutletSettings.objects.all())
    for obj in objects:
        if search_index.class_is_indexed(type(obj)):
            search_index.insert_or_update_object(obj)
        if ReferenceIndex.is_indexed(type(obj)):
            ReferenceIndex.create_or_update_for_object(obj)
    out(f"Chỉ mục tìm kiếm và tham chiếu: {len(objects)} đối tượng")


def _local(value):
    return datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=LOCAL_TZ)


def _slug(title, taken):
    base = vn_slugify(title)[:70].rstrip("-")
    if len(vn_slugify(title)) > 70 and "-" in base:
        base = base.rsplit("-", 1)[0]
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def _publish(page, when=None, last=None):
    """Publish the page's current state; backdate it to `when` (and `last` if it was updated)."""
    revision = page.save_revision()
    revision.publish()
    if when is not None:
        last = last or when
        type(page).objects.filter(pk=page.pk).update(
            first_published_at=when, last_published_at=last, latest_revision_created_at=last
        )
        Revision.objects.filter(pk=revision.pk).update(created_at=last)
        PageLogEntry.objects.filter(page_id=page.pk).update(timestamp=when)
        page.first_published_at, page.last_published_at, page.latest_revision_created_at = when, last, last
    return page


class _Loader:
    def __init__(self, out, now):
        self.out = out
        self.now = now
        self.rng = random.Random(SEED)
        self.images = {}
        self.documents = {}
        self.authors = {}
        self.homes = {}
        self.columns = {}
        self.column_specs = {}
        self.thematic = {}
        self.articles = []  # (spec, page, outlet)

    def run(self, password):
        self.remove_starter_site()
        self.make_images()
        self.make_documents()
        self.make_authors()
        for outlet in (CITY, DISTRICT):
            self.make_outlet(outlet)
        self.make_thematic_pages()
        self.make_articles()
        self.fill_thematic_pages()
        self.set_lead_stories()
        library = directives.load(self.out, self.now)
        views = self.make_page_views()
        users, generated = self.make_users(password)
        discussion = forums.load(self.out, self.now)  # after the users: the moderator signs the moderation
        summary = {
            "images": len(self.images),
            "documents": len(self.documents),
            "authors": len(self.authors),
            "outlets": len(self.homes),
            "columns": len(self.columns),
            "thematic_pages": len(self.thematic),
            "articles": len(self.articles),
            "directive_library": library,
            "forums": discussion,
            "page_views_rows": views,
            "users": users,
            "generated_password": generated,
        }
        return summary

    # ------------------------------------------------------------ starter site

    def remove_starter_site(self):
        """Wagtail's "Welcome to your new Wagtail site!" page (slug "home", plain Page) and its Site."""
        page_type = ContentType.objects.get_for_model(Page)
        for page in Page.objects.filter(depth=2, slug="home", content_type=page_type):
            Site.objects.filter(root_page=page).delete()
            page.delete()
            self.out("Đã xóa trang chào mừng mặc định của Wagtail.")

    # ------------------------------------------------------------ media

    def make_images(self):
        for key, (title, caption, motif, top, bottom, accent) in HERO_IMAGES.items():
            seed = sum(map(ord, key))
            buffer = media.draw_hero(caption, motif, top, bottom, accent, seed=seed)
            self.images[key] = media.save_image(title, buffer, f"{key}.jpg")
        for key, (title, outlet, tagline, color) in LOGOS.items():
            buffer = media.draw_logo(OUTLETS[outlet]["settings"]["name"], tagline, color)
            self.images[key] = media.save_image(title, buffer, f"{key}.png")
        self.out(f"Ảnh: {len(self.images)}")

    def make_documents(self):
        for key, spec in DOCUMENTS.items():
            content = media.make_pdf_bytes({**spec, "title": spec["title_long"]})
            self.documents[key] = media.save_document(spec["title"], content, spec["filename"])
        self.out(f"Tài liệu PDF: {len(self.documents)}")

    def make_authors(self):
        for key, (name, pen_name, role, bio, colors) in AUTHORS.items():
            photo = None
            if colors:
                shown = pen_name or name
                initials = "".join(word[0] for word in shown.split()[-2:]).upper()
                buffer = media.draw_avatar(shown, initials, *colors)
                photo = media.save_image(f"Ảnh tác giả {name}", buffer, f"tac-gia-{key}.jpg")
                self.images[f"tac-gia-{key}"] = photo
            self.authors[key] = Author.objects.create(name=name, pen_name=pen_name, role=role, bio=bio, photo=photo)
        self.out(f"Tác giả: {len(self.authors)}")

    # ------------------------------------------------------------ outlets and columns

    def make_outlet(self, outlet):
        spec = OUTLETS[outlet]
        root = Page.objects.get(depth=1)
        home = HomePage(title=spec["title"], slug=spec["slug"])
        root.add_child(instance=home)
        _publish(home, SITE_LAUNCH)
        if spec["is_default_site"]:
            Site.objects.filter(is_default_site=True).update(is_default_site=False)
        site, _ = Site.objects.update_or_create(
            hostname=spec["hostname"],
            port=80,
            defaults={"root_page": home, "is_default_site": spec["is_default_site"], "site_name": spec["title"]},
        )
        outlet_settings = OutletSettings.for_site(site)
        for field, value in spec["settings"].items():
            setattr(outlet_settings, field, value)
        outlet_settings.logo = self.images[spec["logo"]]
        outlet_settings.save()
        self.homes[outlet] = home

        count = 0
        for column_spec in COLUMNS[outlet]:
            column = self.make_column(home, column_spec)
            count += 1
            for child_spec in column_spec.get("children", []):
                self.make_column(column, child_spec)
                count += 1
        self.out(f"Cơ quan báo chí: {spec['title']} ({spec['hostname']}), {count} chuyên mục")

    def make_column(self, parent, spec):
        column = ColumnPage(title=spec["title"], slug=spec["key"], intro=spec["intro"], show_in_menus=True)
        parent.add_child(instance=column)
        _publish(column, SITE_LAUNCH)
        self.columns[spec["key"]] = column
        self.column_specs[spec["key"]] = spec
        return column

    def make_thematic_pages(self):
        home = self.homes[CITY]
        for key, spec in THEMATIC_PAGES.items():
            start = date.fromisoformat(spec["start"])
            page = ThematicPage(
                title=spec["title"],
                slug=key,
                intro=spec["intro"],
                banner_image=self.images[spec["banner"]],
                start_date=start,
                end_date=date.fromisoformat(spec["end"]) if spec["end"] else None,
                live=False,  # published once its body can point at the articles
            )
            home.add_child(instance=page)
            self.thematic[key] = page
        self.out(f"Chuyên trang: {len(self.thematic)}")

    # ------------------------------------------------------------ articles

    def publication_times(self, spec):
        rng = self.rng
        if spec.when:
            first = _local(spec.when)
        else:
            low, high = spec.age
            first = self.now - timedelta(days=rng.uniform(low, high))
            if spec.age != RECENT:
                local = timezone.localtime(first, LOCAL_TZ)
                first = datetime.combine(local.date(), time(rng.randint(6, 21), rng.randint(0, 59)), LOCAL_TZ)
            if spec.updated:
                first = min(first, self.now - timedelta(hours=3))
        first = min(first, self.now - timedelta(minutes=10))
        last = None
        if spec.updated:
            last = min(first + timedelta(hours=rng.uniform(2.5, 26)), self.now - timedelta(minutes=5))
        return first, last

    def make_articles(self):
        planned = []
        for outlet, specs in ((CITY, CITY_ARTICLES), (DISTRICT, DISTRICT_ARTICLES)):
            for spec in specs:
                first, last = self.publication_times(spec)
                planned.append((first, last, outlet, spec))
        planned.sort(key=lambda item: item[0])  # oldest first: related links point to older articles
        slugs = {}
        for number, (first, last, outlet, spec) in enumerate(planned, start=1):
            page = self.make_article(spec, outlet, first, last, slugs.setdefault(spec.column, set()))
            self.articles.append((spec, page, outlet))
            if number % 20 == 0 or number == len(planned):
                self.out(f"Bài viết: {number}/{len(planned)}")

    def make_article(self, spec, outlet, first, last, taken_slugs):
        rng = self.rng
        column = self.columns[spec.column]
        column_images = self.column_specs[spec.column]["images"]
        hero_key = spec.hero or rng.choice(column_images)
        doc = self.documents.get(spec.document)
        body = bodies.body_for(spec, rng, spec.column, {"all": self.images, "hero_key": hero_key}, doc)
        page = ArticlePage(
            title=spec.title,
            slug=_slug(spec.title, taken_slugs),
            lead=spec.lead,
            hero_image=self.images[hero_key],
            hero_caption=spec.caption or HERO_IMAGES[hero_key][1] + ".",
            hero_credit=rng.choice(HERO_CREDITS),
            body=body,
            source="Chỉ thị số 23-CT/TU của Ban Thường vụ Thành ủy Cần Thơ" if spec.custom == "directive_23" else "",
            thematic_pages=[self.thematic[key] for key in spec.thematic],
        )
        for order, author in enumerate(self.pick_authors(spec)):
            page.article_authors.add(ArticleAuthor(author=author, sort_order=order))
        if doc is not None:
            page.attachments.add(ArticleAttachment(document=doc, sort_order=0))
        for order, related in enumerate(self.pick_related(spec, outlet)):
            page.related_links.add(RelatedArticle(page=related, sort_order=order))
        column.add_child(instance=page)
        if spec.tags:
            page.tags.add(*spec.tags)
        return _publish(page, first, last)

    def pick_authors(self, spec):
        if spec.custom == "directive_23":
            return [self.authors["minh-khoi"], self.authors["tuyet-mai"]]
        rng = self.rng
        candidates = COLUMN_AUTHORS[spec.column]
        count = min(rng.choices([1, 2, 3], weights=[6, 3, 1])[0], len(candidates))
        first = candidates[0] if rng.random() < 0.5 else rng.choice(candidates)
        others = [key for key in rng.sample(candidates, k=len(candidates)) if key != first]
        return [self.authors[key] for key in [first] + others[: count - 1]]

    def pick_related(self, spec, outlet):
        """Hand-picked related articles for about one article in three: older ones sharing a tag."""
        if self.rng.random() > 0.35:
            return []
        tags = set(spec.tags)
        same_outlet = [(s, p) for s, p, o in self.articles if o == outlet]
        sharing = [p for s, p in same_outlet if tags & set(s.tags)]
        same_column = [p for s, p in same_outlet if s.column == spec.column and p not in sharing]
        pool = sharing[-3:] + same_column[-2:]
        return pool[: self.rng.randint(2, 3)] if len(pool) >= 2 else []

    # ------------------------------------------------------------ thematic bodies, lead stories

    def fill_thematic_pages(self):
        def find(prefix):
            return next(page for _spec, page, _outlet in self.articles if page.title.startswith(prefix))

        for key, spec in THEMATIC_PAGES.items():
            page = self.thematic[key]
            members = [p for s, p, _o in self.articles if key in s.thematic]
            page.body = bodies.thematic_body(
                key,
                spec,
                {
                    "banner": self.images[spec["banner"]],
                    "articles": members,
                    "columns": self.columns,
                    "documents": self.documents,
                    "find": find,
                },
            )
            start = datetime.combine(page.start_date, time(7, 30), LOCAL_TZ)
            _publish(page, start)

    def set_lead_stories(self):
        for spec, page, outlet in self.articles:
            if spec.featured:
                home = self.homes[outlet]
                home.lead_story = page
                _publish(home, SITE_LAUNCH, self.now)

    # ------------------------------------------------------------ page views

    def make_page_views(self):
        rng = self.rng
        today = timezone.localdate()
        rows = []
        for spec, page, _outlet in self.articles:
            published = timezone.localtime(page.first_published_at, LOCAL_TZ).date()
            if spec.custom == "directive_23":
                rows.append(PageViews(page_id=page.pk, day=published, count=297))
                continue
            age_days = (today - published).days
            total = rng.lognormvariate(6.3, 0.8)
            if age_days <= 10:
                # A fresh article: most readers on its first days, fewer after.
                total *= rng.uniform(1.0, 1.8)
                days = [published + timedelta(days=d) for d in range(age_days + 1)]
                weights = [0.55**d for d in range(len(days))]
            else:
                # An older one: a launch day, then a trickle in the last ten days for some.
                days = [published]
                weights = [1.0]
                if rng.random() < 0.6:
                    recent = rng.sample(range(10), k=rng.randint(2, 8))
                    days += [today - timedelta(days=d) for d in sorted(recent)]
                    weights += [0.02 + rng.random() * 0.03 for _ in recent]
            scale = min(2600, max(50, total)) / sum(weights)
            for day, weight in zip(days, weights, strict=True):
                count = max(1, int(weight * scale * rng.uniform(0.85, 1.15)))
                rows.append(PageViews(page_id=page.pk, day=day, count=count))
        PageViews.objects.bulk_create(rows)
        self.out(f"Lượt xem: {len(rows)} dòng theo ngày")
        return len(rows)

    # ------------------------------------------------------------ users

    def make_users(self, password):
        User = get_user_model()
        generated = None
        password = password or os.environ.get("DEMO_USER_PASSWORD") or os.environ.get("DEMO_ADMIN_PASSWORD")
        created = []
        for username, (first_name, last_name, group_names) in USERS.items():
            if User.objects.filter(username=username).exists():
                continue
            if not password:
                password = generated = secrets.token_urlsafe(12)
            user = User.objects.create_user(
                username=username,
                email=f"{username}@example.invalid",
                password=password,
                first_name=first_name,
                last_name=last_name,
            )
            for name in group_names:
                group = Group.objects.filter(name=name).first()
                if group is None:
                    self.out(f"Cảnh báo: không có nhóm '{name}', bỏ qua cho tài khoản {username}.")
                    continue
                user.groups.add(group)
            created.append(username)
        if created:
            self.out(f"Tài khoản thử nghiệm: {', '.join(created)}")
        if generated:
            self.out(f"Mật khẩu chung của các tài khoản thử nghiệm (chỉ in một lần, hãy ghi lại): {generated}")
        return created, generated
