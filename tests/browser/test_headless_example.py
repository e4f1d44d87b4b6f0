"""examples/headless, the decoupled front-end, served from another origin than the API:
a reader goes home → column → article (images, comments) → posts a comment → searches
without diacritics; an editor's draft shows in the headless preview. Everything the
reader sees came over CORS from the live server's API."""

import functools
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.test import RequestFactory

from cms.comments.models import APPROVED, Comment
from cms.core.models import OutletSettings
from cms.settings.base import env_list, env_origins
from tests.factories import (
    AuthorFactory,
    hours_ago,
    make_article,
    make_column,
    make_directive,
    make_image,
    make_library,
    make_outlet,
    make_user,
)

expect = pytest.importorskip("playwright.sync_api", reason="Gói Python `playwright` chưa được cài").expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "headless"
ARTICLE_TITLE = "Đảng bộ phường Tân An tổng kết công tác xây dựng Đảng năm 2026"
DRAFT_TITLE = "Bản nháp: Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 15"
PENDING_MESSAGE = "đang chờ kiểm duyệt"


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def front_end():
    """examples/headless as any static host would serve it: its own origin (127.0.0.1, its own port)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(EXAMPLE)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def operator_settings(front_end, monkeypatch, settings):
    """What an operator sets in the environment (README, cms/settings/base.py), read the way
    base.py reads it: the front-end's origin may read the API and post comments, and the
    admin's headless preview opens the front-end."""
    monkeypatch.setenv("API_CORS_ALLOWED_ORIGINS", front_end)
    monkeypatch.setenv("COMMENT_ALLOWED_ORIGINS", front_end)
    settings.CORS_ALLOWED_ORIGINS = env_origins("API_CORS_ALLOWED_ORIGINS")
    settings.CORS_ALLOW_ALL_ORIGINS = False
    settings.COMMENT_ALLOWED_ORIGINS = env_list("COMMENT_ALLOWED_ORIGINS")
    settings.HEADLESS_PREVIEW_URL = front_end + "/"


@pytest.fixture
def newspaper(clean_tree):
    # The home page's title differs from the outlet's name: the header shows /api/v2/outlet/'s.
    home = make_outlet(title="Trang chủ", name="Báo Thành phố thử nghiệm")
    outlet_settings = OutletSettings.for_site(home.get_site())
    outlet_settings.slogan = "Tiếng nói của Đảng bộ, chính quyền và nhân dân thành phố"
    outlet_settings.save()
    library = make_library(home)
    make_directive(library, number="23-CT/TU", title="Chỉ thị số 23-CT/TU về đổi mới học tập nghị quyết")
    home.features = [("directive_list", {"title": "Văn bản chỉ đạo mới", "source": "latest", "limit": 5})]
    home.save_revision().publish()
    party = make_column(home, "Xây dựng Đảng")
    make_column(home, "Kinh tế")
    reporter = AuthorFactory(name="Trần Thị Minh Hằng", pen_name="Minh Hằng")
    body_image = make_image(title="Đại biểu dự hội nghị", size=(640, 360), color=(20, 90, 160))
    article = make_article(
        party,
        title=ARTICLE_TITLE,
        lead="Năm 2026, Đảng bộ phường kết nạp 12 đảng viên mới, 100% chi bộ hoàn thành tốt nhiệm vụ.",
        authors=[reporter],
        tags=["Xây dựng Đảng"],
        hero_image=make_image(title="Quang cảnh hội nghị tổng kết"),
        hero_caption="Quang cảnh hội nghị sáng 3/12.",
        body=[
            ("paragraph", "<p>Hội nghị đánh giá kết quả thực hiện nghị quyết của Đảng bộ phường.</p>"),
            (
                "image",
                {"image": body_image, "caption": "Đại biểu biểu quyết thông qua nghị quyết.", "credit": "Ảnh: PV."},
            ),
            ("heading", "Chất lượng sinh hoạt chi bộ nâng lên"),
        ],
        published_at=hours_ago(1),
    )
    make_article(party, title="Học tập chuyên đề năm về tư tưởng Hồ Chí Minh", published_at=hours_ago(3))
    Comment.objects.create(
        page=article,
        author_name="Lê Văn Tám",
        author_email="tam@example.vn",
        body="Chi bộ khu vực 3 sinh hoạt đều đặn, bà con rất đồng tình.",
        status=APPROVED,
    )
    draft = make_article(party, title=DRAFT_TITLE, lead="Sapo bản nháp chưa xuất bản.", publish=False)
    return {"home": home, "party": party, "article": article, "draft": draft}


