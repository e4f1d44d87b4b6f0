"""Issue 13 point 7: listing 20 articles with every field costs at most 20 SQL queries,
whatever the number of authors, tags and images (hero and body images, each with its
set of renditions), and the same number as for one article."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cms.news.models import ArticleAuthor, ArticlePage
from tests.factories import AuthorFactory, make_column, make_document, make_image

pytestmark = pytest.mark.django_db

MAX_QUERIES = 20
URL = "/api/v2/pages/?type=news.ArticlePage&fields=*&limit=20"


@pytest.fixture(autouse=True)
def _uncached(settings):
    settings.PAGE_CACHE_ENABLED = False


def rich_articles(column, count, start=0):
    """Each article: three authors, four tags, its own hero image, two body images,
    a document block and a paragraph linking to a page and a document."""
    document = make_document("Kế hoạch", name="ke-hoach.pdf")
    for k in range(start, start + count):
        body_images = [make_image(f"Ảnh thân bài {k}-{n}", size=(64, 36)) for n in range(2)]
        # Live without revisions (fast): the API reads the live pages' own fields.
        article = ArticlePage(
            title=f"Bài {k}",
            lead="Sapo.",
            live=True,
            first_published_at=timezone.now(),
            hero_image=make_image(f"Ảnh đại diện {k}", size=(64, 36)),
            body=[
                (
                    "paragraph",
                    f'<p>Xem <a linktype="page" id="{column.pk}">chuyên mục</a> và '
                    f'<a linktype="document" id="{document.pk}">kế hoạch</a>.</p>',
                ),
                ("image", {"image": body_images[0], "caption": "Chú thích", "credit": "Ảnh: PV."}),
                ("document", {"document": document, "title": ""}),
                ("image", {"image": body_images[1], "caption": "", "credit": ""}),
            ],
        )
        for order in range(3):
            article.article_authors.add(ArticleAuthor(author=AuthorFactory(), sort_order=order))
        article.tags.add(f"Thẻ {k}", f"Thẻ {k} phụ", "Chung", "Thành phố")
        column.add_child(instance=article)


def listing_queries(client):
    client.get(URL)  # the first answer makes the renditions
    with CaptureQueriesContext(connection) as captured:
        response = client.get(URL)
    assert response.status_code == 200
    return len(captured.captured_queries), response.json(), captured


def test_listing_20_rich_articles_in_at_most_20_queries(outlet, client):
    column = make_column(outlet, "Thời sự")
    rich_articles(column, 1)
    one, data_one, _ = listing_queries(client)
    rich_articles(column, 19, start=1)
    twenty, data, captured = listing_queries(client)
    print(f"\nAPI: {one} truy vấn với 1 bài, {twenty} với {len(data['items'])} bài")
    detail = "\n".join(q["sql"][:160] for q in captured.captured_queries)
    assert len(data["items"]) == 20
    assert twenty <= MAX_QUERIES, f"{twenty} truy vấn\n{detail}"
    assert twenty == one, f"{one} với 1 bài, {twenty} với 20\n{detail}"
    # What the queries bought: every image with its renditions, every author and tag.
    for item in data["items"]:
        assert len(item["authors"]) == 3
        assert len(item["tags"]) == 4
        images = [block["value"] for block in item["body"] if block["type"] == "image"]
        assert len(images) == 2
        assert all(len(image["renditions"]) >= 4 and image["srcset"] for image in images)
        assert item["hero_image"]["renditions"]
        assert "linktype" not in item["body"][0]["value"]
