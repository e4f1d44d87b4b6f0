"""Comment moderation: the actions, the admin queue (/admin/kiem-duyet/) with its
tabs, filters and bulk actions, who may see what, the audit history, offline
opinions, erasure on request and the moderators' email digest."""

import json
import re
from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import registry as log_registry
from wagtail.models import ModelLogEntry

from cms.comments import moderation
from cms.comments.models import APPROVED, PENDING, REJECTED, SPAM, WITHDRAWN, Comment, CommentReport, CommentSettings
from cms.comments.wagtail_hooks import ModerationMenuItem
from cms.core.newsroom import (
    EDITOR_IN_CHIEF,
    EDITORS,
    JOURNALISTS,
    MODERATOR,
    MODERATORS,
    column_group_names,
    outlet_groups,
)
from cms.forums.models import ForumPage, ForumSection
from tests.factories import make_article, make_column, make_forum, make_outlet, make_user

pytestmark = pytest.mark.django_db

QUEUE = "/admin/kiem-duyet/"


# ---------------------------------------------------------------- builders


def make_comment(page, body="Bài viết rất hữu ích, cảm ơn tòa soạn.", status=PENDING, **fields):
    fields.setdefault("author_name", "Nguyễn Thị Hoa")
    fields.setdefault("author_email", "hoa.nguyen@example.vn")
    return Comment.objects.create(page=page, body=body, status=status, **fields)


def report(comment, reason="xuc-pham", key="nguoi-bao-1", **fields):
    return CommentReport.objects.create(comment=comment, reason=reason, reporter_key=key, **fields)


def listing(client, **params):
    response = client.get(QUEUE, params)
    assert response.status_code == 200
    return response.content.decode()


def row_ids(html):
    return [int(pk) for pk in re.findall(r'data-comment-id="(\d+)"', html)]


def logs(comment):
    return list(log_registry.get_logs_for_instance(comment).order_by("timestamp", "pk"))


def messages_of(response):
    return [str(message) for message in response.context["messages"]] if response.context else []


@pytest.fixture
def moderator(outlet):
    return make_user("kiemduyet", MODERATORS, first_name="Mai", last_name="Kiểm Duyệt")


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def journalist(outlet):
    return make_user("phongvien", JOURNALISTS)


@pytest.fixture
def chief(outlet):
    return make_user("tongbientap", EDITOR_IN_CHIEF)


# ---------------------------------------------------------------- the actions


@pytest.mark.parametrize(
    "action,args,status,reason,label",
    [
        (moderation.approve, (), APPROVED, "", "Đã duyệt bình luận"),
        (moderation.reject, ("Xúc phạm người khác",), REJECTED, "Xúc phạm người khác", "Đã từ chối bình luận"),
        (moderation.mark_spam, ("Quảng cáo",), SPAM, "Quảng cáo", "Đã đánh dấu là thư rác"),
    ],
)
def test_each_action_sets_status_reason_and_logs_it(
    moderator_client, moderator, article, action, args, status, reason, label
):
    comment = make_comment(article)
    assert action([comment], moderator, *args) == 1
    comment.refresh_from_db()
    assert comment.status == status
    assert comment.status_reason == (reason or comment.status_reason)
    assert comment.moderated_by == moderator
    assert comment.moderated_at is not None
    [entry] = logs(comment)
    assert entry.action == f"forums.{action.__name__.replace('mark_', '')}"
    assert entry.user == moderator
    assert entry.data["reason"] == comment.status_reason
    assert "Hoa" not in entry.label  # the log label does not carry the author's name

    html = moderator_client.get(reverse("comments_moderation_detail", args=[comment.pk])).content.decode()
    history = html.split('id="history-heading"')[1]
    assert label in history and "Mai Kiểm Duyệt" in history
    if reason:
        assert reason in history


def test_withdraw_hides_a_published_comment_only(moderator, article):
    published = make_comment(article, status=APPROVED)
    waiting = make_comment(article, body="Chưa duyệt")
    assert moderation.withdraw([published, waiting], moderator, "Người gửi xin rút") == 1
    published.refresh_from_db()
    waiting.refresh_from_db()
    assert published.status == WITHDRAWN and published.status_reason == "Người gửi xin rút"
    assert waiting.status == PENDING
    assert [entry.action for entry in logs(published)] == ["forums.withdraw"]
    assert logs(waiting) == []


@pytest.mark.parametrize("function", [moderation.reject, moderation.withdraw])
def test_reject_and_withdraw_need_a_reason(moderator, article, function):
    comment = make_comment(article, status=APPROVED if function is moderation.withdraw else PENDING)
    with pytest.raises(moderation.ModerationError):
        function([comment], moderator, "   ")
    comment.refresh_from_db()
    assert comment.moderated_at is None and logs(comment) == []


def test_feature_and_official_reply_are_logged(moderator_client, moderator, article):
    comment = make_comment(article, status=APPROVED)
    assert moderation.set_featured(Comment.objects.filter(pk=comment.pk), moderator) == 1
    comment.refresh_from_db()
    assert moderation.set_featured([comment], moderator) == 0  # already featured: nothing logged
    moderation.official_reply(comment, moderator, "Sở sẽ xem xét, trả lời trong tháng 12.", "Sở Xây dựng")
    moderation.set_featured([comment], moderator, featured=False)
    comment.refresh_from_db()
    assert not comment.featured
    assert comment.official_reply_by == "Sở Xây dựng" and comment.official_reply_at
    assert [entry.action for entry in logs(comment)] == ["forums.feature", "forums.official_reply", "forums.unfeature"]
    html = moderator_client.get(reverse("comments_moderation_detail", args=[comment.pk])).content.decode()
    for message in ("Đã đặt bình luận nổi bật", "Đã trả lời chính thức", "Đã bỏ nổi bật", "Sở Xây dựng"):
        assert message in html


