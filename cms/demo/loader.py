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
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from cms.core.models import OutletSettings, PageViews
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

from . import bodies, consultation, content, directives, exemplars, forums, media
from .common import CITY, DISTRICT, LOCAL_TZ, SITE_LAUNCH, Out, homes, local, publish, slug

ALREADY_LOADED = "Nội dung mẫu đã có sẵn, bỏ qua."
SEED = 20260101


def is_loaded():
    return HomePage.objects.filter(slug=content.load().outlets[CITY]["slug"], depth=2).exists()


def load_demo(stdout=None, password=None):
    """Create the demo content. Returns a summary dict, or None if it was already there.

    stdout: a stream for progress messages (None: silent). password: for the demo users;
    default DEMO_USER_PASSWORD, then DEMO_ADMIN_PASSWORD, else a random one (returned and printed).
    Every data file is read and checked first (content.load): a bad file stops the load
    with content.DemoDataError before anything is written.
    """
    out = Out(stdout)
    data = content.load()
    if is_loaded():
        # A demo loaded before the directive libraries or the forums existed gets them now.
        with transaction.atomic():
            load_libraries(out, timezone.now())
            forums.load(data, out)
            consultation.load(data, out, timezone.now())  # issue 15: drafts in parts, a response
        out(ALREADY_LOADED)
        return None
    loader = _Loader(data, out, timezone.now())
    with transaction.atomic():
        with _indexing_deferred():
            summary = loader.run(password)
        _index_everything(out)
    media.pregenerate_renditions(out)
    out(
        "Xong: {outlets} cơ quan báo chí, {columns} chuyên mục, {thematic_pages} chuyên trang, "
        "{articles} bài viết, {authors} tác giả, {images} ảnh, {documents} tài liệu.".format(**summary)
    )
    return summary


