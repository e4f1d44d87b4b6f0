"""Thematic pages (chuyên trang): dates, archived badge, curated article lists."""

import json
import re
from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError

from tests.factories import hours_ago, make_article, make_column, make_thematic

pytestmark = pytest.mark.django_db


def listed_titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


def body(*blocks):
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


def article_list(title, source, articles=(), tag="", column=None, limit=6):
    return (
        "article_list",
        {"title": title, "source": source, "articles": list(articles), "tag": tag, "column": column, "limit": limit},
    )


def test_ended_thematic_page_shows_badge_and_keeps_its_content(client, outlet, column):
    today = date.today()
    thematic = make_thematic(
        outlet,
        title="Kỷ niệm 50 năm giải phóng miền Nam",
        start=today - timedelta(days=40),
        end=today - timedelta(days=1),
        body=body(("rich_text", "<p>Chuỗi hoạt động kỷ niệm trên địa bàn thành phố.</p>")),
    )
    article = make_article(column, title="Lễ mít tinh kỷ niệm trọng thể")
    article.thematic_pages.add(thematic)
    article.save_revision().publish()

    response = client.get(thematic.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<span class="badge badge--archived">Đã kết thúc</span>' in html
    assert f"Chuyên trang đã kết thúc ngày {today - timedelta(days=1):%d/%m/%Y}" in html
    assert "Chuỗi hoạt động kỷ niệm trên địa bàn thành phố." in html
    assert "Lễ mít tinh kỷ niệm trọng thể" in html


def test_thematic_page_in_progress_has_no_badge(client, outlet):
    today = date.today()
    for end in [None, today, today + timedelta(days=30)]:
        thematic = make_thematic(outlet, title=f"Chuyên trang đến {end}", start=today - timedelta(days=5), end=end)
        html = client.get(thematic.url).content.decode()
        assert f"Chuyên trang đến {end}" in html
        assert "Đã kết thúc" not in html, end
        assert "is-archived" not in html, end
        assert f"Từ {today - timedelta(days=5):%d/%m/%Y}" in html


def test_end_date_before_start_date_is_rejected(outlet):
    thematic = make_thematic(outlet, title="Chuyên trang sai ngày", start=date(2024, 5, 1))
    thematic.end_date = date(2024, 4, 30)
    with pytest.raises(ValidationError) as excinfo:
        thematic.full_clean()
    assert excinfo.value.message_dict["end_date"] == ["Ngày kết thúc không được trước ngày bắt đầu."]
    thematic.end_date = date(2024, 5, 1)  # a one-day thematic page is fine
    thematic.full_clean()


@pytest.fixture
def curated(outlet, column):
    """Articles for the three ways an article_list block picks them."""
    economy = make_column(outlet, "Kinh tế")
    return {
        "economy": economy,
        "tagged_old": make_article(
            column, title="Chỉ thị 23: hội nghị quán triệt", tags=["Chỉ thị 23"], published_at=hours_ago(30)
        ),
        "tagged_new": make_article(
            economy, title="Chỉ thị 23 vào cuộc sống", tags=["chỉ thị 23"], published_at=hours_ago(3)
        ),
        "tagged_draft": make_article(column, title="Bản nháp về Chỉ thị 23", tags=["Chỉ thị 23"], publish=False),
        "economy_only": make_article(economy, title="Xuất khẩu gạo tăng mạnh", published_at=hours_ago(5)),
        "plain": make_article(column, title="Tin thời sự không gắn thẻ", published_at=hours_ago(1)),
    }


def test_article_list_blocks_render_the_chosen_articles(client, outlet, curated):
    blocks = [
        article_list("Tin theo thẻ", "tag", tag="Chỉ thị 23"),
        article_list("Tin theo chuyên mục", "column", column=curated["economy"].pk),
        article_list(
            "Tin chọn tay",
            "manual",
            articles=[curated["plain"].pk, curated["tagged_draft"].pk, curated["tagged_old"].pk],
        ),
    ]
    thematic = make_thematic(outlet, title="Chuyên trang Chỉ thị 23", body=body(*blocks))
    html = client.get(thematic.url).content.decode()
    rendered = {}
    for chunk in html.split('<section class="block-article-list">')[1:]:
        chunk = chunk[: chunk.index("</section>")]
        rendered[re.search(r'<h2 class="section-title">([^<]+)</h2>', chunk).group(1)] = listed_titles(chunk)
    assert rendered == {
        # Case-insensitive tag match, newest first, no draft.
        "Tin theo thẻ": ["Chỉ thị 23 vào cuộc sống", "Chỉ thị 23: hội nghị quán triệt"],
        "Tin theo chuyên mục": ["Chỉ thị 23 vào cuộc sống", "Xuất khẩu gạo tăng mạnh"],
        # Hand-picked order kept, the draft left out.
        "Tin chọn tay": ["Tin thời sự không gắn thẻ", "Chỉ thị 23: hội nghị quán triệt"],
    }


def test_tag_list_shows_only_the_outlet_s_own_articles(client, outlet, column):
    from tests.factories import make_outlet

    district = make_outlet("Báo phường", slug="bao-phuong", hostname="phuong.localhost", default=False, theme="quan")
    make_article(make_column(district, "Tin phường"), title="Bài của báo phường", tags=["Chỉ thị 23"])
    make_article(column, title="Bài của cổng thành phố", tags=["Chỉ thị 23"])
    thematic = make_thematic(outlet, body=body(article_list("Tin theo thẻ", "tag", tag="Chỉ thị 23")))
    html = client.get(thematic.url).content.decode()
    assert "Bài của cổng thành phố" in html
    assert "Bài của báo phường" not in html


def test_articles_belonging_to_the_thematic_page_are_listed(client, outlet, column):
    thematic = make_thematic(outlet, title="Chuyển đổi số")
    inside = make_article(column, title="Phường đầu tiên hoàn thành chuyển đổi số", published_at=hours_ago(2))
    also = make_article(column, title="Dịch vụ công trực tuyến toàn trình", published_at=hours_ago(20))
    make_article(column, title="Tin không thuộc chuyên trang")
    for article in (inside, also):
        article.thematic_pages.add(thematic)
        article.save_revision().publish()

    html = client.get(thematic.url).content.decode()
    start = html.index('<section class="thematic-articles"')
    listed = listed_titles(html[start:])
    assert listed == ["Phường đầu tiên hoàn thành chuyển đổi số", "Dịch vụ công trực tuyến toàn trình"]