def test_official_reply_through_the_detail_page(moderator_client, article):
    comment = make_comment(article, status=APPROVED)
    url = reverse("comments_moderation_detail", args=[comment.pk])
    refused = moderator_client.post(url, {"text": "", "by": "Sở Y tế"})
    assert refused.status_code == 400 and "Cần nhập nội dung trả lời chính thức" in refused.content.decode()
    response = moderator_client.post(url, {"text": "Đã chuyển cơ quan chức năng.\nCảm ơn bạn.", "by": "Sở Y tế"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.official_reply.startswith("Đã chuyển") and comment.official_reply_by == "Sở Y tế"
    html = moderator_client.get(url).content.decode()
    assert "Đã chuyển cơ quan chức năng.<br>Cảm ơn bạn." in html


def test_registered_log_actions_have_vietnamese_labels(db):
    choices = dict(log_registry.get_choices())
    for action in (
        "forums.approve",
        "forums.reject",
        "forums.spam",
        "forums.withdraw",
        "forums.feature",
        "forums.unfeature",
        "forums.official_reply",
        "forums.anonymise",
        "forums.offline_entry",
    ):
        assert action in choices
    assert choices["forums.reject"] == "Từ chối bình luận"


# ---------------------------------------------------------------- notify the commenter


def test_approving_tells_a_commenter_who_asked_once(moderator, article):
    asked = make_comment(article, notify_on_publish=True, author_email="ban.doc@example.vn")
    silent = make_comment(article, body="Không cần báo", author_email="im.lang@example.vn")
    moderation.approve([asked, silent], moderator)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Bình luận của bạn đã được đăng"
    assert message.to == ["ban.doc@example.vn"]
    assert article.full_url in message.body
    asked.refresh_from_db()
    assert asked.notified_at is not None
    moderation.withdraw([asked], moderator, "Tạm ẩn")
    moderation.approve([asked], moderator)
    assert len(mail.outbox) == 1  # told once only


# ---------------------------------------------------------------- the admin queue


def test_queue_lists_pending_with_details_and_shortcuts(moderator_client, article):
    comment = make_comment(article, ip_address="203.0.113.9")
    html = listing(moderator_client)
    assert row_ids(html) == [comment.pk]
    assert "Nguyễn Thị Hoa" in html and "hoa.nguyen@example.vn" in html
    assert article.title in html
    assert "Phím tắt: a = duyệt, r = từ chối, n = bình luận tiếp theo" in html
    assert "comments/moderation.js" in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert reverse("comments_moderation_action", args=[comment.pk]) in html
    assert "data-reason-input" in html


def test_a_row_button_approves(moderator_client, moderator, article):
    comment = make_comment(article)
    back = QUEUE + "?tab=cho-duyet&q=h%E1%BB%AFu"
    response = moderator_client.post(
        reverse("comments_moderation_action", args=[comment.pk]), {"action": "approve", "next": back}
    )
    assert response.status_code == 302 and response["Location"] == back
    comment.refresh_from_db()
    assert comment.status == APPROVED and comment.moderated_by == moderator


def test_a_row_reject_without_reason_is_refused(moderator_client, article):
    comment = make_comment(article)
    response = moderator_client.post(
        reverse("comments_moderation_action", args=[comment.pk]), {"action": "reject", "reason": ""}, follow=True
    )
    assert "Cần ghi lý do từ chối" in response.content.decode()
    comment.refresh_from_db()
    assert comment.status == PENDING and logs(comment) == []


def test_row_action_ignores_an_outside_next_url(moderator_client, article):
    comment = make_comment(article)
    response = moderator_client.post(
        reverse("comments_moderation_action", args=[comment.pk]), {"action": "spam", "next": "https://lua-dao.example/"}
    )
    assert response["Location"] == QUEUE


@pytest.mark.parametrize(
    "action,reason,check",
    [
        ("approve", "", lambda c: c.status == APPROVED),
        ("reject", "Lạc đề", lambda c: c.status == REJECTED and c.status_reason == "Lạc đề"),
        ("spam", "", lambda c: c.status == SPAM),
        ("feature", "", lambda c: c.featured and c.status == PENDING),
    ],
)
def test_bulk_actions(moderator_client, article, action, reason, check):
    chosen = [make_comment(article, body=f"Ý kiến {n}") for n in range(3)]
    other = make_comment(article, body="Không chọn")
    response = moderator_client.post(
        reverse("comments_moderation_bulk"),
        {"ids": [c.pk for c in chosen], "bulk_action": action, "bulk_reason": reason, "next": QUEUE},
    )
    assert response.status_code == 302
    for comment in chosen:
        comment.refresh_from_db()
        assert check(comment)
        assert len(logs(comment)) == 1
    other.refresh_from_db()
    assert other.status == PENDING and not other.featured and logs(other) == []


def test_bulk_reject_without_reason_changes_nothing(moderator_client, article):
    chosen = [make_comment(article, body=f"Ý kiến {n}") for n in range(3)]
    response = moderator_client.post(
        reverse("comments_moderation_bulk"),
        {"ids": [c.pk for c in chosen], "bulk_action": "reject", "bulk_reason": "  "},
        follow=True,
    )
    assert any("Cần ghi lý do từ chối" in message for message in messages_of(response))
    assert set(Comment.objects.values_list("status", flat=True)) == {PENDING}
    assert not ModelLogEntry.objects.filter(action__startswith="forums.").exists()


def test_bulk_without_selection_or_action_is_refused(moderator_client, article):
    comment = make_comment(article)
    nothing = moderator_client.post(reverse("comments_moderation_bulk"), {"bulk_action": "approve"}, follow=True)
    assert "Chưa chọn bình luận nào" in nothing.content.decode()
    no_action = moderator_client.post(reverse("comments_moderation_bulk"), {"ids": [comment.pk]}, follow=True)
    assert "Chọn một thao tác" in no_action.content.decode()
    comment.refresh_from_db()
    assert comment.status == PENDING


def test_malformed_ids_are_ignored_not_a_500(moderator_client, article):
    comment = make_comment(article)
    huge = "9" * 5000  # int() refuses more than 4,300 digits
    response = moderator_client.post(
        reverse("comments_moderation_bulk"),
        {"ids": [huge, "-1", "²", "1 OR 1=1", str(comment.pk)], "bulk_action": "approve"},
        follow=True,
    )
    assert response.status_code == 200
    comment.refresh_from_db()
    assert comment.status == APPROVED
    only_bad = moderator_client.post(
        reverse("comments_moderation_bulk"), {"ids": [huge, "0"], "bulk_action": "approve"}, follow=True
    )
    assert "Chưa chọn bình luận nào" in only_bad.content.decode()
    offline = moderator_client.get(reverse("forums_offline_entry"), {"forum": huge, "da-luu": huge})
    assert offline.status_code == 200


def test_moderation_never_deletes(moderator_client, moderator, article):
    comments = [make_comment(article, body=f"Ý kiến {n}", author_email=f"n{n}@example.vn") for n in range(6)]
    before = Comment.objects.count()
    moderator_client.post(reverse("comments_moderation_bulk"), {"ids": [comments[0].pk], "bulk_action": "approve"})
    moderator_client.post(
        reverse("comments_moderation_bulk"), {"ids": [comments[1].pk], "bulk_action": "reject", "bulk_reason": "Lạc đề"}
    )
    moderator_client.post(reverse("comments_moderation_bulk"), {"ids": [comments[2].pk], "bulk_action": "spam"})
    moderation.approve([comments[3]], moderator)
    moderation.withdraw([comments[3]], moderator, "Ẩn theo yêu cầu")
    moderation.anonymise_person("n4@example.vn", moderator)
    assert Comment.objects.count() == before
    assert set(Comment.objects.values_list("body", flat=True)) == {f"Ý kiến {n}" for n in range(6)}


def test_tabs_show_the_right_comments(moderator_client, moderator, article):
    pending = make_comment(article, body="Đang chờ")
    approved = make_comment(article, body="Đã đăng", status=APPROVED)
    reported = make_comment(article, body="Bị báo", status=APPROVED)
    report(reported, reason="sai-su-that", note="Sai số liệu")
    rejected = make_comment(article, body="Bị từ chối", status=REJECTED, status_reason="Lạc đề")
    spam = make_comment(article, body="Mua thuốc giá rẻ", status=SPAM)
    withdrawn = make_comment(article, body="Đã ẩn", status=WITHDRAWN)

    assert row_ids(listing(moderator_client)) == [pending.pk]
    assert set(row_ids(listing(moderator_client, tab="da-duyet"))) == {approved.pk, reported.pk}
    reported_html = listing(moderator_client, tab="bao-vi-pham")
    assert row_ids(reported_html) == [reported.pk]
    assert "Sai sự thật" in reported_html
    assert row_ids(listing(moderator_client, tab="tu-choi")) == [rejected.pk]
    assert row_ids(listing(moderator_client, tab="thu-rac")) == [spam.pk]
    assert row_ids(listing(moderator_client, tab="da-an")) == [withdrawn.pk]
    assert "Chờ duyệt (1)" in reported_html and "Bị báo vi phạm (1)" in reported_html

    # Approved again after the report: dealt with, out of the "reported" tab.
    moderation.approve([reported], moderator, "Đã kiểm tra, đúng sự thật")
    assert row_ids(listing(moderator_client, tab="bao-vi-pham")) == []
    report(reported, key="nguoi-bao-2")
    assert row_ids(listing(moderator_client, tab="bao-vi-pham")) == [reported.pk]


def test_pending_with_a_report_shows_in_the_reported_tab(moderator_client, article):
    comment = make_comment(article, status_reason="Bị 3 người báo vi phạm.")
    report(comment)
    assert row_ids(listing(moderator_client, tab="bao-vi-pham")) == [comment.pk]


def test_search_ignores_accents_case_and_invisible_characters(moderator_client, article):
    party = make_comment(article, body="Nghị quyết của Đảng bộ phường\nvề chuyển đổi số", author_name="Lê Thị Hạnh")
    hidden = make_comment(article, body="Ủng hộ Đ\u200bảng ủy", author_name="Phạm Văn Bình")
    other = make_comment(article, body="Đang chờ sửa đường", author_name="Võ Đức Anh")
    assert set(row_ids(listing(moderator_client, q="dang"))) == {party.pk, hidden.pk, other.pk}
    assert row_ids(listing(moderator_client, q="dang bo")) == [party.pk]
    assert row_ids(listing(moderator_client, q="DANG BO PHUONG VE")) == [party.pk]  # across a line break
    assert row_ids(listing(moderator_client, q="Đảng ủy")) == [hidden.pk]
    assert row_ids(listing(moderator_client, q="le thi hanh")) == [party.pk]  # the name too
    assert row_ids(listing(moderator_client, q="chuyen doi so")) == [party.pk]
    assert row_ids(listing(moderator_client, q="duc anh")) == [other.pk]
    # Kept in step when the text changes (erasure anonymises the name).
    party.author_name = "Nguyễn Ẩn Danh"
    party.save(update_fields=["author_name"])
    assert row_ids(listing(moderator_client, q="le thi hanh")) == []
    assert row_ids(listing(moderator_client, q="an danh")) == [party.pk]


def test_search_finds_comments_created_in_bulk(moderator_client, article):
    Comment.objects.bulk_create([Comment(page=article, body="Góp ý về Đảng ủy xã", author_name="Hà Văn Tư")])
    assert len(row_ids(listing(moderator_client, q="dang uy xa"))) == 1


def test_filters(moderator_client, outlet, article):
    forum = make_forum(outlet)
    first, second = forum.sections.all()
    old = make_comment(article, body="Ý kiến cũ về giao thông", created_at=timezone.now() - timedelta(days=20))
    agree = make_comment(forum, body="Đồng ý phủ sóng 5G", section=first, stance="dong-y", author_name="Trần Văn An")
    disagree = make_comment(forum, body="Chưa cần thiết", section=second, stance="khong-dong-y")
    held = make_comment(article, body="Có liên kết lạ", status_reason="Có nhiều liên kết")

    assert set(row_ids(listing(moderator_client, page=forum.pk))) == {agree.pk, disagree.pk}
    assert row_ids(listing(moderator_client, section=first.pk)) == [agree.pk]
    assert row_ids(listing(moderator_client, stance="khong-dong-y")) == [disagree.pk]
    assert row_ids(listing(moderator_client, q="5g")) == [agree.pk]
    assert row_ids(listing(moderator_client, q="Trần Văn")) == [agree.pk]
    assert row_ids(listing(moderator_client, reason="liên kết")) == [held.pk]
    week_ago = (timezone.localdate() - timedelta(days=7)).isoformat()
    assert old.pk not in row_ids(listing(moderator_client, date_from=week_ago))
    assert row_ids(listing(moderator_client, date_to=week_ago)) == [old.pk]
    # Invalid values are reported, not a server error.
    html = listing(moderator_client, page="abc", date_from="hôm qua")
    assert "ID trang là một số" in html
    assert len(row_ids(html)) == 4


def test_filter_by_draft_part(moderator_client, outlet, article):
    """Issue 15: a moderator works through the opinions on one article of a draft."""
    from cms.forums.models import DraftPart

    forum = make_forum(outlet, title="Góp ý dự thảo Kế hoạch 23-CT/TU", slug="ke-hoach-23")
    forum.draft_parts.add(DraftPart(kind="dieu", number="Điều 3", heading="Sinh hoạt chuyên đề", sort_order=0))
    forum.draft_parts.add(DraftPart(kind="dieu", number="Điều 4", heading="", sort_order=1))
    forum.save()
    third, fourth = forum.draft_parts.order_by("sort_order")
    on_third = make_comment(forum, body="Mỗi quý một lần là hợp lý", part=third, stance="dong-y")
    make_comment(forum, body="Điều 4 cần thêm thời hạn", part=fourth)
    make_comment(forum, body="Góp ý chung cho dự thảo")

    html = listing(moderator_client, part=third.pk)
    assert row_ids(html) == [on_third.pk]
    assert "Góp ý dự thảo Kế hoạch 23-CT/TU — Điều 3" in html  # the choice in the filter
    assert row_ids(listing(moderator_client, part=third.pk, stance="khong-dong-y")) == []
    # A part that does not exist, or is not a number, is reported and the filter ignored, never a 500.
    for bad in ("999999", "abc", "1 OR 1=1", "9" * 40):
        html = listing(moderator_client, part=bad)
        assert "Hãy chọn một lựa chọn hợp lệ" in html
        assert len(row_ids(html)) == 3


def test_filter_by_outlet(moderator_client, moderator, article):
    second_home = make_outlet(title="Báo Thứ Hai", slug="bao-thu-hai", hostname="thuhai.example", default=False)
    outlet_groups(second_home)[MODERATOR].user_set.add(moderator)  # moderates both outlets
    other = make_article(make_column(second_home, "Kinh tế"), title="Bài báo thứ hai")
    here = make_comment(article)
    there = make_comment(other, body="Ý kiến ở báo thứ hai")
    site = second_home.get_site()
    assert row_ids(listing(moderator_client, site=site.pk)) == [there.pk]
    assert set(row_ids(listing(moderator_client))) == {here.pk, there.pk}


def test_script_in_a_comment_is_shown_escaped(moderator_client, article):
    hostile = "<script>alert('xss')</script>\nDòng hai <b>đậm</b>"
    comment = make_comment(article, body=hostile, author_name="<img src=x onerror=alert(1)>")
    for html in (
        listing(moderator_client),
        moderator_client.get(reverse("comments_moderation_detail", args=[comment.pk])).content.decode(),
    ):
        assert "<script>alert('xss')</script>" not in html
        assert "&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;<br>Dòng hai &lt;b&gt;" in html
        assert "<img src=x" not in html


def test_pagination_fifty_a_page(moderator_client, article):
    start = timezone.now() - timedelta(hours=2)
    Comment.objects.bulk_create(
        Comment(
            page=article, author_name=f"Bạn đọc {n}", body=f"Ý kiến số {n}", created_at=start + timedelta(minutes=n)
        )
        for n in range(55)
    )
    first = listing(moderator_client)
    assert len(row_ids(first)) == 50 and "Trang 1/2" in first
    second = listing(moderator_client, p=2)
    assert len(row_ids(second)) == 5
    assert not set(row_ids(first)) & set(row_ids(second))
    assert len(row_ids(listing(moderator_client, p=99))) == 5  # past the end: the last page


def test_queue_makes_no_query_per_row(moderator_client, article, django_assert_max_num_queries):
    def add(count):
        for n in range(count):
            comment = make_comment(article, body=f"Ý kiến {n}", section=None)
            report(comment, key=f"k{n}")
            report(comment, key=f"x{n}", reason="spam")

    add(2)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        listing(moderator_client)
    add(30)
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = listing(moderator_client)
    assert len(row_ids(html)) == 32
    assert "Xúc phạm, Quảng cáo, spam" in html or "Quảng cáo, spam, Xúc phạm" in html


def test_pending_count_in_the_menu(moderator_client, journalist, client, article):
    make_comment(article)
    make_comment(article, body="Thứ hai")
    make_comment(article, body="Đã đăng", status=APPROVED)
    html = moderator_client.get("/admin/").content.decode()
    props = re.search(r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S)
    sidebar = json.dumps(json.loads(props.group(1)), ensure_ascii=False)
    assert "Kiểm duyệt bình luận (2)" in sidebar

    request = RequestFactory().get("/admin/")
    request.user = journalist
    item = ModerationMenuItem("Kiểm duyệt bình luận", QUEUE)
    assert not item.is_shown(request)


# ---------------------------------------------------------------- who may do what


def test_a_journalist_gets_403_everywhere(client, journalist, article):
    comment = make_comment(article)
    client.force_login(journalist)
    assert client.get(QUEUE).status_code == 403
    assert client.get(reverse("comments_moderation_detail", args=[comment.pk])).status_code == 403
    assert (
        client.post(reverse("comments_moderation_action", args=[comment.pk]), {"action": "approve"}).status_code == 403
    )
    assert (
        client.post(reverse("comments_moderation_bulk"), {"ids": [comment.pk], "bulk_action": "approve"}).status_code
        == 403
    )
    assert client.get(reverse("forums_offline_entry")).status_code == 403
    assert client.get(reverse("comments_erasure")).status_code == 403
    comment.refresh_from_db()
    assert comment.status == PENDING


def test_anonymous_visitors_are_sent_to_log_in(client, article):
    response = client.get(QUEUE)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_moderator_moderates_but_cannot_publish_pages(moderator_client, moderator, column, author):
    draft = make_article(column, title="Bài chưa đăng", authors=[author], publish=False)
    assert not draft.permissions_for_user(moderator).can_publish()
    assert not draft.permissions_for_user(moderator).can_edit()
    response = moderator_client.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]), {"title": "Bài chưa đăng", "action-publish": "1"}
    )
    assert response.status_code in (302, 403)
    draft.refresh_from_db()
    assert not draft.live
    comment = make_comment(draft)
    assert (
        moderator_client.post(
            reverse("comments_moderation_action", args=[comment.pk]), {"action": "approve"}
        ).status_code
        == 302
    )
    comment.refresh_from_db()
    assert comment.status == APPROVED


