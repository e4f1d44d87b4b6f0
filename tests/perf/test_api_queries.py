"""Issue 11: the API v2 listing of articles with every field costs a bounded number
of SQL queries, the same for 1 and for 20 articles (not one batch per article)."""

import os

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import AuthorFactory, make_article, make_column, make_document, make_image

MAX_QUERIES = 20
URL = "/api/v2/pages/?type=news.ArticlePage&fields=*&limit=20"


@pytest.fixture(autouse=True)
def _uncached(settings):
    settings.PAGE_CACHE_ENABLED = False


def articles(outlet, count):
    column = make_column(outlet, f"Chuyên mục {count}")
    image = make_image()
    for k in range(count):
        make_article(
            column,
            title=f"Bài {count}-{k}",
            authors=[AuthorFactory(), AuthorFactory()],
            tags=[f"Thẻ {k}", "Chung"],
            attachments=[make_document(f"Tệp {count}-{k}", name=f"tep-{count}-{k}.pdf")],
            hero_image=image,
        )


def listing_queries(client):
    client.get(URL)  # warm: renditions made
    with CaptureQueriesContext(connection) as captured:
        response = client.get(URL)
    assert response.status_code == 200
    return len(captured.captured_queries), response.json()["meta"]["total_count"], captured


def test_article_listing_queries_do_not_grow_with_articles(outlet, client):
    articles(outlet, 1)
    one, total_one, _ = listing_queries(client)
    articles(outlet, 19)
    twenty, total_twenty, captured = listing_queries(client)
    print(f"\nAPI: {one} truy vấn với {total_one} bài, {twenty} với {total_twenty}")
    detail = "\n".join(q["sql"][:200] for q in captured.captured_queries)
    if os.environ.get("QUERY_DUMP_DIR"):  # for finding N+1s
        with open(os.path.join(os.environ["QUERY_DUMP_DIR"], "api.sql"), "w") as out:
            out.write("\n".join(q["sql"] for q in captured.captured_queries))
    assert total_twenty == 20
    assert twenty <= MAX_QUERIES, f"{twenty} truy vấn\n{detail}"
    assert twenty == one, f"{one} với 1 bài, {twenty} với 20\n{detail}"
