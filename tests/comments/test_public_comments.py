"""The public comment form and comments block on articles, directives,
exemplars and forums: posting, moderation rules, closing, replies, reports."""

import re
import time
from datetime import timedelta

import pytest
from django.core import signing
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cms.comments import tallies
from cms.comments.forms import FORM_STAMP_SALT
from cms.comments.models import APPROVED, PENDING, REJECTED, SPAM, Comment, CommentReport, CommentSettings
from cms.comments.services import reporter_key
from cms.forums.models import ForumDirective, ForumFile, ForumIndexPage, ForumPage, ForumSection
from tests.factories import (
    make_article,
    make_directive,
    make_document,
    make_exemplar,
    make_library,
    make_registry,
)

pytestmark = pytest.mark.django_db

BODY = "Bài viết rất hữu ích, cảm ơn tòa soạn đã thông tin kịp thời."


# ---------------------------------------------------------------- helpers (also used by test_comments_api)


@pytest.fixture(autouse=True)
def _comment_settings(settings):
    # Tests post many comments from one address; the limits have their own tests.
    settings.COMMENT_RATE_PER_MINUTE = 0
    settings.COMMENT_RATE_PER_DAY = 0
    settings.COMMENT_MIN_SECONDS = 3
    settings.COMMENT_PAGE_SIZE = 20
    settings.COMMENT_ALLOWED_ORIGINS = []


def stamp(seconds_ago=60):
    return signing.dumps(time.time() - seconds_ago, salt=FORM_STAMP_SALT)


def make_forum_index(home, title="Diễn đàn góp ý", slug="dien-dan"):
    index = ForumIndexPage(title=title, slug=slug, intro="Lấy ý kiến nhân dân về các dự thảo.")
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def make_forum(
    index,
    title="Góp ý dự thảo Nghị quyết về chuyển đổi số",
    opens_at=None,
    closes_at=None,
    sections=(),
    directives=(),
    files=(),
    publish=True,
    **fields,
):
    now = timezone.now()
    page = ForumPage(
        title=title,
        subject="<p>Dự thảo nghị quyết về chuyển đổi số của thành phố.</p>",
        opens_at=opens_at or now - timedelta(days=1),
        closes_at=closes_at or now + timedelta(days=10),
        live=publish,
        **fields,
    )
    for order, section in enumerate(sections):
        page.sections.add(ForumSection(title=section, sort_order=order))
    for order, directive in enumerate(directives):
        page.forum_directives.add(ForumDirective(directive=directive, sort_order=order))
    for order, document in enumerate(files):
        page.forum_files.add(ForumFile(document=document, sort_order=order))
    index.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page


def add_comment(page, status=APPROVED, **fields):
    values = {
        "author_name": "Người đọc",
        "author_email": "doc@example.vn",
        "body": "Một bình luận đã có.",
        "status": status,
    }
    values.update(fields)
    return Comment.objects.create(page=page, **values)


def comment_data(**changes):
    data = {"author_name": "Trần Thị Bạn Đọc", "author_email": "ban.doc@example.vn", "body": BODY}
    data.update({"website": "", "stamp": stamp()})
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def post_comment(client, page, ip="203.0.113.7", **changes):
    url = reverse("comments:post_comment", args=[page.pk])
    return client.post(url, comment_data(**changes), REMOTE_ADDR=ip)


def report(client, comment, ip, reason="xuc-pham"):
    url = reverse("comments:report_comment", args=[comment.pk])
    return client.post(url, {"reason": reason}, REMOTE_ADDR=ip)


def set_rule(page, rule):
    type(page).objects.filter(pk=page.pk).update(comment_rule=rule)
    page.refresh_from_db()
    return page


@pytest.fixture
def forum_index(outlet):
    return make_forum_index(outlet)


# ---------------------------------------------------------------- articles: posting and moderation


def test_pre_moderated_comment_waits_for_approval(client, article):
    response = post_comment(client, article)
    assert response.status_code == 303
    assert response["Location"] == f"{article.url}?binh-luan=da-gui&trang-thai=pending#binh-luan"

    comment = Comment.objects.get(page=article)
    assert comment.status == PENDING
    assert comment.status_reason == "Chờ duyệt theo quy tắc duyệt trước."
    assert comment.body == BODY and comment.ip_address == "203.0.113.7"

    html = client.get(response["Location"]).content.decode()
    assert "Bình luận của bạn đang chờ kiểm duyệt" in html
    assert BODY not in html
    assert "0 bình luận" in html

    Comment.objects.filter(pk=comment.pk).update(status=APPROVED)
    html = client.get(article.url).content.decode()
    assert BODY in html
    assert "1 bình luận" in html