def test_moderators_see_only_their_outlets(client, article):
    """The rule in moderation.moderated_sites: each outlet's staff moderate that
    outlet's comments only (its role groups, or page rights in it through a column group)."""
    second_home = make_outlet(title="Báo Thứ Hai", slug="bao-thu-hai", hostname="thuhai.example", default=False)
    economy = make_column(second_home, "Kinh tế")
    other = make_article(economy, title="Bài báo thứ hai")
    here = make_comment(article)
    there = make_comment(other, body="Ý kiến ở báo thứ hai")

    _, editors_economy = column_group_names(economy)
    editor = make_user("bientap", EDITORS, editors_economy, outlet=second_home)
    client.force_login(editor)
    assert row_ids(listing(client)) == [there.pk]
    assert client.get(reverse("comments_moderation_detail", args=[here.pk])).status_code == 404
    client.post(reverse("comments_moderation_action", args=[here.pk]), {"action": "approve"})
    client.post(reverse("comments_moderation_bulk"), {"ids": [here.pk, there.pk], "bulk_action": "approve"})
    here.refresh_from_db()
    there.refresh_from_db()
    assert here.status == PENDING and there.status == APPROVED

    moderator = make_user("kiemduyet", MODERATORS, outlet=article.get_parent().get_parent())
    client.force_login(moderator)
    assert row_ids(listing(client)) == [here.pk]
    assert row_ids(listing(client, tab="da-duyet")) == []
    assert set(moderation.visible_comments(moderator)) == {here}
    chief = make_user("tongbientap", EDITOR_IN_CHIEF, outlet=second_home)
    assert set(moderation.visible_comments(chief)) == {there}
    outlet_groups(article.get_parent().get_parent())[MODERATOR].user_set.add(chief)
    assert set(moderation.visible_comments(chief)) == {here, there}
    assert list(moderation.visible_comments(make_user("phongvien", JOURNALISTS, outlet=second_home))) == []


