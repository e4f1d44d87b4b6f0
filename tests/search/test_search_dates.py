"""Issue 12, point 6 of the issue: search results show the page's real first publication
date, and `search_index update` repairs an index whose dates or titles no longer match."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from cms.news.models import ArticlePage
from cms.search.models import SearchEntry
from tests.factories import make_article

pytestmark = pytest.mark.django_db

HCM = ZoneInfo("Asia/Ho_Chi_Minh")


def backdate(article, when):
    """As the demo loader does: publish, then set the dates with a queryset update (no signal)."""
    ArticlePage.objects.filter(pk=article.pk).update(first_published_at=when, last_published_at=when)


def test_update_repairs_dates_and_titles_the_index_missed(client, column, capsys):
    article = make_article(column, title="Quận ra mắt mô hình dân vận khéo")
    other = make_article(column, title="Phường tổ chức hội thao truyền thống")
    assert SearchEntry.objects.get(pk=article.pk).published_at.year != 2023  # indexed when published
    when = datetime(2023, 5, 15, 3, 15, tzinfo=HCM)
    backdate(article, when)
    ArticlePage.objects.filter(pk=other.pk).update(title="Phường tổ chức hội thao mừng Xuân")

    call_command("search_index", "update", no_progress=True)
    assert "sửa 2" in capsys.readouterr().out
    entry = SearchEntry.objects.get(pk=article.pk)
    assert entry.published_at == when and entry.year == 2023
    assert SearchEntry.objects.get(pk=other.pk).title == "Phường tổ chức hội thao mừng Xuân"

    html = client.get("/tim-kiem/", {"q": "dân vận khéo"}).content.decode()
    assert '<time datetime="2023-05-15T03:15:00+07:00">15/05/2023</time>' in html
    assert "2023" in html.split('aria-label="Năm"', 1)[1].split("</nav>", 1)[0]

    call_command("search_index", "update", no_progress=True)
    assert "sửa 0" in capsys.readouterr().out  # nothing left to repair


def test_the_year_facet_uses_the_outlets_time_zone(column):
    article = make_article(column, title="Bài đăng lúc nửa đêm giao thừa")
    backdate(article, datetime(2023, 1, 1, 0, 30, tzinfo=HCM))  # 31/12/2022 17:30 UTC
    call_command("search_index", "update", no_progress=True)
    assert SearchEntry.objects.get(pk=article.pk).year == 2023