def test_post_moderated_comment_is_visible_at_once(client, article):
    set_rule(article, "post")
    response = post_comment(client, article, notify_on_publish="on")
    assert response.status_code == 303
    assert "trang-thai=approved" in response["Location"]
    comment = Comment.objects.get(page=article)
    assert comment.status == APPROVED and comment.notify_on_publish

    html = client.get(response["Location"]).content.decode()
    assert "Bình luận của bạn đã được đăng" in html
    assert BODY in html
    assert "Trần Thị Bạn Đọc" in html
    # Never shown: email and address.
    assert "ban.doc@example.vn" not in html and "203.0.113.7" not in html


def test_status_message_comes_only_from_known_values(client, article):
    html = client.get(article.url + "?binh-luan=da-gui&trang-thai=<b>spam</b>").content.decode()
    assert "đang chờ kiểm duyệt" in html
    assert "<b>spam</b>" not in html


def test_form_is_rendered_with_honeypot_stamp_and_no_csrf_token(client, article):
    html = client.get(article.url).content.decode()
    assert 'id="binh-luan"' in html and 'id="binh-luan-form"' in html
    assert f'action="{reverse("comments:post_comment", args=[article.pk])}"' in html
    # Issue 11: the page is shared from the page cache; the post is checked on Origin/Referer.
    assert 'name="csrfmiddlewaretoken"' not in html
    assert 'name="stamp"' in html and 'class="hp-field"' in html
    assert "Báo cho tôi qua email khi bình luận được đăng" in html
    assert "Chưa có bình luận nào. Hãy là người đầu tiên góp ý." in html
    # Articles have no stance, section, phone.
    assert 'name="stance"' not in html and 'name="phone"' not in html


def test_form_from_another_site_is_refused(article):
    # Issue 11: no CSRF token; another site's page is told apart by its Origin.
    client = Client(enforce_csrf_checks=True)
    url = reverse("comments:post_comment", args=[article.pk])
    assert client.post(url, comment_data(), HTTP_ORIGIN="https://ke-gia-mao.example.com").status_code == 403
    assert not Comment.objects.exists()


def test_only_post_is_accepted(client, article):
    assert client.get(reverse("comments:post_comment", args=[article.pk])).status_code == 405


def test_errors_keep_what_was_typed(client, article):
    typed = "Ý kiến dài của tôi\nvề bài viết này, dòng thứ hai."
    response = post_comment(client, article, author_name="", author_email="khong-phai-email", body=typed)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Vui lòng nhập họ tên của bạn." in html
    assert "Địa chỉ email không hợp lệ." in html
    assert typed in html  # the textarea keeps the text
    assert 'value="khong-phai-email"' in html
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"body": "a"}, "Nội dung quá ngắn: cần ít nhất 2 ký tự."),
        ({"body": "   "}, "Vui lòng nhập nội dung bình luận."),
        ({"body": "x" * 5001}, "Nội dung quá dài: tối đa 5000 ký tự (bạn đã nhập 5001)."),
        ({"author_name": "A" * 101}, "Tối đa 100 ký tự (bạn đã nhập 101)."),
        ({"author_email": ""}, "Vui lòng nhập email của bạn."),
        ({"body": "có ký tự \x00 lạ"}, "ký tự NUL"),
        ({"author_name": "Tên\x00"}, "ký tự NUL"),
        ({"parent": "999999999999999999999999"}, "Bình luận được trả lời không hợp lệ."),
        ({"notify_on_publish": "on", "author_email": ""}, "Vui lòng nhập email của bạn."),
    ],
)
def test_invalid_input_is_refused_in_vietnamese(client, article, changes, message):
    response = post_comment(client, article, **changes)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Comment.objects.exists()


def test_body_is_stored_as_typed_and_shown_escaped(client, article):
    set_rule(article, "post")
    body = '<script>alert("x")</script> & <b>đậm</b>\ndòng hai'
    assert post_comment(client, article, body=body).status_code == 303
    assert Comment.objects.get().body == body
    html = client.get(article.url).content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;<br>dòng hai" in html
    assert '<script>alert("x")' not in html