# ---------------------------------------------------------------- detail page


def test_detail_shows_everything_with_reports_and_history(moderator_client, moderator, article):
    comment = make_comment(article, ip_address="203.0.113.9", phone="0901234567", locality="Phường Cái Khế")
    report(comment, reason="xuc-pham", note="Lời lẽ thô tục")
    moderation.reject([comment], moderator, "Lời lẽ thô tục")
    moderation.approve([comment], moderator, "Xem lại: chấp nhận được")
    html = moderator_client.get(reverse("comments_moderation_detail", args=[comment.pk])).content.decode()
    for text in ("203.0.113.9", "0901234567", "Phường Cái Khế", "hoa.nguyen@example.vn", "Xúc phạm", "Lời lẽ thô tục"):
        assert text in html
    history = html.split('id="history-heading"')[1]
    assert history.index("Đã duyệt bình luận") < history.index("Đã từ chối bình luận")  # newest first
    assert 'id="tra-loi"' in html


def test_detail_of_a_missing_comment_is_404(moderator_client, db):
    assert moderator_client.get(reverse("comments_moderation_detail", args=[999999])).status_code == 404


# ---------------------------------------------------------------- offline opinions


def offline_data(forum, **changes):
    data = {
        "forum": forum.pk,
        "source": "hoi-nghi",
        "author_name": "Ông Lê Văn Tám",
        "organisation": "Hội Cựu chiến binh phường An Hòa",
        "locality": "Phường An Hòa",
        "section": forum.sections.first().pk,
        "stance": "dong-y",
        "body": "Đề nghị bổ sung chỉ tiêu về phổ cập kỹ năng số cho người cao tuổi.",
        "received_on": "",
    }
    data.update(changes)
    return data


