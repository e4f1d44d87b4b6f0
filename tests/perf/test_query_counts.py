"""Issue 11: each reader page costs at most 15 SQL queries, and the same number
whether it shows 1 or 10 authors, tags, attachments, related items, citations
and comments (no query per item). Counted on an uncached render by an
anonymous reader through the whole middleware stack (Django test client)."""

import itertools
import os
from datetime import date
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    AuthorFactory,
    cite,
    make_article,
    make_column,
    make_directive,
    make_document,
    make_exemplar,
    make_image,
    make_issuer,
    make_library,
    make_locality,
    make_registry,
    make_sector,
    make_thematic,
)

MAX_QUERIES = 15
READER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


@pytest.fixture(autouse=True)
def _uncached(settings):
    # The anonymous page cache (if enabled) would answer without a query; these
    # counts are for the render it stores.
    settings.PAGE_CACHE_ENABLED = False


def comments(page, n):
    from cms.comments.models import APPROVED, Comment

    for i in range(n):
        Comment.objects.create(page=page, author_name=f"Bạn đọc {i}", body=f"Ý kiến số {i}.", status=APPROVED)


class World:
    """n of everything a page lists, named apart so two worlds share an outlet."""

    def __init__(self, outlet, n):
        self.outlet, self.n = outlet, n
        self.column = make_column(outlet, f"Chuyên mục {n}")
        self.image = make_image()
        self.issuer = make_issuer(name=f"Ban Thường vụ Thành ủy {n}", short_name=f"BTV {n}")
        self.library = make_library(outlet, slug=f"van-ban-{n}")
        self.serial = itertools.count()

    def directives(self, count=None, **fields):
        n = self.n if count is None else count
        return [
            make_directive(
                self.library,
                number=f"{100 * self.n + next(self.serial)}-CT/TU",
                issuer=self.issuer,
                issued_on=date(2023, 5, 1 + i),
                files=[make_document(f"Tệp chỉ thị {self.n}-{i}", name=f"ct-{i}.pdf")],
                **fields,
            )
            for i in range(n)
        ]

    def articles(self, count=None, directives=(), parent=None):
        n = self.n if count is None else count
        made = []
        for k in range(n):
            article = make_article(
                parent or self.column,
                title=f"Bài {self.n}-{next(self.serial)} về chỉ thị",
                authors=[AuthorFactory() for _ in range(self.n)],
                tags=[f"Thẻ {i}" for i in range(self.n)],
                attachments=[make_document(f"Tệp {k}-{i}", name=f"tep-{k}-{i}.pdf") for i in range(self.n)],
                hero_image=self.image,
            )
            if directives:
                cite(article, *directives)
            made.append(article)
        return made

    def registry(self):
        return make_registry(self.outlet, slug=f"dien-hinh-{self.n}")

    def exemplar(self, registry, i=0, directives=(), articles=()):
        return make_exemplar(
            registry,
            title=f"Điển hình {self.n}-{i}",
            locality=make_locality(f"Phường {i}"),
            sector=make_sector(f"Lĩnh vực {i}"),
            directives=directives,
            articles=articles,
            recognitions=[(f"Bằng khen {j}", "UBND thành phố", f"{j}/QĐ-UBND", 2023) for j in range(self.n)],
        )


def build_home(w):
    w.articles()
    return w.outlet


def build_column(w):
    w.articles()
    return w.column


def build_thematic(w):
    thematic = make_thematic(w.outlet, title=f"Chuyên trang {w.n}", slug=f"chuyen-trang-{w.n}")
    for article in w.articles():
        article.thematic_pages.add(thematic)
        article.save_revision().publish()
    return thematic


def build_article(w):
    from cms.news.models import RelatedArticle

    others = w.articles()
    article = w.articles(count=1, directives=w.directives())[0]
    for order, other in enumerate(others):
        article.related_links.add(RelatedArticle(page=other, sort_order=order))
    article.save_revision().publish()
    comments(article, w.n)
    return article


def build_library(w):
    w.directives()
    return w.library


def build_directive(w):
    from cms.directives.models import DirectiveRelation

    directive, *_ = w.directives(count=1)
    targets = w.directives(count=w.n)[:-1] if w.n > 1 else []
    for order, target in enumerate(targets):
        directive.relations.add(DirectiveRelation(kind="thuc-hien", target=target, sort_order=order))
    directive.save_revision().publish()
    articles = w.articles(directives=[directive])
    registry = w.registry()
    for i in range(w.n):
        w.exemplar(registry, i, directives=[directive], articles=articles[:1])
    comments(directive, w.n)
    return directive


def build_registry(w):
    registry = w.registry()
    directives = w.directives()
    for i in range(w.n):
        w.exemplar(registry, i, directives=directives)
    return registry


def build_exemplar(w):
    exemplar = w.exemplar(w.registry(), directives=w.directives(), articles=w.articles())
    comments(exemplar, w.n)
    return exemplar