def test_honeypot_is_kept_as_spam_and_told_pending(client, article):
    set_rule(article, "post")
    response = post_comment(client, article, website="http://quang-cao.example")
    assert "trang-thai=pending" in response["Location"]
    assert Comment.objects.get().status == SPAM


def test_rate_limit_answers_429_with_retry_after_and_keeps_the_text(client, article, settings):
    settings.COMMENT_RATE_PER_MINUTE = 1
    assert post_comment(client, article).status_code == 303
    response = post_comment(client, article, body="Ý kiến thứ hai gửi ngay sau.")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    html = response.content.decode()
    assert "Bạn gửi quá nhiều bình luận" in html
    assert "Ý kiến thứ hai gửi ngay sau." in html
    assert Comment.objects.count() == 1


def test_duplicate_is_refused_with_the_text_kept(client, article):
    assert post_comment(client, article).status_code == 303
    response = post_comment(client, article)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Bạn đã gửi bình luận này rồi." in html
    assert BODY in html
    assert Comment.objects.count() == 1


# ---------------------------------------------------------------- closed pages


def test_closed_article_refuses_with_403(client, article):
    type(article).objects.filter(pk=article.pk).update(comments_closed=True)
    response = post_comment(client, article)
    assert response.status_code == 403
    assert "Trang này đã đóng bình luận." in response.content.decode()
    assert not Comment.objects.exists()
    html = client.get(article.url).content.decode()
    assert "Trang này đã đóng bình luận." in html
    assert 'class="comment-form"' not in html


def test_article_older_than_comment_days_refuses(client, column, outlet):
    old = make_article(column, title="Bài cũ", published_at=timezone.now() - timedelta(days=31))
    response = post_comment(client, old)
    assert response.status_code == 403
    assert "Đã hết thời gian nhận bình luận cho trang này." in response.content.decode()

    settings = CommentSettings.for_page(old)
    settings.comment_days = 60
    settings.save()
    assert post_comment(client, old).status_code == 303


def test_rule_off_shows_no_block_and_refuses(client, article):
    set_rule(article, "off")
    html = client.get(article.url).content.decode()
    assert 'id="binh-luan"' not in html
    response = post_comment(client, article)
    assert response.status_code == 403
    assert "Trang này không nhận bình luận." in response.content.decode()


@pytest.mark.parametrize("page_id", [0, 999999, 10**30])
def test_unknown_pages_are_404(client, outlet, page_id):
    assert client.post(f"/binh-luan/gui/{page_id}/", comment_data()).status_code == 404


def test_non_commentable_and_unpublished_pages_are_404(client, column):
    assert post_comment(client, column).status_code == 404
    draft = make_article(column, title="Bản nháp", publish=False)
    assert post_comment(client, draft).status_code == 404


# ---------------------------------------------------------------- forums


def test_forum_upcoming_and_closed_refuse_with_the_phase(client, forum_index):
    now = timezone.now()
    upcoming = make_forum(
        forum_index, title="Sắp mở", opens_at=now + timedelta(days=2), closes_at=now + timedelta(days=9)
    )
    closed = make_forum(
        forum_index, title="Đã xong", opens_at=now - timedelta(days=9), closes_at=now - timedelta(days=2)
    )
    forum_fields = {"stance": "dong-y"}

    response = post_comment(client, upcoming, **forum_fields)
    assert response.status_code == 403
    html = response.content.decode()
    assert "Diễn đàn chưa mở: bắt đầu nhận ý kiến từ" in html
    assert "Sắp mở" in html

    response = post_comment(client, closed, **forum_fields)
    assert response.status_code == 403
    assert "Diễn đàn đã kết thúc, không nhận thêm ý kiến." in response.content.decode()
    assert not Comment.objects.exists()