def test_offline_opinion_is_saved_approved_with_its_source(moderator_client, moderator, outlet):
    forum = make_forum(outlet)
    url = reverse("forums_offline_entry")
    form = moderator_client.get(url)
    assert form.status_code == 200 and forum.title in form.content.decode()
    response = moderator_client.post(url, offline_data(forum))
    assert response.status_code == 302
    comment = Comment.objects.get()
    assert comment.status == APPROVED and comment.source == "hoi-nghi"
    assert comment.entered_by == moderator and comment.moderated_by == moderator
    assert comment.page_id == forum.pk and comment.section == forum.sections.first()
    assert comment.organisation == "Hội Cựu chiến binh phường An Hòa"
    assert [entry.action for entry in logs(comment)] == ["forums.offline_entry"]
    assert comment in forum.approved_comments()
    assert "Vừa lưu" in moderator_client.get(response["Location"]).content.decode()


def test_offline_opinion_of_an_organisation_only(moderator_client, outlet):
    forum = make_forum(outlet)
    data = offline_data(forum, author_name="", source="thu", received_on=timezone.localdate().isoformat())
    assert moderator_client.post(reverse("forums_offline_entry"), data).status_code == 302
    assert Comment.objects.get().author_name == "Hội Cựu chiến binh phường An Hòa"