def build_forum(w):
    from django.utils import timezone

    from cms.comments.models import APPROVED, Comment
    from cms.forums.models import DraftPart, ForumDirective, ForumFile, ForumIndexPage, ForumPage, ForumSection

    index = ForumIndexPage(title=f"Diễn đàn góp ý {w.n}", slug=f"dien-dan-{w.n}")
    w.outlet.add_child(instance=index)
    index.save_revision().publish()
    now = timezone.now()
    forum = ForumPage(
        title=f"Góp ý dự thảo {w.n}",
        slug="du-thao",
        subject="<p>Dự thảo Nghị quyết.</p>",
        opens_at=now - timezone.timedelta(days=10),
        closes_at=now + timezone.timedelta(days=20),
    )
    for order in range(w.n):
        forum.sections.add(ForumSection(title=f"Mục {order + 1}", sort_order=order))
    for order, directive in enumerate(w.directives()):
        forum.forum_directives.add(ForumDirective(directive=directive, sort_order=order))
    for order in range(w.n):
        forum.forum_files.add(ForumFile(document=make_document(f"Dự thảo {order}"), sort_order=order))
    # Issue 15: a draft of n articles, each with a clause, and approved opinions (with a
    # stance) on each article: the page shows the parts, their tallies and the most commented.
    for order in range(w.n):
        forum.draft_parts.add(DraftPart(kind="dieu", number=f"Điều {order + 1}", sort_order=2 * order))
        forum.draft_parts.add(DraftPart(kind="khoan", number="Khoản 1", sort_order=2 * order + 1))
    index.add_child(instance=forum)
    forum.save_revision().publish()
    comments(forum, w.n)
    for part in DraftPart.objects.filter(page_id=forum.pk, kind="dieu"):
        Comment.objects.create(
            page=forum, part=part, stance="dong-y", author_name="Bạn đọc", body="Đồng ý.", status=APPROVED
        )
    return forum


def build_forum_part(w):
    """A part's page (<forum URL>?phan=<id>): its approved opinions."""
    from cms.forums.models import DraftPart

    forum = build_forum(w)
    part = DraftPart.objects.filter(page_id=forum.pk, kind="dieu").first()
    return SimpleNamespace(url=f"{forum.url}?phan={part.pk}")


BUILDERS = {
    "home": build_home,
    "column": build_column,
    "thematic": build_thematic,
    "article": build_article,
    "library": build_library,
    "directive": build_directive,
    "registry": build_registry,
    "exemplar": build_exemplar,
    "forum": build_forum,
    "forum_part": build_forum_part,
}


def count_queries(client, url):
    client.get(url, HTTP_USER_AGENT=READER)  # warm: renditions made, templates compiled
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, HTTP_USER_AGENT=READER)
    assert response.status_code == 200, (url, response.status_code)
    if os.environ.get("QUERY_DUMP_DIR"):  # for finding N+1s: one file per page and size
        name = url.strip("/").replace("/", "_") or "home"
        with open(os.path.join(os.environ["QUERY_DUMP_DIR"], name + ".sql"), "w") as out:
            out.write("\n".join(q["sql"] for q in captured.captured_queries))
    return len(captured.captured_queries), "\n".join(q["sql"][:300] for q in captured.captured_queries)


# Issue 11's goal is at most 15 queries, the same for 1 and for 10 items. Pages that
# do not meet it yet are held to what they cost now (measured on SQLite and
# PostgreSQL), so they cannot get worse unnoticed; lower a budget when a page improves,
# and remove its entry when it meets the goal. (issue 11 is open: see its notes.)
BUDGETS = {
    # name: (queries with 1 item, queries with 10 items).
    # Issue 12's side column (Tin mới, Cùng chuyên mục, Đọc nhiều, each without the article
    # itself) is three more queries on a render that finds no fragment cached, as here (the
    # test settings cache nothing); its fragment is per article, so only the first render of
    # each article pays them. Sharing the lists per outlet and column is the way back to 15.
    "article": (18, 18),
}


@pytest.mark.parametrize("name", list(BUILDERS))
def test_reader_page_queries_are_bounded_and_constant(outlet, client, name):
    one, _ = count_queries(client, BUILDERS[name](World(outlet, 1)).url)
    ten, detail = count_queries(client, BUILDERS[name](World(outlet, 10)).url)
    print(f"\n{name}: {one} truy vấn với 1 mục, {ten} với 10")
    if name in BUDGETS:
        budget_one, budget_ten = BUDGETS[name]
        assert one <= budget_one and ten <= budget_ten, f"{name}: {one}/{ten}\n{detail}"
        return
    assert ten <= MAX_QUERIES, f"{name}: {ten} truy vấn\n{detail}"
    assert ten == one, f"{name}: {one} với 1 mục, {ten} với 10\n{detail}"