def test_forum_requires_its_fields_stance_and_valid_section(client, forum_index):
    forum = make_forum(
        forum_index,
        sections=["Nhiệm vụ (1): hạ tầng số", "Nhiệm vụ (2): dữ liệu"],
        require_phone=True,
        require_locality=True,
        require_organisation=True,
    )
    html = client.get(forum.url).content.decode()
    for name in ("phone", "locality", "organisation", "stance", "section"):
        assert f'name="{name}"' in html
    assert "Đang lấy ý kiến" in html and "Chưa có ý kiến nào." in html

    response = post_comment(client, forum, section="999")
    assert response.status_code == 400
    html = response.content.decode()
    for message in (
        "Vui lòng nhập số điện thoại.",
        "Vui lòng cho biết phường, xã.",
        "Vui lòng cho biết cơ quan, tổ chức của bạn.",
        "Vui lòng chọn quan điểm: đồng ý, không đồng ý hoặc ý kiến khác.",
        "Mục góp ý không có trong diễn đàn này.",
    ):
        assert message in html

    response = post_comment(
        client, forum, phone="12ab", locality="Phường Cái Khế", organisation="Sở X", stance="dong-y"
    )
    assert "Số điện thoại không hợp lệ (9–12 chữ số)." in response.content.decode()

    section = forum.sections.get(title__startswith="Nhiệm vụ (2)")
    response = post_comment(
        client,
        forum,
        phone="0901 234 567",
        locality="Phường Cái Khế",
        organisation="Trường THPT Châu Văn Liêm",
        stance="khong-dong-y",
        section=str(section.pk),
    )
    assert response.status_code == 303
    comment = Comment.objects.get(page=forum)
    assert (comment.stance, comment.section, comment.phone) == ("khong-dong-y", section, "0901 234 567")

    Comment.objects.filter(pk=comment.pk).update(status=APPROVED)
    # Approved around the engine: the forum page reads its total from the opinion
    # counters, so they are rebuilt as any bulk writer does (cms.comments.tallies).
    tallies.rebuild([forum.pk])
    html = client.get(forum.url).content.decode()
    assert "Không đồng ý" in html and "Mục: Nhiệm vụ (2): dữ liệu" in html
    assert "1 ý kiến" in html
    assert "0901 234 567" not in html and "ban.doc@example.vn" not in html


def test_forum_email_is_optional_when_the_forum_says_so(client, forum_index):
    forum = make_forum(forum_index, require_email=False)
    response = post_comment(client, forum, author_email="", stance="y-kien-khac")
    assert response.status_code == 303
    assert Comment.objects.get().author_email == ""


def test_forum_page_shows_subject_directives_files_sections_and_synthesis(client, outlet, forum_index):
    directive = make_directive(make_library(outlet))
    document = make_document("Dự thảo nghị quyết", name="du-thao.pdf")
    now = timezone.now()
    forum = make_forum(
        forum_index,
        directives=[directive],
        files=[document],
        sections=["Mục một"],
        synthesis="<p>Đã tiếp thu 120 ý kiến.</p>",
    )
    html = client.get(forum.url).content.decode()
    assert "Dự thảo nghị quyết về chuyển đổi số của thành phố." in html
    assert directive.url in html and "23-CT/TU" in html
    assert document.url in html and "Dự thảo nghị quyết" in html
    assert "Mục một" in html
    assert "Đang lấy ý kiến" in html
    opens = timezone.localtime(forum.opens_at)
    assert f"từ {opens:%H:%M %d/%m/%Y}" in html
    assert "Đã tiếp thu 120 ý kiến." not in html  # only once closed

    ForumPage.objects.filter(pk=forum.pk).update(closes_at=now - timedelta(minutes=1))
    html = client.get(forum.url).content.decode()
    assert "Đã kết thúc" in html
    assert "Đã tiếp thu 120 ý kiến." in html
    assert "Diễn đàn đã kết thúc, không nhận thêm ý kiến." in html


def test_forum_index_orders_by_phase_with_counts(client, forum_index):
    now = timezone.now()
    closed = make_forum(
        forum_index, title="Diễn đàn đã xong", opens_at=now - timedelta(days=20), closes_at=now - timedelta(days=5)
    )
    upcoming = make_forum(
        forum_index, title="Diễn đàn sắp mở", opens_at=now + timedelta(days=3), closes_at=now + timedelta(days=20)
    )
    open_ = make_forum(forum_index, title="Diễn đàn đang mở")
    for n in range(2):
        add_comment(closed, body=f"Ý kiến {n}")
    add_comment(closed, status=PENDING, body="Chưa duyệt")
    html = client.get(forum_index.url).content.decode()
    assert html.index(open_.title) < html.index(upcoming.title) < html.index(closed.title)
    assert "Sắp mở" in html and "Đang lấy ý kiến" in html and "Đã kết thúc" in html
    assert "2 ý kiến" in html and "0 ý kiến" in html