@pytest.mark.parametrize(
    "changes,message",
    [
        ({"author_name": "", "organisation": ""}, "Ghi họ tên người góp ý hoặc tên cơ quan"),
        ({"source": ""}, "Chọn nguồn của ý kiến"),
        ({"body": ""}, "Cần nhập nội dung ý kiến"),
    ],
)
def test_offline_opinion_needs_what_matters(moderator_client, outlet, changes, message):
    forum = make_forum(outlet)
    response = moderator_client.post(reverse("forums_offline_entry"), offline_data(forum, **changes))
    assert response.status_code == 400 and message in response.content.decode()
    assert not Comment.objects.exists()


def test_offline_section_must_belong_to_the_forum(moderator_client, outlet):
    forum = make_forum(outlet)
    now = timezone.now()
    other = ForumPage(
        title="Góp ý quy hoạch đô thị",
        slug="quy-hoach",
        subject="<p>Dự thảo quy hoạch.</p>",
        opens_at=now - timedelta(days=1),
        closes_at=now + timedelta(days=5),
    )
    other.sections.add(ForumSection(title="Mục A", sort_order=0))
    forum.get_parent().add_child(instance=other)
    response = moderator_client.post(
        reverse("forums_offline_entry"), offline_data(forum, section=other.sections.first().pk)
    )
    assert response.status_code == 400
    assert "Mục này không thuộc diễn đàn đã chọn" in response.content.decode()
    assert not Comment.objects.exists()


# ---------------------------------------------------------------- erasure


def test_anonymise_clears_personal_data_keeps_bodies_and_logs(moderator, article):
    mine = [
        make_comment(
            article,
            body=f"Ý kiến {n}",
            author_email=email,
            phone="0909000111",
            ip_address="198.51.100.7",
            organisation="Công ty Hoa Mai",
            locality="Phường Hưng Lợi",
        )
        for n, email in enumerate(["hoa.nguyen@example.vn", "Hoa.Nguyen@Example.VN"])
    ]
    someone_else = make_comment(
        article, body="Của người khác", author_email="khac@example.vn", author_name="Người Khác"
    )
    moderation.approve([mine[0]], moderator)
    assert moderation.anonymise_person(" HOA.NGUYEN@example.vn ", moderator) == 2
    for comment in mine:
        comment.refresh_from_db()
        assert comment.author_name == "Người dùng đã xóa dữ liệu"
        assert comment.author_email == "" and comment.phone == "" and comment.ip_address is None
        assert comment.organisation == ""
        assert comment.anonymised_at is not None
        assert comment.body.startswith("Ý kiến")
        entries = [entry for entry in logs(comment) if entry.action == "forums.anonymise"]
        assert len(entries) == 1
        assert "example" not in json.dumps(entries[0].data).lower()
    someone_else.refresh_from_db()
    assert someone_else.author_name == "Người Khác" and someone_else.anonymised_at is None
    assert not ModelLogEntry.objects.filter(label__icontains="Hoa").exists()


def test_erasure_view_for_the_editor_in_chief_only(client, moderator_client, chief, article):
    comment = make_comment(article)
    url = reverse("comments_erasure")
    assert moderator_client.get(url).status_code == 403
    assert moderator_client.post(url, {"email": "hoa.nguyen@example.vn", "confirm": "on"}).status_code == 403
    comment.refresh_from_db()
    assert comment.anonymised_at is None

    client.force_login(chief)
    assert client.get(url).status_code == 200
    unconfirmed = client.post(url, {"email": "hoa.nguyen@example.vn"})
    assert unconfirmed.status_code == 400 and "Hãy đánh dấu ô xác nhận" in unconfirmed.content.decode()
    comment.refresh_from_db()
    assert comment.anonymised_at is None
    response = client.post(url, {"email": "hoa.nguyen@example.vn", "confirm": "on"}, follow=True)
    assert "Đã xóa dữ liệu cá nhân trong 1 bình luận" in response.content.decode()
    comment.refresh_from_db()
    assert comment.author_name == "Người dùng đã xóa dữ liệu"
    history = client.get(reverse("comments_moderation_detail", args=[comment.pk])).content.decode()
    assert "Đã xóa dữ liệu cá nhân của người gửi" in history


