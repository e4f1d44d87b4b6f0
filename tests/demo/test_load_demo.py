import io
import re

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from wagtail.models import Site

from cms.core.models import OutletSettings, PageViews
from cms.news.models import ArticlePage, Author, ColumnPage, ThematicPage

pytestmark = pytest.mark.django_db

DIRECTIVE_NUMBER = "23-CT/TU"


def load(password="mat-khau-demo"):
    out = io.StringIO()
    call_command("load_demo", password=password, stdout=out)
    return out.getvalue()


def test_load_demo_builds_two_outlets_and_is_idempotent(client):
    first = load()
    assert "Xong:" in first

    city = Site.objects.get(is_default_site=True)
    district = Site.objects.get(hostname="ninhkieu.localhost")
    assert Site.objects.count() == 2
    assert OutletSettings.for_site(city).theme != OutletSettings.for_site(district).theme

    city_home, district_home = city.root_page, district.root_page
    assert ColumnPage.objects.child_of(city_home).count() >= 6
    assert ColumnPage.objects.child_of(district_home).count() >= 3
    assert ArticlePage.objects.live().descendant_of(city_home).count() >= 60
    assert ArticlePage.objects.live().descendant_of(district_home).count() >= 15
    assert ThematicPage.objects.descendant_of(city_home).count() >= 2
    assert any(page.is_archived for page in ThematicPage.objects.all())
    assert Author.objects.count() >= 8
    assert PageViews.objects.exists()

    dates = ArticlePage.objects.descendant_of(city_home).values_list("first_published_at", flat=True)
    assert (max(dates) - min(dates)).days >= 365  # spread over two years

    directive = ArticlePage.objects.get(lead__contains=DIRECTIVE_NUMBER)
    assert directive.attachments.exists()
    html = client.get(directive.url).content.decode()
    assert "Thứ hai - 15/05/2023 03:15" in html
    assert "File đính kèm" in html

    # Issue 12: the flagship directive is signed; the sections are in the main navigation;
    # the search index holds the pages' real (backdated) publication dates.
    from cms.directives.models import DirectivePage
    from cms.search.models import SearchEntry

    flagship = DirectivePage.objects.get(number=DIRECTIVE_NUMBER)
    assert flagship.signer and flagship.signer_position
    assert "Chưa cập nhật" not in client.get(flagship.url).content.decode().split("Người ký", 1)[1][:200]
    home_html = client.get("/").content.decode()
    nav = home_html[
        home_html.index('<nav class="site-nav"') : home_html.index("</nav>", home_html.index('<nav class="site-nav"'))
    ]
    for title in ("Văn bản chỉ đạo", "Điển hình tiên tiến", "Diễn đàn góp ý"):
        assert f">{title}</a>" in nav, title
    assert home_html.count(">Xem tất cả<") == 2
    entries = SearchEntry.objects.filter(type="article").select_related("page")
    assert entries.exists()
    assert all(entry.published_at == entry.page.first_published_at for entry in entries)

    # Issue 15: the open 23-CT/TU forum carries a draft in parts with opinions on them, the
    # closed forum its published response; the counters agree with the rows.
    from cms.forums.models import ConsultationResponsePage, ForumPage

    open_forum = ForumPage.objects.get(forum_directives__directive=flagship)
    assert open_forum.phase() == "open" and open_forum.draft_parts.filter(kind="dieu").count() >= 5
    tally = client.get(f"/api/forums/{open_forum.pk}/tally/").json()
    assert tally["count"] >= 5 and sum(1 for part in tally["by_part"] if part["id"] and part["count"]) >= 4
    assert "Các điều được góp ý nhiều nhất" in client.get(open_forum.url).content.decode()
    response_page = ConsultationResponsePage.objects.live().get()
    assert response_page.url.endswith("/bao-cao-tiep-thu/")
    assert response_page.get_parent().specific.phase() == "closed"
    assert "Nội dung được thông qua" in client.get(response_page.url).content.decode()
    call_command("rebuild_forum_tallies", "--check", stdout=io.StringIO())

    roles = {user.username: {g.name for g in user.groups.all()} for user in User.objects.all()}
    assert roles["phongvien"] == {"Phóng viên (thanh-uy)", "Phóng viên · Thời sự (thanh-uy)"}
    assert roles["tongbientap"] == {"Tổng biên tập (thanh-uy)"}
    # The ward's own newsroom: its staff are in the ward's groups only.
    assert roles["tongbientap_ninhkieu"] == {"Tổng biên tập (ninh-kieu)"}
    assert roles["kiemduyet_ninhkieu"] == {"Kiểm duyệt viên (ninh-kieu)"}
    assert roles["bientap_ninhkieu"] == {"Biên tập viên (ninh-kieu)", "Biên tập viên · Tin phường (ninh-kieu)"}
    assert "Cảnh báo" not in first
    assert User.objects.get(username="phongvien").check_password("mat-khau-demo")

    # Issue 15: 23-CT/TU carries its tasks (1)–(4), followed through 2023–2026.
    from cms.directives.models import DirectiveTask, TaskProgressReport

    tasks = list(flagship.tasks.prefetch_related("bodies", "reports"))
    assert [task.label for task in tasks] == ["(1)", "(2)", "(3)", "(4)"]
    assert all(task.bodies.exists() for task in tasks)
    assert any(task.is_late() for task in tasks) and any(task.status == "hoan-thanh" for task in tasks)
    reports = TaskProgressReport.objects.filter(task__page=flagship)
    assert {report.date.year for report in reports} >= {2023, 2024, 2025, 2026}
    assert reports.filter(kind="so-ket").exists() and reports.filter(kind="tong-ket").exists()
    assert reports.filter(article__isnull=False).exists() and reports.filter(exemplar__isnull=False).exists()
    flagship_html = client.get(flagship.url).content.decode()
    done = sum(task.status == "hoan-thanh" for task in tasks)
    assert f"Đã hoàn thành {done}/4 nhiệm vụ" in flagship_html
    assert "Chậm tiến độ" in flagship_html

    counts = (ArticlePage.objects.count(), Author.objects.count(), User.objects.count(), DirectiveTask.objects.count())
    second = load()
    assert "đã có sẵn" in second
    assert (
        ArticlePage.objects.count(),
        Author.objects.count(),
        User.objects.count(),
        DirectiveTask.objects.count(),
    ) == counts
    # A demo loaded before tasks existed gets them on the next load.
    DirectiveTask.objects.all().delete()
    assert "Nhiệm vụ của văn bản chỉ đạo: 4." in load()
    assert DirectivePage.objects.get(number=DIRECTIVE_NUMBER).tasks.count() == 4


def test_demo_outlets_are_served_with_their_themes(client):
    load()
    city = client.get("/", HTTP_HOST="127.0.0.1")
    district = client.get("/", HTTP_HOST="ninhkieu.localhost")
    assert city.status_code == district.status_code == 200
    assert "themes/thanhpho/theme.css" in city.content.decode()
    assert "themes/quan/theme.css" in district.content.decode()
    for path in ["/rss/", "/sitemap.xml", "/sitemap-news.xml", "/api/v2/pages/?type=news.ArticlePage"]:
        assert client.get(path).status_code == 200, path
    # The news sitemap has the articles of the last 48 hours.
    assert re.search(r"<news:title>", client.get("/sitemap-news.xml").content.decode())


def test_demo_articles_open_in_the_admin_editor(client):
    load()
    client.force_login(User.objects.create_superuser("bientap-thu", password="x"))
    for article in ArticlePage.objects.order_by("?")[:5]:
        assert client.get(f"/admin/pages/{article.pk}/edit/").status_code == 200
