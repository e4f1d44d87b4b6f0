"""Issue 12, point 3: what the W3C validator and axe-core flagged on the reader's pages."""

import re
from datetime import timedelta

import pytest
from django.contrib.staticfiles import finders
from django.utils import timezone

from tests.factories import make_article, make_column, make_forum

pytestmark = pytest.mark.django_db

MICROSECONDS = re.compile(r'datetime="[^"]*\.\d+')


def test_time_datetime_has_no_microseconds(client, outlet, column):
    published = timezone.now().replace(microsecond=123456) - timedelta(hours=2)
    article = make_article(column, title="Phường ra quân dọn vệ sinh kênh rạch", published_at=published)
    make_article(column, title="Hội nghị sơ kết công tác dân vận", published_at=published - timedelta(hours=1))
    forum = make_forum(outlet)
    for url in ("/", column.url, article.url, forum.url, forum.get_parent().url, "/tim-kiem/?q=phường"):
        html = client.get(url).content.decode()
        assert "<time" in html, url
        assert not MICROSECONDS.search(html), (url, MICROSECONDS.search(html).group())
    html = client.get(article.url).content.decode()
    assert f'datetime="{timezone.localtime(published).replace(microsecond=0).isoformat()}"' in html


def test_home_cards_sit_under_an_h2(client, outlet, column):
    make_article(column, title="Tin tiêu điểm của phường")
    html = client.get("/").content.decode()
    headings = re.findall(r"<h([1-6])", html)
    assert headings[:3] == ["1", "2", "3"], headings[:5]


def test_home_has_a_meta_description(client, outlet):
    html = client.get("/").content.decode()
    match = re.search(r'<meta name="description" content="([^"]+)">', html)
    assert match and len(match.group(1)) > 40


def test_favicon_ico_leads_to_the_svg_icon(client, outlet):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("favicon.svg")
    assert finders.find("img/favicon.svg")  # the static file the redirect names exists


def test_comment_times_have_no_microseconds_and_the_report_select_starts_empty(client, outlet, column):
    from cms.comments.models import APPROVED, Comment

    article = make_article(column, title="Phường lấy ý kiến về chỉnh trang vỉa hè")
    sent = timezone.now().replace(microsecond=654321) - timedelta(hours=3)
    Comment.objects.create(
        page=article,
        author_name="Lê Văn Bình",
        body="Đồng tình với chủ trương.",
        status=APPROVED,
        featured=True,
        created_at=sent,
        official_reply="Cảm ơn ông đã góp ý.",
        official_reply_at=sent + timedelta(hours=1),
    )
    html = client.get(article.url).content.decode()
    assert 'class="comment__time"' in html
    assert not MICROSECONDS.search(html), MICROSECONDS.search(html).group()
    assert f'datetime="{timezone.localtime(sent).replace(microsecond=0).isoformat()}"' in html
    # A required <select> must start with an empty option (HTML), so no reason is picked by accident.
    select = re.search(r'<select name="reason"[^>]*required>\s*(?:\{#.*?#\}\s*)?<option value="">', html)
    assert select, re.search(r"<select name=\"reason\".{0,200}", html, re.S).group()


def test_listing_pages_have_a_meta_description(client, outlet, column, author):
    from tests.factories import make_registry, make_thematic

    make_article(column, title="Ra mắt mô hình dân vận khéo", authors=[author], tags=["Dân vận"])
    thematic = make_thematic(outlet, "Chuyên trang đại hội Đảng bộ phường")
    registry = make_registry(outlet)
    forums = make_forum(outlet).get_parent()
    urls = [
        column.url,
        thematic.url,
        f"/tac-gia/{author.slug}/",
        "/chu-de/dan-van/",
        forums.url,
        "/tim-kiem/?q=dân+vận",
        registry.url + "de-cu/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        descriptions = re.findall(r'<meta name="description" content="([^"]+)">', response.content.decode())
        assert len(descriptions) == 1 and len(descriptions[0]) > 20, (url, descriptions)


def test_related_articles_by_tag_stay_in_their_outlet(client, outlet, column):
    from tests.factories import make_outlet

    ward = make_outlet(title="Báo phường thử", slug="phuong", hostname="phuong.localhost", default=False)
    ward_column = make_column(ward, "Tin phường")
    article = make_article(column, title="Thành phố ra quân giải tỏa lấn chiếm", tags=["Trật tự đô thị"])
    make_article(column, title="Thành phố xử lý vi phạm vỉa hè", tags=["Trật tự đô thị"])
    make_article(ward_column, title="Phường lập đội trật tự đô thị", tags=["Trật tự đô thị"])
    titles = [related.title for related in article.related_articles()]
    assert titles == ["Thành phố xử lý vi phạm vỉa hè"]
    html = client.get(article.url).content.decode()
    assert "Thành phố xử lý vi phạm vỉa hè" in html and "Phường lập đội trật tự đô thị" not in html
