"""A reader browses an outlet in Chromium: home page → column → article → print view."""

import re
from urllib.parse import urlsplit

import pytest

from tests.factories import AuthorFactory, hours_ago, make_article, make_column, make_document, make_image, make_outlet

expect = pytest.importorskip("playwright.sync_api", reason="Gói Python `playwright` chưa được cài").expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DATELINE = re.compile(r"(Thứ (hai|ba|tư|năm|sáu|bảy)|Chủ nhật) - \d\d/\d\d/\d{4} \d\d:\d\d")
ARTICLE_TITLE = "Thành phố khởi công cầu vượt nút giao Ngã Tư Vọng"


@pytest.fixture
def newspaper(clean_tree):
    home = make_outlet(title="Báo Thành phố thử nghiệm")
    politics = make_column(home, "Thời sự")
    economy = make_column(home, "Kinh tế")
    reporter = AuthorFactory(name="Trần Thị Minh Hằng", pen_name="Minh Hằng")
    photographer = AuthorFactory(name="Lê Quốc Khánh", pen_name="Quốc Khánh")
    document = make_document(title="Quyết định phê duyệt dự án cầu vượt")
    article = make_article(
        politics,
        title=ARTICLE_TITLE,
        lead="Sáng nay, thành phố khởi công cầu vượt thép tại nút giao Ngã Tư Vọng, dự kiến hoàn thành sau 10 tháng.",
        authors=[reporter, photographer],
        tags=["Giao thông", "Hạ tầng"],
        attachments=[document],
        hero_image=make_image(title="Lễ khởi công cầu vượt"),
        hero_caption="Lễ khởi công sáng 15/5.",
        published_at=hours_ago(2),
    )
    make_article(politics, title="Hội nghị Thành ủy lần thứ 12", authors=[reporter], published_at=hours_ago(5))
    make_article(politics, title="Tiếp xúc cử tri quận Hoàn Kiếm", authors=[reporter], tags=["Hạ tầng"])
    make_article(economy, title="Chỉ số giá tiêu dùng tháng 5 tăng nhẹ", authors=[photographer], tags=["Giá cả"])
    make_article(economy, title="Doanh nghiệp FDI mở rộng đầu tư", authors=[photographer], published_at=hours_ago(30))
    return {"home": home, "politics": politics, "article": article, "document": document}


def test_reader_goes_from_home_page_to_an_article_and_prints_it(live_server, page, newspaper):
    server = urlsplit(live_server.url)
    foreign_requests = []

    def watch(request):
        url = urlsplit(request.url)
        if url.scheme in ("data", "blob", "about"):
            return
        if (url.scheme, url.hostname, url.port) != (server.scheme, server.hostname, server.port):
            foreign_requests.append(request.url)

    page.on("request", watch)

    page.goto(live_server.url + newspaper["home"].url)
    expect(page).to_have_title(re.compile("Báo Thành phố thử nghiệm"))
    nav = page.locator(".site-nav")
    expect(nav.get_by_role("link", name="Kinh tế")).to_be_visible()

    nav.get_by_role("link", name="Thời sự").click()
    expect(page.locator("h1")).to_have_text("Thời sự")
    expect(page.locator(".site-nav a[aria-current=page]")).to_have_text("Thời sự")
    # Issue 12: the column opens with its lead story and sub-leads (three articles: no list below).
    expect(page.locator("main .card")).to_have_count(3)
    expect(page.locator(".column-front .card--lead")).to_have_count(1)

    page.locator("main .card__title a", has_text=ARTICLE_TITLE).click()
    expect(page.locator("h1.article__title")).to_have_text(ARTICLE_TITLE)
    assert page.url == live_server.url + newspaper["article"].url
    expect(page.locator(".dateline__date")).to_have_text(DATELINE)
    expect(page.locator(".byline")).to_have_text("Minh Hằng, Quốc Khánh")
    expect(page.locator(".byline__author")).to_have_count(2)
    attachments = page.locator("section.attachments")
    expect(attachments.get_by_role("heading", name="File đính kèm")).to_be_visible()
    expect(attachments.get_by_role("link", name="Quyết định phê duyệt dự án cầu vượt")).to_have_attribute(
        "href", newspaper["document"].url
    )
    expect(page.locator(".tags a")).to_have_count(2)
    assert sorted(page.locator(".tags a").all_inner_texts()) == ["Giao thông", "Hạ tầng"]
    hero = page.locator(".article__hero img")
    expect(hero).to_be_visible()
    hero.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=hero.element_handle())

    # The side column and the share links (plain links; nothing loaded from Facebook or Zalo).
    side = page.get_by_role("complementary", name="Tin khác")
    expect(side.get_by_role("heading", name="Tin mới")).to_be_visible()
    expect(side.get_by_role("heading", name="Đọc nhiều")).to_be_visible()
    share = page.get_by_role("navigation", name="Chia sẻ bài viết")
    expect(share.get_by_role("link", name="Facebook")).to_have_attribute(
        "href", re.compile(r"^https://www\.facebook\.com/sharer/sharer\.php\?u=http")
    )

    page.get_by_role("link", name="In bài").click()
    page.wait_for_url(re.compile(r"\?print=1$"))
    expect(page.locator("body")).to_have_class(re.compile(r"\bprint-view\b"))
    expect(page.locator(".site-nav")).to_have_count(0)
    expect(page.locator(".breadcrumb")).to_have_count(0)
    expect(page.locator("h1.article__title")).to_have_text(ARTICLE_TITLE)
    expect(page.locator(".print-source")).to_contain_text(newspaper["article"].url)

    page.wait_for_load_state("networkidle")
    assert foreign_requests == [], f"Trang gọi tới máy chủ ngoài: {foreign_requests}"