def headless_preview_link(page, user):
    """The address the admin's "Giao diện tách rời (headless)" preview opens in its iframe."""
    request = RequestFactory().get("/admin/", HTTP_HOST="localhost")
    request.user = user
    html = page.make_preview_request(request, "headless").content.decode()
    return re.search(r'<iframe[^>]+src="([^"]+)"', html).group(1).replace("&amp;", "&")


def loaded(image):
    return image.evaluate("img => img.complete && img.naturalWidth > 0")


def test_a_reader_and_an_editor_use_the_headless_example(
    live_server, page, front_end, operator_settings, newspaper, settings
):
    settings.COMMENT_RATE_PER_MINUTE = 0
    settings.COMMENT_RATE_PER_DAY = 0
    api = live_server.url  # http://localhost:<port>: another host and port than the front-end
    assert urlsplit(api).netloc != urlsplit(front_end).netloc
    requests = []
    page.on("request", lambda request: requests.append(request.url))

    # Home page: the outlet's name, slogan, menu and footer (/api/v2/outlet/), the lead
    # story, the home page's blocks with their items, the columns' latest articles.
    page.goto(f"{front_end}/?api={api}")
    expect(page.locator(".masthead__name")).to_have_text("Báo Thành phố thử nghiệm")
    expect(page.locator(".masthead__slogan")).to_have_text("Tiếng nói của Đảng bộ, chính quyền và nhân dân thành phố")
    expect(page.locator(".site-footer")).to_contain_text("Giấy phép số 01/GP-TTĐT")
    expect(page).to_have_title(re.compile("Báo Thành phố thử nghiệm"))
    directives = page.locator(".home-block", has=page.get_by_role("heading", name="Văn bản chỉ đạo mới"))
    expect(directives.get_by_role("link", name="Chỉ thị số 23-CT/TU về đổi mới học tập nghị quyết")).to_be_visible()
    nav = page.get_by_role("navigation", name="Chuyên mục")
    expect(nav.get_by_role("link", name="Kinh tế")).to_be_visible()
    # The newest article leads; as on the HTML home page, its column lists the others.
    expect(page.locator(".lead-story .card__title")).to_have_text(ARTICLE_TITLE)
    party_section = page.locator(".home-column", has=page.get_by_role("heading", name="Xây dựng Đảng"))
    expect(party_section.get_by_role("link", name="Học tập chuyên đề năm về tư tưởng Hồ Chí Minh")).to_be_visible()
    # Those lists came in the home page's own answer (front_page), not one listing per column,
    # and the menu from /api/v2/outlet/, not from the page tree.
    assert not [url for url in requests if "type=news.ArticlePage" in url or "show_in_menus" in url]

    # A column: newest first, the draft is not listed.
    nav.get_by_role("link", name="Xây dựng Đảng").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Xây dựng Đảng")
    expect(nav.locator("a[aria-current=page]")).to_have_text("Xây dựng Đảng")
    titles = page.locator(".article-list .card__title")
    expect(titles).to_have_text([ARTICLE_TITLE, "Học tập chuyên đề năm về tư tưởng Hồ Chí Minh"])

    # The article: Vietnamese text, the hero and body images actually loaded, the comments.
    titles.get_by_role("link", name=ARTICLE_TITLE).click()
    expect(page.locator("h1.article__title")).to_have_text(ARTICLE_TITLE)
    expect(page).to_have_title(re.compile("^Đảng bộ phường Tân An"))
    expect(page.locator(".lead")).to_contain_text("100% chi bộ hoàn thành tốt nhiệm vụ")
    expect(page.locator(".byline")).to_have_text("Minh Hằng")
    expect(page.get_by_role("heading", name="Chất lượng sinh hoạt chi bộ nâng lên")).to_be_visible()
    hero = page.locator(".article__hero img")
    body_image = page.locator(".article__body figure img")
    expect(hero).to_have_attribute("alt", "Quang cảnh hội nghị tổng kết")
    expect(page.locator(".article__body figcaption")).to_have_text("Đại biểu biểu quyết thông qua nghị quyết. Ảnh: PV.")
    for image in (hero, body_image):
        image.scroll_into_view_if_needed()  # loading="lazy"
        expect(image).to_have_attribute("src", re.compile("^" + re.escape(api) + "/media/"))
        # The API's renditions: WebP at several widths, the browser picks one.
        expect(image).to_have_attribute("srcset", re.compile(r"\.webp \d+w, .*\.webp \d+w"))
        assert ".webp" in image.evaluate("img => img.currentSrc")
        page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())
        assert loaded(image)
    comments = page.locator(".comments__list > .comment")
    expect(comments).to_have_count(1)
    expect(comments.first).to_contain_text("Lê Văn Tám")
    expect(comments.first).to_contain_text("Chi bộ khu vực 3 sinh hoạt đều đặn, bà con rất đồng tình.")
    expect(page.locator(".comments__summary")).to_have_text("1 bình luận")

    # Posting a comment: held for moderation (the outlet moderates first), so not listed yet.
    form = page.locator("form.comment-form")
    form.get_by_label("Họ và tên").fill("Nguyễn Thị Hoa")
    form.get_by_label("Email (không hiển thị)").fill("hoa@example.vn")
    form.get_by_label("Ý kiến của bạn").fill("Mong phường tiếp tục tổ chức sinh hoạt chuyên đề ở khu vực.")
    form.get_by_role("button", name="Gửi bình luận").click()
    expect(form.locator(".form-status")).to_contain_text(PENDING_MESSAGE)
    posted = Comment.objects.get(author_name="Nguyễn Thị Hoa")
    assert posted.page_id == newspaper["article"].pk and posted.status != APPROVED
    expect(comments).to_have_count(1)

    # An empty comment: the API's Vietnamese reason, nothing saved.
    form.get_by_role("button", name="Gửi bình luận").click()
    expect(form.locator(".form-status--error")).to_be_visible()
    assert Comment.objects.count() == 2

    # A tag: the articles carrying it.
    page.locator(".tags").get_by_role("link", name="Xây dựng Đảng").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Chủ đề: Xây dựng Đảng")
    expect(page.locator(".article-list .card__title")).to_have_text([ARTICLE_TITLE])

    # Search without diacritics finds "Đảng bộ", words highlighted; the draft is not found.
    search = page.get_by_role("search").first
    search.get_by_role("searchbox").fill("dang bo")
    search.get_by_role("button", name="Tìm").click()
    expect(page.locator(".search-summary")).to_contain_text("kết quả cho “dang bo”")
    found = page.locator(".results .result", has=page.get_by_role("heading", name=ARTICLE_TITLE))
    expect(found).to_have_count(1)
    expect(found.locator("mark").first).to_be_visible()
    assert DRAFT_TITLE not in page.locator(".results").inner_text()
    found.get_by_role("link", name=ARTICLE_TITLE).click()
    expect(page.locator("h1.article__title")).to_have_text(ARTICLE_TITLE)

    # An editor previews an unpublished draft in the front-end (the admin's headless mode).
    editor = make_user("bientap", "Biên tập viên", is_superuser=True)
    draft = newspaper["draft"]
    draft.lead = "Sapo đang sửa, chưa ai đọc được."
    link = headless_preview_link(draft, editor)
    assert link.startswith(front_end + "/?")
    page.goto(link)
    expect(page.locator(".preview-banner")).to_contain_text("Bản xem trước")
    expect(page.locator("h1.article__title")).to_have_text(DRAFT_TITLE)
    expect(page.locator(".lead")).to_have_text("Sapo đang sửa, chưa ai đọc được.")

    # A forged token: a Vietnamese error, not a blank page.
    page.goto(f"{front_end}/?content_type=news.articlepage&token=gia-mao")
    expect(page.get_by_role("alert")).to_contain_text("Mã xem trước không hợp lệ")

    # Only the two origins were asked, nothing else (no CDN, no third-party script).
    hosts = {urlsplit(url).netloc for url in requests if urlsplit(url).scheme in ("http", "https")}
    assert hosts == {urlsplit(api).netloc, urlsplit(front_end).netloc}