def test_forum_index_orders_within_each_phase(client, forum_index):
    now = timezone.now()

    def forum(title, opens, closes):
        return make_forum(
            forum_index, title=title, opens_at=now + timedelta(days=opens), closes_at=now + timedelta(days=closes)
        )

    later_upcoming = forum("Sắp mở tháng sau", 30, 60)
    soon_upcoming = forum("Sắp mở tuần tới", 7, 40)
    long_open = forum("Còn mở lâu", -5, 50)
    closing_open = forum("Sắp đóng", -20, 2)
    old_closed = forum("Đóng từ lâu", -90, -60)
    recent_closed = forum("Vừa đóng", -30, -1)
    html = client.get(forum_index.url).content.decode()
    order = [closing_open, long_open, soon_upcoming, later_upcoming, recent_closed, old_closed]
    positions = [html.index(f.title) for f in order]
    assert positions == sorted(positions)


def test_forum_index_empty_state(client, forum_index):
    assert "Chưa có diễn đàn góp ý nào." in client.get(forum_index.url).content.decode()


def test_directive_page_lists_forums_with_phase_and_takes_comments(client, outlet, forum_index):
    directive = make_directive(make_library(outlet))
    make_forum(forum_index, title="Lấy ý kiến về chỉ thị", directives=[directive])
    set_rule(directive, "post")
    html = client.get(directive.url).content.decode()
    assert "Lấy ý kiến về chỉ thị" in html and "Đang lấy ý kiến" in html
    assert 'id="binh-luan"' in html
    assert post_comment(client, directive).status_code == 303
    assert BODY in client.get(directive.url).content.decode()


def test_exemplar_page_takes_comments(client, outlet):
    exemplar = make_exemplar(make_registry(outlet))
    html = client.get(exemplar.url).content.decode()
    assert 'id="binh-luan"' in html
    assert post_comment(client, exemplar).status_code == 303
    assert Comment.objects.get().page_id == exemplar.pk


# ---------------------------------------------------------------- the list: replies, order, pages, queries


def test_replies_are_kept_to_two_levels(client, article):
    set_rule(article, "post")
    top = add_comment(article, author_name="Người mở đầu", body="Bình luận gốc.")
    response = client.get(article.url + f"?tra-loi={top.pk}")
    html = response.content.decode()
    assert f'name="parent" value="{top.pk}"' in html
    assert "Bạn đang trả lời bình luận của <strong>Người mở đầu</strong>" in html

    assert post_comment(client, article, parent=str(top.pk), body="Trả lời thứ nhất.").status_code == 303
    reply = Comment.objects.get(body="Trả lời thứ nhất.")
    assert reply.parent == top

    # A reply to a reply joins the first comment's thread.
    assert post_comment(client, article, parent=str(reply.pk), body="Trả lời của trả lời.").status_code == 303
    assert Comment.objects.get(body="Trả lời của trả lời.").parent == top

    html = client.get(article.url).content.decode()
    assert html.index("Bình luận gốc.") < html.index("Trả lời thứ nhất.") < html.index("Trả lời của trả lời.")
    assert html.count(">Trả lời</a>") == 1  # only top-level comments get the link
    assert "comment-list--replies" in html


def test_cannot_reply_to_a_hidden_comment_or_another_page(client, article, column):
    hidden = add_comment(article, status=PENDING)
    other = add_comment(make_article(column, title="Bài khác"))
    for parent in (hidden, other):
        response = post_comment(client, article, parent=str(parent.pk))
        assert response.status_code == 400
        assert "không còn hiển thị" in response.content.decode()
    assert Comment.objects.count() == 2


