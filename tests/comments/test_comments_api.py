"""The JSON comment API: what GET returns, every error class of POST, the
Origin rule that replaces CSRF, and that no input gives a 500."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from cms.comments.models import APPROVED, PENDING, REJECTED, SPAM, WITHDRAWN, Comment, CommentReport
from tests.comments.test_public_comments import _comment_settings, add_comment, make_forum, make_forum_index, set_rule
from tests.factories import make_article

pytestmark = pytest.mark.django_db
__all__ = ["_comment_settings"]  # the autouse fixture, imported to apply here too

URL = "/api/comments/"


def payload(target, **changes):
    data = {
        "page": target.pk,
        "author_name": "Lê Văn Người Đọc",
        "author_email": "nguoi.doc@example.vn",
        "body": "Tôi đồng tình với chủ trương của thành phố.",
    }
    data.update(changes)
    return data


def post_json(client, data, url=URL, ip="203.0.113.20", **headers):
    body = data if isinstance(data, bytes | str) else json.dumps(data)
    return client.post(url, body, content_type="application/json", REMOTE_ADDR=ip, **headers)


def report_url(comment_id):
    return f"/api/comments/{comment_id}/report/"


# ---------------------------------------------------------------- GET


def test_get_returns_only_approved_comments_with_replies(client, article):
    top = add_comment(
        article,
        body="Gốc đã duyệt",
        official_reply="Đã tiếp thu.",
        official_reply_by="Ban biên tập",
        official_reply_at=timezone.now(),
        featured=True,
    )
    add_comment(article, body="Trả lời đã duyệt", parent=top)
    add_comment(article, body="Trả lời chờ duyệt", parent=top, status=PENDING)
    for status in (PENDING, REJECTED, SPAM, WITHDRAWN):
        add_comment(article, status=status, body=f"Ẩn {status}")

    response = client.get(URL, {"page": article.pk})
    assert response.status_code == 200
    data = response.json()
    assert (data["count"], data["page"], data["pages"]) == (1, 1, 1)
    [item] = data["results"]
    assert item["id"] == top.pk and item["body"] == "Gốc đã duyệt" and item["featured"] is True
    assert item["created_at"].endswith("+07:00")
    assert item["official_reply"]["text"] == "Đã tiếp thu." and item["official_reply"]["by"] == "Ban biên tập"
    assert item["official_reply"]["at"].endswith("+07:00")
    assert [reply["body"] for reply in item["replies"]] == ["Trả lời đã duyệt"]
    assert "replies" not in item["replies"][0]
    text = response.content.decode()
    for hidden in ("Ẩn", "chờ duyệt", "example.vn", "ip_address", "phone"):
        assert hidden not in text


def test_get_sorts_and_pages(client, article, settings):
    settings.COMMENT_PAGE_SIZE = 2
    for n in range(3):
        add_comment(article, body=f"Số {n}", created_at=timezone.now() - timedelta(minutes=10 - n))
    newest = client.get(URL, {"page": article.pk}).json()
    assert [c["body"] for c in newest["results"]] == ["Số 2", "Số 1"] and newest["pages"] == 2
    oldest = client.get(URL, {"page": article.pk, "sort": "oldest", "p": 2}).json()
    assert [c["body"] for c in oldest["results"]] == ["Số 2"]


def test_get_on_a_forum_gives_stance_and_section(client, outlet):
    forum = make_forum(make_forum_index(outlet), sections=["Mục một"])
    section = forum.sections.get()
    add_comment(forum, stance="dong-y", section=section)
    [item] = client.get(URL, {"page": forum.pk}).json()["results"]
    assert item["stance"] == "dong-y"
    assert item["section"] == {"id": section.pk, "title": "Mục một"}


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ({}, 400),
        ({"page": "abc"}, 400),
        ({"page": "-1"}, 400),
        ({"page": "1\x00"}, 400),
        ({"page": "999999"}, 404),
        ({"page": "9" * 5000}, 404),
        ({"sort": "ngau-nhien"}, 400),
        ({"p": "0"}, 400),
        ({"p": "x"}, 400),
        ({"p": "5"}, 404),
        ({"p": "9" * 5000}, 404),
    ],
)
def test_get_errors(client, article, query, status):
    params = {"page": article.pk, **query} if "page" not in query and query else query
    response = client.get(URL, params)
    assert response.status_code == status
    assert "errors" in response.json()


def test_get_refuses_non_commentable_and_unpublished_pages(client, column):
    assert client.get(URL, {"page": column.pk}).status_code == 404
    draft = make_article(column, title="Nháp", publish=False)
    assert client.get(URL, {"page": draft.pk}).status_code == 404


# ---------------------------------------------------------------- POST


def test_post_creates_a_pending_comment(client, article):
    response = post_json(client, payload(article, notify_on_publish=True))
    assert response.status_code == 201
    data = response.json()
    comment = Comment.objects.get(pk=data["id"])
    assert data["status"] == "pending" == comment.status
    assert comment.notify_on_publish and comment.ip_address == "203.0.113.20"
    assert client.get(URL, {"page": article.pk}).json()["count"] == 0


def test_post_on_a_post_moderated_page_is_published(client, article):
    set_rule(article, "post")
    response = post_json(client, payload(article))
    assert response.json()["status"] == APPROVED
    assert client.get(URL, {"page": article.pk}).json()["count"] == 1


def test_post_reply_and_forum_fields(client, outlet):
    forum = make_forum(make_forum_index(outlet), sections=["Mục một"], require_phone=True, comment_rule="post")
    section = forum.sections.get()
    top = add_comment(forum)
    reply = add_comment(forum, parent=top, body="Trả lời")
    data = payload(forum, parent=reply.pk, stance="khong-dong-y", section=section.pk, phone="0292 3821 111")
    response = post_json(client, data)
    assert response.status_code == 201, response.content
    comment = Comment.objects.get(pk=response.json()["id"])
    assert (comment.parent, comment.section, comment.stance) == (top, section, "khong-dong-y")

    response = post_json(client, payload(forum, body="Thiếu quan điểm và điện thoại"))
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert set(errors) == {"stance", "phone"}


def test_post_validation_errors_use_the_form_rules(client, article):
    response = post_json(client, payload(article, author_name="", body="a", author_email="sai"))
    assert response.status_code == 400
    assert response.json() == {
        "errors": {
            "author_name": ["Vui lòng nhập họ tên của bạn."],
            "author_email": ["Địa chỉ email không hợp lệ."],
            "body": ["Nội dung quá ngắn: cần ít nhất 2 ký tự."],
        }
    }


def test_bad_json_and_non_objects(client, article):
    response = post_json(client, b"{not json")
    assert response.status_code == 400
    assert response.json() == {"errors": {"__all__": ["JSON không hợp lệ."]}}
    for body in ("[1, 2]", "null", '"chuỗi"', "42"):
        response = post_json(client, body)
        assert response.status_code == 400, body
        assert "đối tượng" in response.json()["errors"]["__all__"][0]
    assert post_json(client, b"\xff\xfe{}").status_code == 400  # not UTF-8
    # Deep nesting inside the size limit: a RecursionError in the parser, answered 400.
    assert post_json(client, "[" * 30_000 + "]" * 30_000).status_code == 400
    assert post_json(client, '{"page": ' + "9" * 5000 + "}").status_code == 400


def test_unknown_fields_are_named(client, article):
    response = post_json(client, payload(article, is_admin=True, status="approved"))
    assert response.status_code == 400
    assert response.json()["errors"]["__all__"] == ["Trường không được hỗ trợ: is_admin, status."]


def test_wrong_content_type_is_415(client, article):
    response = client.post(URL, payload(article))  # form-encoded
    assert response.status_code == 415
    response = client.post(URL, json.dumps(payload(article)), content_type="text/plain")
    assert response.status_code == 415


def test_body_over_64_kb_is_413(client, article):
    response = post_json(client, payload(article, body="x" * (64 * 1024)))
    assert response.status_code == 413
    assert not Comment.objects.exists()


def test_pages_that_cannot_take_comments_are_404(client, column, article):
    draft = make_article(column, title="Nháp", publish=False)
    for page_id in (999999, 10**30, str(10**30), column.pk, draft.pk):
        response = post_json(client, payload(article, page=page_id))
        assert response.status_code == 404, page_id
    for page_id in (None, True, "abc", [article.pk], {"id": 1}, 1.5):
        assert post_json(client, payload(article, page=page_id)).status_code == 400, page_id


def test_closed_pages_and_forums_are_403(client, article, outlet):
    type(article).objects.filter(pk=article.pk).update(comments_closed=True)
    response = post_json(client, payload(article))
    assert response.status_code == 403
    assert response.json()["errors"]["__all__"] == ["Trang này đã đóng bình luận."]

    now = timezone.now()
    index = make_forum_index(outlet)
    upcoming = make_forum(index, title="Sắp mở", opens_at=now + timedelta(days=1), closes_at=now + timedelta(days=5))
    closed = make_forum(index, title="Đã xong", opens_at=now - timedelta(days=5), closes_at=now - timedelta(days=1))
    response = post_json(client, payload(upcoming, stance="dong-y"))
    assert response.status_code == 403 and "Diễn đàn chưa mở" in response.json()["errors"]["__all__"][0]
    response = post_json(client, payload(closed, stance="dong-y"))
    assert response.status_code == 403 and "Diễn đàn đã kết thúc" in response.json()["errors"]["__all__"][0]
    assert not Comment.objects.exists()


def test_rate_limit_is_429_with_retry_after(client, article, settings):
    settings.COMMENT_RATE_PER_MINUTE = 2
    assert post_json(client, payload(article, body="Một")).status_code == 201
    assert post_json(client, payload(article, body="Hai")).status_code == 201
    response = post_json(client, payload(article, body="Ba"))
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert "thử lại sau" in response.json()["errors"]["__all__"][0]


def test_duplicate_is_409(client, article):
    assert post_json(client, payload(article)).status_code == 201
    response = post_json(client, payload(article))
    assert response.status_code == 409
    assert Comment.objects.count() == 1


def test_the_same_comment_with_invisible_characters_is_a_duplicate(client, article):
    assert post_json(client, payload(article)).status_code == 201
    # Zero-width spaces, a soft hyphen, a word joiner, a BOM and bidi marks: invisible,
    # so to a reader this is the same comment again.
    hidden = "T\u200bôi đồng\u00ad tình với\u2060 chủ trương\u200e của thành\u200f phố.\ufeff"
    response = post_json(client, payload(article, body=hidden))
    assert response.status_code == 409
    assert Comment.objects.count() == 1


def test_a_body_of_invisible_characters_only_is_empty(client, article):
    response = post_json(client, payload(article, body="\u200b\u200b\u2060\ufeff\u00ad"))
    assert response.status_code == 400
    assert response.json()["errors"]["body"] == ["Vui lòng nhập nội dung bình luận."]
    assert not Comment.objects.exists()


def test_reply_to_a_hidden_comment_is_400(client, article):
    hidden = add_comment(article, status=PENDING)
    response = post_json(client, payload(article, parent=hidden.pk))
    assert response.status_code == 400
    assert "parent" in response.json()["errors"]


@pytest.mark.parametrize(
    "changes",
    [
        {"body": 12345},
        {"body": ["mảng"]},
        {"body": {"a": 1}},
        {"author_name": True},
        {"body": "có NUL \x00 ở giữa"},
        {"author_name": "\x00"},
        {"author_email": "a\x00@example.vn"},
        {"parent": 10**30},
        {"parent": -1},
        {"parent": "abc"},
        {"parent": [1]},
        {"parent": True},
        {"section": 5},
        {"stance": "dong-y"},  # not a forum: ignored, still fine
        {"notify_on_publish": "có"},
        {"author_name": None},
        {"body": None},
        {"body": float("nan")},
    ],
)
def test_odd_values_never_give_500(client, article, changes):
    response = post_json(client, payload(article, **changes))
    assert response.status_code in (201, 400), response.content
    if response.status_code == 400:
        assert response.json()["errors"]


def test_emoji_and_right_to_left_text_are_kept(client, article):
    body = "Rất hay 👍🏽🇻🇳 — مرحبا بالعالم — שלום \u202e đảo chiều"
    response = post_json(client, payload(article, body=body, author_name="Người dùng 😀"))
    assert response.status_code == 201
    assert Comment.objects.get().body == body


def test_method_not_allowed_is_json(client):
    response = client.put(URL, "{}", content_type="application/json")
    assert response.status_code == 405
    assert "GET" in response["Allow"] and "POST" in response["Allow"]
    assert response.json()["errors"]


# ---------------------------------------------------------------- Origin (the CSRF defence)


def test_origin_rules(client, article, settings):
    # Same origin as the request, as the browser sends it.
    assert post_json(client, payload(article, body="Cùng nguồn"), HTTP_ORIGIN="http://testserver").status_code == 201
    # No Origin: a server-side front-end.
    assert post_json(client, payload(article, body="Không có Origin")).status_code == 201
    # Another site.
    response = post_json(client, payload(article, body="Trang lạ"), HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    assert "Origin" in response.json()["errors"]["__all__"][0]
    assert post_json(client, payload(article, body="Null"), HTTP_ORIGIN="null").status_code == 403
    # Same host, other scheme or port, is another origin.
    assert post_json(client, payload(article, body="Cổng lạ"), HTTP_ORIGIN="http://testserver:8080").status_code == 403
    # An allowed front-end, which may also read the answer.
    settings.COMMENT_ALLOWED_ORIGINS = ["https://app.cantho.example"]
    response = post_json(client, payload(article, body="Ứng dụng"), HTTP_ORIGIN="https://app.cantho.example")
    assert response.status_code == 201
    assert response["Access-Control-Allow-Origin"] == "https://app.cantho.example"
    assert Comment.objects.filter(body="Trang lạ").count() == 0


def test_report_checks_origin_too(client, article):
    comment = add_comment(article)
    response = post_json(client, {"reason": "spam"}, url=report_url(comment.pk), HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    assert not CommentReport.objects.exists()


def test_preflight_for_allowed_origins_only(client, settings):
    settings.COMMENT_ALLOWED_ORIGINS = ["https://app.cantho.example"]
    response = client.options(URL, HTTP_ORIGIN="https://app.cantho.example")
    assert response.status_code == 200
    assert "POST" in response["Access-Control-Allow-Methods"]
    assert response["Access-Control-Allow-Headers"] == "Content-Type"
    assert client.options(URL, HTTP_ORIGIN="https://evil.example").status_code == 403


# ---------------------------------------------------------------- reports


def test_report_is_202_and_three_people_hide_the_comment(client, article):
    comment = add_comment(article)
    for n in range(1, 4):
        response = post_json(
            client, {"reason": "sai-su-that", "note": "Số liệu sai"}, url=report_url(comment.pk), ip=f"198.51.100.{n}"
        )
        assert response.status_code == 202
        assert response.json() == {"reported": True}
        if n == 1:
            # The same person again: accepted, counted once.
            again = post_json(client, {"reason": "spam"}, url=report_url(comment.pk), ip="198.51.100.1")
            assert again.status_code == 202
    assert CommentReport.objects.filter(comment=comment).count() == 3
    comment.refresh_from_db()
    assert (comment.status, comment.status_reason) == (PENDING, "Bị 3 người báo vi phạm.")
    assert post_json(client, {"reason": "spam"}, url=report_url(comment.pk)).status_code == 404


def test_one_client_forging_x_forwarded_for_is_one_reporter(client, article, settings):
    """TRUSTED_PROXY_HOPS=1 set, but no proxy in front: the client writes the header
    itself. Three forged addresses from one connection are one person, and the
    comment stays published."""
    settings.TRUSTED_PROXY_HOPS = 1
    settings.TRUSTED_PROXIES = []
    comment = add_comment(article, body="Bình luận một người muốn ẩn.")
    for n in range(1, 4):
        response = post_json(
            client,
            {"reason": "spam"},
            url=report_url(comment.pk),
            ip="203.0.113.9",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}",
        )
        assert response.status_code == 202
    assert CommentReport.objects.filter(comment=comment).count() == 1
    comment.refresh_from_db()
    assert comment.status == APPROVED
    assert "Bình luận một người muốn ẩn." in client.get(article.url).content.decode()


def test_behind_a_trusted_proxy_the_forwarded_addresses_are_different_people(client, article, settings):
    settings.TRUSTED_PROXY_HOPS = 0
    settings.TRUSTED_PROXIES = ["10.0.0.2"]
    comment = add_comment(article)
    for n in range(1, 4):
        response = post_json(
            client,
            {"reason": "spam"},
            url=report_url(comment.pk),
            ip="10.0.0.2",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}",
        )
        assert response.status_code == 202
    comment.refresh_from_db()
    assert comment.status == PENDING


def test_addresses_of_one_ipv6_network_are_one_reporter(client, article):
    """An IPv6 household or server gets a whole /64: 2**64 addresses, one person."""
    comment = add_comment(article)
    for host in ("1", "2", "abcd:ef01:2345:6789"):
        ip = f"2001:db8:aa:bb:{host}" if ":" in host else f"2001:db8:aa:bb::{host}"
        assert post_json(client, {"reason": "spam"}, url=report_url(comment.pk), ip=ip).status_code == 202
    assert CommentReport.objects.filter(comment=comment).count() == 1
    for other in ("2001:db8:aa:cc::1", "2001:db8:aa:dd::1"):  # other /64s: other people
        post_json(client, {"reason": "spam"}, url=report_url(comment.pk), ip=other)
    comment.refresh_from_db()
    assert comment.status == PENDING


@pytest.mark.parametrize(
    ("data", "status"),
    [
        ({"reason": "khong-ro"}, 400),
        ({}, 400),
        ({"reason": None}, 400),
        ({"reason": 1}, 400),
        ({"reason": ["spam"]}, 400),
        ({"reason": "spam\x00"}, 400),
        ({"reason": "spam", "note": "x" * 501}, 400),
        ({"reason": "spam", "note": 5}, 400),
        ({"reason": "spam", "extra": 1}, 400),
        ({"reason": "spam", "note": None}, 202),
    ],
)
def test_report_errors(client, article, data, status):
    comment = add_comment(article)
    response = post_json(client, data, url=report_url(comment.pk))
    assert response.status_code == status, response.content


def test_report_unknown_or_hidden_comments_are_404(client, article):
    hidden = add_comment(article, status=REJECTED)
    for comment_id in (hidden.pk, 999999, 10**30):
        assert post_json(client, {"reason": "spam"}, url=report_url(comment_id)).status_code == 404
    assert client.get(report_url(hidden.pk)).status_code == 405