def test_superuser_can_erase(admin_client, article):
    make_comment(article)
    response = admin_client.post(reverse("comments_erasure"), {"email": "hoa.nguyen@example.vn", "confirm": "on"})
    assert response.status_code == 302
    assert Comment.objects.get().anonymised_at is not None


# ---------------------------------------------------------------- digest


def test_digest_sends_one_email_per_outlet_and_marks_comments(article, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://toasoan.example"
    site = article.get_site()
    comment_settings = CommentSettings.for_site(site)
    comment_settings.moderator_emails = "kiemduyet@toasoan.example\n\n  truc.ban@toasoan.example \nkhong-phai-email"
    comment_settings.save()
    waiting = [make_comment(article, body=f"Ý kiến chờ duyệt {n}") for n in range(4)]
    make_comment(article, body="Đã đăng", status=APPROVED)
    old = make_comment(article, body="Đã báo rồi", digest_sent_at=timezone.now() - timedelta(hours=1))

    out = StringIO()
    call_command("send_moderation_digest", stdout=out)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["kiemduyet@toasoan.example", "truc.ban@toasoan.example"]
    assert "4 bình luận" in message.subject
    for comment in waiting:
        assert comment.body in message.body
        assert f"https://toasoan.example/admin/kiem-duyet/{comment.pk}/" in message.body
    assert "Đã đăng" not in message.body and "Đã báo rồi" not in message.body
    assert f"https://toasoan.example/admin/kiem-duyet/?site={site.pk}" in message.body
    assert "Đã gửi 1 bản tin" in out.getvalue()
    assert Comment.objects.filter(status=PENDING, digest_sent_at__isnull=True).count() == 0
    old.refresh_from_db()
    assert old.digest_sent_at < timezone.now() - timedelta(minutes=30)  # not sent again

    call_command("send_moderation_digest", stdout=StringIO())
    assert len(mail.outbox) == 1  # nothing new


def test_digest_falls_back_to_moderators_and_lists_fifty(article):
    make_user("kiemduyet1", MODERATORS, email="kd1@toasoan.example")
    make_user("kiemduyet2", MODERATORS, email="kd2@toasoan.example", is_active=False)
    make_user("kiemduyet3", MODERATORS)
    Comment.objects.bulk_create(Comment(page=article, author_name="Bạn đọc", body=f"Ý kiến {n}") for n in range(60))
    call_command("send_moderation_digest", stdout=StringIO())
    [message] = mail.outbox
    assert message.to == ["kd1@toasoan.example"]
    assert message.body.count("/admin/kiem-duyet/") == 50 + 2  # 50 comments, the queue twice
    assert "… và 10 bình luận khác" in message.body
    assert not Comment.objects.filter(digest_sent_at__isnull=True).exists()


def test_digest_one_email_per_outlet(article):
    make_user("kiemduyet", MODERATORS, email="kd@toasoan.example")
    second_home = make_outlet(title="Báo Thứ Hai", slug="bao-thu-hai", hostname="thuhai.example", default=False)
    make_user("kiemduyet2", MODERATORS, email="kd2@toasoan.example", outlet=second_home)
    other = make_article(make_column(second_home, "Kinh tế"), title="Bài báo thứ hai")
    for n in range(3):
        make_comment(article, body=f"Ở báo một {n}")
        make_comment(other, body=f"Ở báo hai {n}")
    out = StringIO()
    call_command("send_moderation_digest", stdout=out)
    assert len(mail.outbox) == 2
    assert sorted(message.subject for message in mail.outbox) == [
        "[Báo Thứ Hai] 3 bình luận chờ duyệt",
        "[Cổng thông tin thử nghiệm] 3 bình luận chờ duyệt",
    ]
    assert "Đã gửi 2 bản tin kiểm duyệt, báo 6 bình luận" in out.getvalue()
    # Each outlet's digest goes to that outlet's moderators only.
    assert {message.subject: message.to for message in mail.outbox} == {
        "[Báo Thứ Hai] 3 bình luận chờ duyệt": ["kd2@toasoan.example"],
        "[Cổng thông tin thử nghiệm] 3 bình luận chờ duyệt": ["kd@toasoan.example"],
    }


def test_digest_with_nothing_waiting(db):
    out = StringIO()
    call_command("send_moderation_digest", stdout=out)
    assert mail.outbox == [] and "Không có bình luận mới chờ duyệt" in out.getvalue()


# ---------------------------------------------------------------- keyboard shortcuts (browser)


def in_own_browser(steps):
    """Run `steps(page)` in a Chromium of its own, in a worker thread: the browser
    tests' session-wide Playwright (tests/browser/conftest.py) may already hold an
    event loop in this thread, and Playwright's sync API refuses to start a second
    one there."""
    import os
    from concurrent.futures import ThreadPoolExecutor
    from pathlib import Path

    chromium = Path("/usr/bin/chromium")
    if not os.access(chromium, os.X_OK):
        pytest.skip("Chromium không có tại /usr/bin/chromium — cài gói Debian `chromium`")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Gói Python `playwright` chưa được cài (requirements-dev.txt)")

    def run():
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(chromium), args=["--no-sandbox", "--lang=vi"])
            try:
                context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
                context.set_default_timeout(15_000)
                return steps(context.new_page())
            finally:
                browser.close()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_keyboard_shortcuts_in_the_queue(live_server):
    from wagtail.models import Page, Site

    from tests.browser.helpers import log_in

    host = live_server.url.split("//", 1)[1].split(":")[0]
    Site.objects.all().delete()
    Page.objects.filter(depth__gt=1).delete()
    home = make_outlet(hostname=host)
    article = make_article(make_column(home), title="Bài có bình luận")
    newest = make_comment(article, body="Bình luận mới nhất")
    second = make_comment(article, body="Bình luận thứ hai", created_at=timezone.now() - timedelta(minutes=5))
    make_user("kiemduyet", MODERATORS)

    def steps(page):
        seen = {}
        active_row = "document.activeElement.closest('[data-comment-row]')?.dataset.commentId"
        log_in(page, live_server.url, "kiemduyet")
        page.goto(live_server.url + QUEUE)
        page.keyboard.press("n")
        seen["n"] = page.evaluate(active_row)
        page.keyboard.press("j")
        seen["j"] = page.evaluate(active_row)
        page.keyboard.press("k")
        seen["k"] = page.evaluate(active_row)
        page.keyboard.press("r")
        seen["r_reason_focused"] = page.evaluate("document.activeElement.hasAttribute('data-reason-input')")
        seen["r_row"] = page.evaluate(active_row)
        page.keyboard.type("Lạc đề")
        with page.expect_navigation():
            page.keyboard.press("Enter")  # the row's first button: Từ chối
        page.keyboard.press("n")
        seen["after_reject"] = page.evaluate(active_row)
        with page.expect_navigation():
            page.keyboard.press("a")
        seen["left"] = page.evaluate("document.querySelectorAll('[data-comment-row]').length")
        return seen

    seen = in_own_browser(steps)
    assert seen["n"] == str(newest.pk) and seen["j"] == str(second.pk) and seen["k"] == str(newest.pk)
    assert seen["r_reason_focused"] and seen["r_row"] == str(newest.pk)
    assert seen["after_reject"] == str(second.pk)
    assert seen["left"] == 0
    newest.refresh_from_db()
    second.refresh_from_db()
    assert newest.status == REJECTED and newest.status_reason == "Lạc đề"
    assert second.status == APPROVED