def test_only_approved_comments_are_listed_featured_first(client, article):
    add_comment(article, body="Cũ nhất đã duyệt", created_at=timezone.now() - timedelta(hours=3))
    add_comment(article, body="Mới nhất đã duyệt", created_at=timezone.now() - timedelta(hours=1))
    add_comment(article, body="Nổi bật", featured=True, created_at=timezone.now() - timedelta(hours=2))
    for status in (PENDING, REJECTED, SPAM, "withdrawn"):
        add_comment(article, status=status, body=f"Ẩn {status}")
    add_comment(article, body="Trả lời chưa duyệt", status=PENDING, parent=Comment.objects.get(body="Nổi bật"))

    html = client.get(article.url).content.decode()
    assert "Ẩn" not in html.split('id="binh-luan"')[1].split("comment-form")[0]
    assert "Trả lời chưa duyệt" not in html
    assert html.index("Nổi bật") < html.index("Mới nhất đã duyệt") < html.index("Cũ nhất đã duyệt")
    assert "3 bình luận" in html

    html = client.get(article.url + "?sap-xep=cu-nhat").content.decode()
    assert html.index("Nổi bật") < html.index("Cũ nhất đã duyệt") < html.index("Mới nhất đã duyệt")


def test_comments_are_paginated(client, article, settings):
    settings.COMMENT_PAGE_SIZE = 2
    for n in range(5):
        add_comment(article, body=f"Bình luận số {n}.", created_at=timezone.now() - timedelta(minutes=10 - n))
    html = client.get(article.url).content.decode()
    assert "Bình luận số 4." in html and "Bình luận số 3." in html and "Bình luận số 2." not in html
    assert 'href="?trang-binh-luan=2#binh-luan"' in html
    html = client.get(article.url + "?sap-xep=cu-nhat&trang-binh-luan=3").content.decode()
    assert "Bình luận số 4." in html and "Bình luận số 0." not in html
    # Junk page numbers fall back instead of failing.
    assert client.get(article.url + "?trang-binh-luan=abc").status_code == 200
    assert client.get(article.url + "?trang-binh-luan=" + "9" * 5000).status_code == 200


def test_many_pages_of_comments_link_a_window_not_every_page(client, article, settings):
    """Issue 15: 600,000 published opinions are 30,000 pages; the links are elided."""
    settings.COMMENT_PAGE_SIZE = 1
    Comment.objects.bulk_create(
        Comment(page=article, author_name="Bạn đọc", body=f"Bình luận {n}.", status=APPROVED) for n in range(30)
    )
    html = client.get(article.url + "?trang-binh-luan=15").content.decode()
    links = set(re.findall(r'trang-binh-luan=(\d+)#binh-luan"', html))
    assert {"13", "14", "16", "17", "30"} <= links  # page 1 is the bare URL
    assert not {"5", "10", "20", "25"} & links
    assert html.count('<span aria-hidden="true">…</span>') == 2
    assert '<span aria-current="page">15</span>' in html


def test_comment_block_runs_a_constant_number_of_queries(client, column, forum_index):
    def render_count(page, threads):
        for n in range(threads):
            top = add_comment(page, body=f"Gốc {n}", official_reply="Cảm ơn bạn.", official_reply_by="Sở Nội vụ")
            for m in range(2):
                add_comment(page, body=f"Trả lời {n}.{m}", parent=top)
        client.get(page.url)  # warm the per-request caches (site, settings) first
        with CaptureQueriesContext(connection) as queries:
            assert client.get(page.url).status_code == 200
        return len(queries)

    few = make_article(column, title="Ít bình luận")
    many = make_article(column, title="Nhiều bình luận")
    assert render_count(few, 1) == render_count(many, 12)

    sections = ["Mục A", "Mục B"]
    forum_few = make_forum(forum_index, title="Ít ý kiến", sections=sections)
    forum_many = make_forum(forum_index, title="Nhiều ý kiến", sections=sections)
    assert render_count(forum_few, 1) == render_count(forum_many, 12)


def test_official_reply_is_shown_under_the_comment(client, article):
    add_comment(article, body="Khi nào sửa đường?", official_reply="Quý II sẽ sửa.", official_reply_by="UBND phường")
    html = client.get(article.url).content.decode()
    assert html.index("Khi nào sửa đường?") < html.index("Trả lời của UBND phường") < html.index("Quý II sẽ sửa.")


def test_article_date_line_counts_approved_comments_only(client, article):
    add_comment(article)
    add_comment(article, body="Thứ hai")
    add_comment(article, status=PENDING, body="Chờ")
    html = client.get(article.url).content.decode()
    assert '<span class="dateline__comments" title="Bình luận">2 bình luận</span>' in html
    assert article.comment_count == 2


