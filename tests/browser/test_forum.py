"""A citizen gives an opinion on an open forum; a moderator approves it with the
keyboard; the citizen reloads the forum and sees it."""

import re

import pytest

from cms.comments.models import APPROVED, PENDING, Comment
from cms.core.newsroom import MODERATORS
from tests.browser.helpers import log_in
from tests.factories import make_forum, make_outlet, make_user

expect = pytest.importorskip("playwright.sync_api", reason="Gói Python `playwright` chưa được cài").expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

OPINION = "Đề nghị phường mở lớp hướng dẫn người cao tuổi dùng dịch vụ công trực tuyến vào cuối tuần."


def test_opinion_is_posted_moderated_with_the_keyboard_and_then_shown(live_server, new_context, clean_tree, settings):
    settings.COMMENT_MIN_SECONDS = 1
    host = live_server.url.split("//", 1)[1].split(":")[0]
    home = make_outlet(hostname=host)
    forum = make_forum(home, title="Góp ý thực hiện chuyển đổi số ở phường")
    make_user("kiemduyet", MODERATORS)

    citizen = new_context().new_page()
    citizen.goto(live_server.url + forum.url)
    expect(citizen.locator("#binh-luan-form .phase-badge")).to_have_text("Đang lấy ý kiến")
    form = citizen.locator("form.comment-form")
    form.locator("[name=author_name]").fill("Trần Văn Bình")
    form.locator("[name=author_email]").fill("binh@example.vn")
    form.get_by_role("radio", name="Đồng ý", exact=True).check()
    form.locator("[name=section]").select_option(label="Mục 2: Chính quyền số")
    form.locator("[name=body]").fill(OPINION)
    citizen.wait_for_timeout(1100)  # a person takes longer than the minimum time
    form.get_by_role("button", name="Gửi ý kiến").click()
    expect(citizen.locator("#binh-luan [role=status]")).to_contain_text("đang chờ kiểm duyệt")
    expect(citizen.locator("#binh-luan")).not_to_contain_text(OPINION)
    comment = Comment.objects.get(page=forum)
    assert comment.status == PENDING and comment.stance == "dong-y" and comment.section.title == "Mục 2: Chính quyền số"

    moderator = new_context().new_page()
    log_in(moderator, live_server.url, "kiemduyet")
    moderator.goto(live_server.url + "/admin/kiem-duyet/")
    row = moderator.locator(f'[data-comment-row][data-comment-id="{comment.pk}"]')
    expect(row).to_contain_text(OPINION)
    moderator.keyboard.press("n")
    with moderator.expect_navigation():
        moderator.keyboard.press("a")
    expect(moderator.locator(f'[data-comment-row][data-comment-id="{comment.pk}"]')).to_have_count(0)
    comment.refresh_from_db()
    assert comment.status == APPROVED

    citizen.goto(live_server.url + forum.url)
    expect(citizen.locator("#binh-luan")).to_contain_text(OPINION)
    expect(citizen.locator("#binh-luan")).to_contain_text("Trần Văn Bình")
    expect(citizen.locator("#binh-luan")).not_to_contain_text("binh@example.vn")
    assert re.search(r"1\s+ý kiến", citizen.locator("#binh-luan").inner_text(), re.IGNORECASE)
