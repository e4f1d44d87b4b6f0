import pytest

from tests.factories import make_article, make_column, make_thematic

pytestmark = pytest.mark.django_db


def test_every_public_surface_answers(client, outlet, article):
    column = article.get_parent().specific
    make_column(column, "Tiểu mục")
    thematic = make_thematic(outlet)
    article.thematic_pages.add(thematic)
    article.save_revision().publish()
    make_article(column, title="Bài thứ hai", tags=["Chỉ thị 23"])
    for url in [
        "/",
        column.url,
        column.url + "rss/",
        thematic.url,
        article.url,
        "/rss/",
        "/sitemap.xml",
        "/sitemap-news.xml",
        "/robots.txt",
        "/chu-de/chi-thi-23/",
        f"/tac-gia/{article.byline_authors()[0].slug}/",
        "/api/v2/pages/",
        f"/api/v2/pages/{article.pk}/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