# ---------------------------------------------------------------- reports


def test_reports_from_three_people_send_a_comment_back_to_moderation(client, article):
    comment = add_comment(article, body="Bình luận bị báo.")
    response = report(client, comment, "198.51.100.1")
    assert response.status_code == 303
    assert response["Location"] == f"{article.url}?bao-vi-pham=da-gui#binh-luan"
    assert "Cảm ơn bạn đã báo vi phạm" in client.get(response["Location"]).content.decode()

    # The same person twice counts once, without an error.
    assert report(client, comment, "198.51.100.1", reason="spam").status_code == 303
    assert CommentReport.objects.filter(comment=comment).count() == 1
    report_row = CommentReport.objects.get()
    assert report_row.reporter_key == reporter_key("198.51.100.1") and "198.51.100.1" not in report_row.reporter_key

    report(client, comment, "198.51.100.2")
    comment.refresh_from_db()
    assert comment.status == APPROVED
    report(client, comment, "198.51.100.3")
    comment.refresh_from_db()
    assert comment.status == PENDING
    assert comment.status_reason == "Bị 3 người báo vi phạm."
    assert "Bình luận bị báo." not in client.get(article.url).content.decode()

    # No longer published: cannot be reported.
    assert report(client, comment, "198.51.100.4").status_code == 404


def test_going_back_to_pending_after_reports_is_in_the_audit_log(client, article):
    from wagtail.models import ModelLogEntry

    comment = add_comment(article, body="Bình luận bị nhiều người báo.")
    for ip in ("198.51.100.1", "198.51.100.2", "198.51.100.3"):
        report(client, comment, ip)
    entry = ModelLogEntry.objects.get(object_id=str(comment.pk), action="forums.reported_hidden")
    assert entry.user is None
    assert entry.data["reason"] == "Bị 3 người báo vi phạm." and entry.data["status"] == PENDING
    assert entry.label == f"Bình luận #{comment.pk}"


def test_reports_dealt_with_by_a_moderator_are_not_counted_again(client, article, django_user_model):
    from cms.comments import moderation

    moderator = django_user_model.objects.create_superuser("kiemduyet-bao", password="x")
    comment = add_comment(article, body="Bình luận được duyệt lại.")
    for ip in ("198.51.100.1", "198.51.100.2", "198.51.100.3"):
        report(client, comment, ip)
    comment.refresh_from_db()
    assert comment.status == PENDING
    moderation.approve([comment], moderator, reason="Không vi phạm.")
    comment.refresh_from_db()
    assert comment.status == APPROVED

    # Two new people: below the threshold, since the three earlier reports were decided on.
    report(client, comment, "198.51.100.4")
    report(client, comment, "198.51.100.5")
    comment.refresh_from_db()
    assert comment.status == APPROVED
    report(client, comment, "198.51.100.6")
    comment.refresh_from_db()
    assert comment.status == PENDING and comment.status_reason == "Bị 3 người báo vi phạm."


def test_report_threshold_comes_from_the_outlet_settings(client, article):
    settings = CommentSettings.for_page(article)
    settings.report_threshold = 1
    settings.save()
    comment = add_comment(article)
    report(client, comment, "198.51.100.9")
    comment.refresh_from_db()
    assert comment.status == PENDING and comment.status_reason == "Bị 1 người báo vi phạm."


def test_report_needs_a_known_reason_and_a_published_comment(client, article):
    comment = add_comment(article)
    response = report(client, comment, "198.51.100.1", reason="khong-co")
    assert response.status_code == 400
    assert "Lý do báo vi phạm không hợp lệ." in response.content.decode()
    assert not CommentReport.objects.exists()
    assert report(client, add_comment(article, status=PENDING, body="x y"), "198.51.100.1").status_code == 404
    assert client.post("/binh-luan/99999999999999999999999/bao-vi-pham/", {"reason": "spam"}).status_code == 404
    assert client.get(reverse("comments:report_comment", args=[comment.pk])).status_code == 405


def test_each_comment_has_a_report_form(client, article):
    comment = add_comment(article)
    html = client.get(article.url).content.decode()
    assert f'action="{reverse("comments:report_comment", args=[comment.pk])}"' in html
    assert 'name="reason"' in html and ">Báo vi phạm</button>" in html
