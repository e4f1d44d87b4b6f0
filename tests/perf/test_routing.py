"""Issue 11: HomePage.route reads the whole path in one query; the answers are
Wagtail's: private sections stay private, drafts and unknown paths are 404, a
page's own sub-routes (author, tag, RSS) still answer."""

from wagtail.models import PageViewRestriction

from tests.factories import make_article, make_column


def test_routing_answers_as_wagtail_does(outlet, client, author):
    column = make_column(outlet, "Thời sự")
    sub = make_column(column, "Đô thị")
    article = make_article(sub, title="Bài ở chuyên mục con", authors=[author], tags=["Giao thông"])
    draft = make_article(column, title="Bài nháp")
    draft.unpublish()

    page = client.get(article.url)
    assert page.status_code == 200 and "Bài ở chuyên mục con" in page.content.decode()
    # the breadcrumb lists the home page and both columns
    assert 'href="/thoi-su/"' in page.content.decode() and 'href="/thoi-su/do-thi/"' in page.content.decode()
    assert client.get(draft.url or "/thoi-su/bai-nhap/").status_code == 404
    assert client.get("/thoi-su/khong-co/").status_code == 404
    assert client.get("/thoi-su/do-thi/bai-o-chuyen-muc-con/them/").status_code == 404
    assert client.get("/thoi-su/rss/").status_code == 200
    assert client.get("/thoi-su/do-thi/rss/").status_code == 200
    assert "Bài ở chuyên mục con" in client.get(f"/tac-gia/{author.slug}/").content.decode()


def test_a_private_column_stays_private(outlet, client):
    column = make_column(outlet, "Nội bộ")
    article = make_article(column, title="Bài nội bộ")
    PageViewRestriction.objects.create(page=column, restriction_type="password", password="mat-khau")

    page = client.get(article.url)
    assert page.status_code == 200 and "Bài nội bộ" not in page.content.decode()  # the password form
    assert "Bài nội bộ" not in client.get("/").content.decode()