def load_libraries(out, now):
    """The directive libraries, then the exemplar registries (which cite the directives), then
    their blocks on the home and thematic pages; one line of counts. None if both were there."""
    data = content.load()
    pages = homes(data)
    if pages is None:
        return None
    new_library, new_registry = not directives.is_loaded(pages), not exemplars.is_loaded(pages)
    if not (new_library or new_registry):
        # A demo loaded before directives had tasks (issue 15) gets them now.
        tasks = directives.load_tasks(data, pages)
        if tasks:
            out(f"Nhiệm vụ của văn bản chỉ đạo: {tasks}.")
        return None
    for outlet, home in pages.items():  # side by side in each outlet's menu
        if new_library:
            directives.make_index(data, home, outlet)
        if new_registry:
            exemplars.make_index(data, home, outlet)
    library = directives.load(data, now, pages) if new_library else None
    registry = exemplars.load(data, now, pages) if new_registry else None
    directives.show_on_home_and_thematic_page(data, now)
    tasks = directives.load_tasks(data, pages)  # after the registries: reports link exemplars
    summary = {**dict.fromkeys(("directives", "directive_pdfs", "citations", "issuers"), 0), **(library or {})}
    summary["tasks"] = tasks
    summary.update(dict.fromkeys(("exemplars", "exemplar_images", "nominations", "localities", "sectors"), 0))
    summary.update(registry or {})
    out(
        "Văn bản chỉ đạo: {directives} ({directive_pdfs} file PDF mới, {citations} lượt bài viết trích dẫn, "
        "{tasks} nhiệm vụ); "
        "điển hình tiên tiến: {exemplars}; đề cử: {nominations}; {issuers} cơ quan ban hành, {localities} "
        "phường, xã, {sectors} lĩnh vực.".format(**summary)
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


class _Loader:
    def __init__(self, data, out, now):
        self.data = data
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
        library = load_libraries(self.out, self.now)
        views = self.make_page_views()
        users, generated = self.make_users(password)
        discussion = forums.load(self.data, self.out, self.now)  # after the users: the moderator signs the moderation
        drafts = consultation.load(self.data, self.out, self.now)
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
            "consultation": drafts,
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
        for key, picture in self.data.hero_images.items():
            seed = sum(map(ord, key))
            buffer = media.draw_hero(picture["motif"], picture["top"], picture["bottom"], picture["accent"], seed=seed)
            self.images[key] = media.save_image(picture["title"], buffer, f"{key}.jpg")
        for key, logo in self.data.logos.items():
            buffer = media.draw_logo(
                self.data.outlets[logo["outlet"]]["settings"]["name"], logo["tagline"], logo["color"]
            )
            self.images[key] = media.save_image(logo["title"], buffer, f"{key}.png")
        self.out(f"Ảnh: {len(self.images)}")

    def make_documents(self):
        for key, spec in self.data.documents.items():
            content = media.make_pdf_bytes({**spec, "title": spec["title_long"]})
            self.documents[key] = media.save_document(spec["title"], content, spec["filename"])
        self.out(f"Tài liệu PDF: {len(self.documents)}")

    def make_authors(self):
        for key, spec in self.data.authors.items():
            name, pen_name, role, bio = spec["name"], spec["pen_name"], spec["role"], spec["bio"]
            photo = None
            if "portrait" in spec:
                shown = pen_name or name
                initials = "".join(word[0] for word in shown.split()[-2:]).upper()
                buffer = media.draw_avatar(shown, initials, spec["portrait"]["top"], spec["portrait"]["bottom"])
                photo = media.save_image(f"Ảnh tác giả {name}", buffer, f"tac-gia-{key}.jpg")
                self.images[f"tac-gia-{key}"] = photo
            self.authors[key] = Author.objects.create(name=name, pen_name=pen_name, role=role, bio=bio, photo=photo)
        self.out(f"Tác giả: {len(self.authors)}")

    # ------------------------------------------------------------ outlets and columns

    def make_outlet(self, outlet):
        spec = self.data.outlets[outlet]
        root = Page.objects.get(depth=1)
        home = HomePage(title=spec["title"], slug=spec["slug"])
        root.add_child(instance=home)
        publish(home, SITE_LAUNCH)
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
        for column_spec in self.data.columns[outlet]:
            column = self.make_column(home, column_spec)
            count += 1
            for child_spec in column_spec.get("children", []):
                self.make_column(column, child_spec)
                count += 1
        self.out(f"Cơ quan báo chí: {spec['title']} ({spec['hostname']}), {count} chuyên mục")

    def make_column(self, parent, spec):
        column = ColumnPage(title=spec["title"], slug=spec["key"], intro=spec["intro"], show_in_menus=True)
        parent.add_child(instance=column)
        publish(column, SITE_LAUNCH)
        self.columns[spec["key"]] = column
        self.column_specs[spec["key"]] = spec
        return column

    def make_thematic_pages(self):
        home = self.homes[CITY]
        for key, spec in self.data.thematic_pages.items():
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
            first = local(spec.when)
        else:
            low, high = spec.age
            first = self.now - timedelta(days=rng.uniform(low, high))
            if high >= 1:  # a range that ends within a day keeps its exact moment (the news sitemap)
                day = timezone.localtime(first, LOCAL_TZ).date()
                first = datetime.combine(day, time(rng.randint(6, 21), rng.randint(0, 59)), LOCAL_TZ)
            if spec.updated:
                first = min(first, self.now - timedelta(hours=3))
        first = min(first, self.now - timedelta(minutes=10))
        last = None
        if spec.updated:
            last = min(first + timedelta(hours=rng.uniform(2.5, 26)), self.now - timedelta(minutes=5))
        return first, last

    def make_articles(self):
        planned = []
        for spec in self.data.articles:  # in file order: the random draws follow it
            first, last = self.publication_times(spec)
            planned.append((first, last, spec.outlet, spec))
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
        body = bodies.body_for(self.data, spec, rng, {"all": self.images, "hero_key": hero_key}, doc)
        page = ArticlePage(
            title=spec.title,
            slug=slug(spec.title, taken_slugs),
            lead=spec.lead,
            hero_image=self.images[hero_key],
            hero_caption=spec.caption or self.data.hero_images[hero_key]["caption"] + ".",
            hero_credit=rng.choice(self.data.hero_credits),
            body=body,
            source=spec.source,
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
        return publish(page, first, last)

    def pick_authors(self, spec):
        if spec.authors:
            return [self.authors[key] for key in spec.authors]
        rng = self.rng
        candidates = self.data.column_authors[spec.column]
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

        for key, spec in self.data.thematic_pages.items():
            page = self.thematic[key]
            members = [p for s, p, _o in self.articles if key in s.thematic]
            page.body = bodies.thematic_body(
                self.data,
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
            publish(page, start)

    def set_lead_stories(self):
        for spec, page, outlet in self.articles:
            if spec.featured:
                home = self.homes[outlet]
                home.lead_story = page
                publish(home, SITE_LAUNCH, self.now)

    # ------------------------------------------------------------ page views

    def make_page_views(self):
        rng = self.rng
        today = timezone.localdate()
        rows = []
        for spec, page, _outlet in self.articles:
            published = timezone.localtime(page.first_published_at, LOCAL_TZ).date()
            if spec.views is not None:
                rows.append(PageViews(page_id=page.pk, day=published, count=spec.views))
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
        for username, spec in self.data.users.items():
            first_name, last_name, group_names = spec["first_name"], spec["last_name"], spec["groups"]
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