def test_what_the_checks_said_outlives_the_moderators_decision(moderator_client, moderator, article):
    """status_reason is the reason for the status now; check_reason keeps why the
    automatic checks held the comment, after a moderator or the reports decide."""
    from cms.comments.models import ModerationWord
    from cms.comments.services import submit_comment

    ModerationWord.objects.create(word="lừa đảo", kind="suspect")
    comment = submit_comment(
        article,
        {"author_name": "Trần Minh", "author_email": "minh@example.vn", "body": "Coi chừng lua dao qua mạng."},
        "198.51.100.7",
    )
    assert comment.status == PENDING
    assert "lừa đảo" in comment.check_reason
    assert comment.check_reason == comment.status_reason

    moderation.approve([comment], moderator, "Cảnh báo người đọc, không vi phạm")
    comment.refresh_from_db()
    assert comment.status_reason == "Cảnh báo người đọc, không vi phạm"
    assert "lừa đảo" in comment.check_reason
    html = moderator_client.get(reverse("comments_moderation_detail", args=[comment.pk])).content.decode()
    assert "Kiểm tra tự động khi gửi" in html
    assert "Cảnh báo người đọc, không vi phạm" in html


def test_former_admin_addresses_of_the_moved_models_redirect(admin_client, outlet):
    """Issue 14: the comment settings and word lists left the forums app; old admin
    addresses (bookmarks, links in e-mails) lead to the new ones."""
    site = outlet.get_site()
    for old, new in (
        ("/admin/snippets/forums/moderationword/", "/admin/snippets/comments/moderationword/"),
        ("/admin/snippets/forums/moderationword/add/?q=x", "/admin/snippets/comments/moderationword/add/?q=x"),
        (f"/admin/settings/forums/commentsettings/{site.pk}/", f"/admin/settings/comments/commentsettings/{site.pk}/"),
    ):
        response = admin_client.get(old)
        assert (response.status_code, response["Location"]) == (302, new)
        assert admin_client.get(new).status_code == 200


def test_queue_counts_stop_at_the_limit(monkeypatch, moderator_client, article):
    """Issue 15: the queue's counts are bounded (a 1,000,000-opinion forum's queue is not
    COUNTed on every request); past the limit it says "hơn N" and pages the newest N."""
    from cms.comments import admin_views

    for n in range(5):
        make_comment(article, body=f"Bình luận chờ duyệt số {n}")
    html = moderator_client.get(QUEUE).content.decode()
    assert "Chờ duyệt (5)" in html and "5 bình luận" in html and "hơn" not in html

    monkeypatch.setattr(admin_views, "COUNT_LIMIT", 3)
    html = moderator_client.get(QUEUE).content.decode()
    assert "Chờ duyệt (hơn 3)" in html
    assert "hơn 3 bình luận" in html and "dùng bộ lọc để xem bình luận cũ hơn" in html
    assert html.count("Bình luận chờ duyệt số") == 3  # the newest three
    assert "Bình luận chờ duyệt số 4" in html and "Bình luận chờ duyệt số 0" not in html
    html = moderator_client.get("/admin/").content.decode()
    props = re.search(r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S)
    assert "Kiểm duyệt bình luận (hơn 3)" in json.dumps(json.loads(props.group(1)), ensure_ascii=False)
