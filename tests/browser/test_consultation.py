"""Issue 15, the whole story: a reader opens the 23-CT/TU forum's draft and gives an
opinion on one article with a stance; a moderator approves it; the article's tally
moves; an editor closes the forum and publishes the response page, which the reader
finds at <forum URL>bao-cao-tiep-thu/."""

import pytest

from cms.comments.models import APPROVED, PENDING, Comment
from cms.core.newsroom import MODERATORS
from cms.forums.models import DraftPart, ForumPage
from tests.browser.helpers import log_in
from tests.factories import make_forum, make_outlet, make_user

expect = pytest.importorskip("playwright.sync_api", reason="Gói Python `playwright` chưa được cài").expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

OPINION = "Đề nghị quy định rõ mỗi quý chi bộ sinh hoạt chuyên đề một lần, do chi bộ chọn tháng."


def open_footer_menu(page):
    toggle = page.locator("footer .w-dropdown--dropdown-button .w-dropdown__toggle")
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()


def test_opinion_on_an_article_is_counted_and_the_response_published(live_server, new_context, clean_tree, settings):
    settings.COMMENT_MIN_SECONDS = 1
    host = live_server.url.split("//", 1)[1].split(":")[0]
    home = make_outlet(hostname=host)
    forum = make_forum(home, title="Góp ý dự thảo Kế hoạch thực hiện Chỉ thị số 23-CT/TU", sections=[])
    for order, (kind, number, heading) in enumerate(
        [("chuong", "Chương I", "Nhiệm vụ"), ("dieu", "Điều 3", "Đổi mới học tập"), ("khoan", "Khoản 1", "")]
    ):
        forum.draft_parts.add(DraftPart(kind=kind, number=number, heading=heading, sort_order=order))
    forum.save_revision().publish()
    article = DraftPart.objects.get(page_id=forum.pk, number="Điều 3")
    make_user("kiemduyet", MODERATORS)
    make_user("bientap", is_superuser=True, is_staff=True)

    reader = new_context().new_page()
    reader.goto(live_server.url + forum.url)
    part = reader.locator(f"#phan-{article.pk}")
    expect(part.locator(".draft-part__tally")).to_have_attribute("data-total", "0")
    part.get_by_role("link", name="Góp ý về Điều 3").click()
    form = reader.locator("form.comment-form")
    expect(form.locator("[name=part]")).to_have_value(str(article.pk))
    form.locator("[name=author_name]").fill("Trần Văn Bình")
    form.locator("[name=author_email]").fill("binh@example.vn")
    form.get_by_role("radio", name="Không đồng ý", exact=True).check()
    form.locator("[name=body]").fill(OPINION)
    form.locator("[name=proposed_wording]").fill("Chi bộ sinh hoạt chuyên đề mỗi quý một lần.")
    reader.wait_for_timeout(1100)  # a person takes longer than the minimum time
    form.get_by_role("button", name="Gửi ý kiến").click()
    expect(reader.locator("#binh-luan [role=status]")).to_contain_text("đang chờ kiểm duyệt")
    comment = Comment.objects.get(page=forum)
    assert (comment.status, comment.part_id, comment.stance) == (PENDING, article.pk, "khong-dong-y")

    moderator = new_context().new_page()
    log_in(moderator, live_server.url, "kiemduyet")
    moderator.goto(live_server.url + "/admin/kiem-duyet/")
    expect(moderator.locator(f'[data-comment-row][data-comment-id="{comment.pk}"]')).to_contain_text(OPINION)
    moderator.keyboard.press("n")
    with moderator.expect_navigation():
        moderator.keyboard.press("a")
    comment.refresh_from_db()
    assert comment.status == APPROVED

    reader.goto(live_server.url + forum.url)
    tally = reader.locator(f"#phan-{article.pk} .draft-part__tally")
    expect(tally).to_have_attribute("data-total", "1")
    expect(tally.locator("[data-stance=khong-dong-y]")).to_have_text("1")
    expect(reader.locator(".draft__top")).to_contain_text("Điều 3")

    editor = new_context().new_page()
    log_in(editor, live_server.url, "bientap")
    editor.goto(live_server.url + f"/admin/pages/{forum.pk}/edit/")
    editor.locator("input[name=comments_closed]").check()
    open_footer_menu(editor)
    with editor.expect_navigation():
        editor.locator("button[name=action-publish]").click()
    assert ForumPage.objects.get(pk=forum.pk).phase() == "closed"

    editor.goto(live_server.url + f"/admin/pages/add/forums/consultationresponsepage/{forum.pk}/")
    editor.locator("input[name=title]").fill("Báo cáo tiếp thu, giải trình dự thảo Kế hoạch 23-CT/TU")
    editor.locator("input[name=issued_by]").fill("Ban Tuyên giáo Thành ủy")
    open_footer_menu(editor)
    with editor.expect_navigation():
        editor.locator("button[name=action-publish]").click()

    reader.goto(live_server.url + forum.url + "bao-cao-tiep-thu/")
    expect(reader.locator("h1")).to_have_text("Báo cáo tiếp thu, giải trình dự thảo Kế hoạch 23-CT/TU")
    expect(reader.locator(".forum__dates")).to_contain_text("Ban Tuyên giáo Thành ủy")
    reader.goto(live_server.url + forum.url)
    expect(reader.locator("#bao-cao-tiep-thu")).to_contain_text(
        "Báo cáo tiếp thu, giải trình dự thảo Kế hoạch 23-CT/TU"
    )
