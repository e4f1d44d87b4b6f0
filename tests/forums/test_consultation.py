"""Issue 15: opinions on a draft's parts, the counters kept with each decision, the
tally API, the rebuild command and the published response with its subscriptions."""

import json
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from cms.comments import moderation
from cms.comments.models import APPROVED, PENDING, Comment, CommentSettings, OpinionTally
from cms.comments.services import report_comment
from cms.core.newsroom import MODERATORS
from cms.forums.models import ConsultationResponsePage, DraftPart, ResponseItem, ResponseSubscription
from tests.factories import make_article, make_column, make_forum, make_user

URL = "/api/comments/"
DRAFT = """KẾ HOẠCH (dự thảo)
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi
Kế hoạch áp dụng trong toàn Đảng bộ thành phố.
Điều 2. Nhiệm vụ
1. Học tập chuyên đề hằng năm.
2. Nêu gương của người đứng đầu.
"""


def post_json(client, data, ip="203.0.113.20"):
    return client.post(URL, json.dumps(data), content_type="application/json", REMOTE_ADDR=ip)


def add_parts(forum, specs):
    for order, (kind, number, heading) in enumerate(specs):
        forum.draft_parts.add(DraftPart(kind=kind, number=number, heading=heading, sort_order=order))
    forum.save_revision().publish()
    # publish() saves a copy of the page from the revision: drop this object's unsaved parts.
    forum.__dict__.pop("_cluster_related_objects", None)
    forum.refresh_from_db()
    return list(DraftPart.objects.filter(page=forum).order_by("sort_order"))


@pytest.fixture
def forum(outlet):
    return make_forum(outlet)


@pytest.fixture
def parts(forum):
    return add_parts(
        forum, [("chuong", "Chương I", "Quy định chung"), ("dieu", "Điều 1", "Phạm vi"), ("khoan", "Khoản 1", "")]
    )


@pytest.fixture
def moderator(outlet):
    return make_user("kiemduyet", MODERATORS)


def opinion(forum, part=None, stance="dong-y", status=PENDING, **fields):
    fields.setdefault("author_name", "Trần Thị Lan")
    fields.setdefault("body", "Tôi đồng ý với nội dung này của dự thảo.")
    return Comment.objects.create(page=forum, part=part, stance=stance, status=status, **fields)


def tally(client, forum):
    response = client.get(f"/api/forums/{forum.pk}/tally/")
    assert response.status_code == 200
    return response.json()


def counted(forum, part=None):
    return sum(OpinionTally.objects.filter(page=forum, part_key=part.pk if part else 0).values_list("count", flat=True))


# ---------------------------------------------------------------- the draft's parts


def test_parents_follow_the_order_and_clause_labels_name_their_article(forum, parts):
    chapter, article, clause = parts
    assert article.parent_id == chapter.pk and clause.parent_id == article.pk and chapter.parent_id is None
    assert [p.label for p in forum.parts()] == ["Chương I", "Điều 1", "Khoản 1 Điều 1"]
    assert clause.full_label == "Khoản 1 Điều 1"


def test_pasting_the_draft_in_the_page_editor_makes_the_parts(client, forum, outlet):
    admin = make_user("admin", is_superuser=True, is_staff=True)
    client.force_login(admin)
    local = timezone.localtime
    data = nested_form_data(
        {
            "title": forum.title,
            "slug": forum.slug,
            "subject": rich_text("<p>Góp ý dự thảo kế hoạch.</p>"),
            "forum_directives": inline_formset([]),
            "forum_files": inline_formset([]),
            "sections": inline_formset([]),
            "draft_parts": inline_formset([]),
            "draft_source": DRAFT,
            "opens_at": local(forum.opens_at).strftime("%Y-%m-%d %H:%M"),
            "closes_at": local(forum.closes_at).strftime("%Y-%m-%d %H:%M"),
            "comment_rule": "pre",
            "require_email": "on",
            "synthesis": rich_text(""),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/{forum.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    forum.refresh_from_db()
    assert [(p.kind, p.number, p.heading) for p in forum.draft_parts.order_by("sort_order")] == [
        ("chuong", "Chương I", "QUY ĐỊNH CHUNG"),
        ("dieu", "Điều 1", "Phạm vi"),
        ("dieu", "Điều 2", "Nhiệm vụ"),
        ("khoan", "Khoản 1", ""),
        ("khoan", "Khoản 2", ""),
    ]
    # Once a part has opinions, pasting again is refused (it would replace them).
    part = forum.draft_parts.get(number="Điều 2")
    opinion(forum, part)
    data["draft_source"] = "Điều 1. Khác"
    for i, p in enumerate(forum.draft_parts.order_by("sort_order")):
        data.update(
            {
                f"draft_parts-{i}-id": str(p.pk),
                f"draft_parts-{i}-kind": p.kind,
                f"draft_parts-{i}-number": p.number,
                f"draft_parts-{i}-heading": p.heading,
                f"draft_parts-{i}-text": p.text,
                f"draft_parts-{i}-ORDER": str(i + 1),
                f"draft_parts-{i}-DELETE": "",
            }
        )
    data["draft_parts-TOTAL_FORMS"] = data["draft_parts-INITIAL_FORMS"] = "5"
    response = client.post(f"/admin/pages/{forum.pk}/edit/", data)
    assert response.status_code == 200
    assert "không thể nhận dạng lại" in response.content.decode()
    assert forum.draft_parts.count() == 5


# ---------------------------------------------------------------- posting an opinion on a part


def payload(forum, **changes):
    data = {
        "page": forum.pk,
        "author_name": "Lê Minh Khoa",
        "author_email": "khoa@example.vn",
        "body": "Đề nghị quy định rõ thời hạn học tập chuyên đề.",
        "stance": "y-kien-khac",
    }
    data.update(changes)
    return data


def test_an_opinion_on_a_part_is_stored_and_listed(client, forum, parts, moderator):
    _, article, _ = parts
    wording = '<script>alert("x")</script> Mỗi năm hai chuyên đề.'
    response = post_json(client, payload(forum, part=article.pk, proposed_wording=wording))
    assert response.status_code == 201, response.json()
    comment = Comment.objects.get(pk=response.json()["id"])
    assert comment.part == article and comment.proposed_wording == wording
    moderation.approve([comment], moderator)
    [item] = client.get(URL, {"page": forum.pk}).json()["results"]
    assert item["part"] == {"id": article.pk, "label": "Điều 1"}
    assert item["proposed_wording"] == wording
    html = client.get(forum.url + f"?phan={article.pk}").content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Mỗi năm hai chuyên đề." in html
    assert "<script>alert" not in html
    assert "Các điều được góp ý nhiều nhất" in html


@pytest.mark.parametrize(
    "changes,field,message",
    [
        ({"part": "abc"}, "part", "mã số hợp lệ"),
        ({"part": -3}, "part", "mã số hợp lệ"),
        ({"part": 10**30}, "part", "mã số hợp lệ"),
        ({"part": [1]}, "part", "mã số hợp lệ"),
        ({"proposed_wording": "Sửa."}, "part", "Chọn phần dự thảo"),
        ({"proposed_wording": 5}, "proposed_wording", "chuỗi"),
    ],
)
def test_malformed_parts_and_wordings_are_refused_in_vietnamese(client, forum, parts, changes, field, message):
    response = post_json(client, payload(forum, **changes))
    assert response.status_code == 400
    assert message in " ".join(response.json()["errors"][field])


def test_a_part_of_another_forum_and_huge_wording_are_refused(client, outlet, forum, parts):
    other = make_forum(make_column(outlet, "Khác"), title="Diễn đàn khác", slug="khac")
    [other_part] = add_parts(other, [("dieu", "Điều 5", "")])
    response = post_json(client, payload(forum, part=other_part.pk))
    assert response.status_code == 400
    assert response.json()["errors"]["part"] == ["Phần dự thảo này không có trong diễn đàn."]
    response = post_json(client, payload(forum, part=parts[1].pk, proposed_wording="x" * 5001))
    assert response.status_code == 400 and "Tối đa 5000 ký tự" in response.json()["errors"]["proposed_wording"][0]
    article = make_article(make_column(outlet, "Thời sự"))
    response = post_json(client, {**payload(article, part=parts[1].pk), "stance": None})
    assert response.status_code == 400
    assert response.json()["errors"]["part"] == ["Trang này không nhận ý kiến theo phần dự thảo."]
    assert not Comment.objects.exists()


def test_the_html_form_preselects_the_part_a_reader_opened(client, forum, parts):
    html = client.get(forum.url + f"?phan={parts[1].pk}").content.decode()
    assert f'<option value="{parts[1].pk}" selected>' in html
    assert client.get(forum.url + "?phan=abc").status_code == 200


def test_the_model_refuses_a_part_of_another_forum(outlet, forum, parts):
    from django.core.exceptions import ValidationError

    other = make_forum(make_column(outlet, "Khác"), title="Diễn đàn khác", slug="khac")
    comment = Comment(page=other, part=parts[1], author_name="A", body="Nội dung đủ dài.")
    with pytest.raises(ValidationError):
        comment.full_clean()


# ---------------------------------------------------------------- counters


def test_counters_move_with_each_decision(client, forum, parts, moderator):
    _, article, _ = parts
    waiting = opinion(forum, article, locality="Phường Ninh Kiều")
    rejected = opinion(forum, article, body="Ý kiến sẽ bị từ chối vì trùng.")
    assert counted(forum, article) == 0  # pending counts nothing
    moderation.reject([rejected], moderator, "Trùng lặp")
    assert counted(forum, article) == 0  # nor does rejecting it
    moderation.approve([waiting], moderator)
    moderation.approve([waiting], moderator)  # approving twice counts once
    assert counted(forum, article) == 1
    data = tally(client, forum)
    assert data["count"] == 1
    assert {"id": article.pk, "label": "Điều 1", "heading": "Phạm vi", "kind": "dieu", "count": 1} == {
        k: v for k, v in next(p for p in data["by_part"] if p["id"] == article.pk).items() if k != "by_stance"
    }
    assert data["by_locality"] == [{"locality": "Phường Ninh Kiều", "count": 1, "people": 1}]
    assert data["by_channel"][0]["channel"] == "truc-tuyen"
    assert next(s for s in data["by_stance"] if s["stance"] == "dong-y")["count"] == 1
    moderation.withdraw([waiting], moderator, "Người gửi xin rút")
    assert counted(forum, article) == 0
    # Reported back to pending by readers: no longer counted.
    moderation.approve([waiting], moderator)
    settings = CommentSettings.for_page(forum)
    settings.report_threshold = 1
    settings.save()
    waiting.refresh_from_db()
    report_comment(waiting, "spam", "", "198.51.100.7")
    assert Comment.objects.get(pk=waiting.pk).status == PENDING
    assert counted(forum, article) == 0
    call_command("rebuild_forum_tallies", "--check", stdout=open("/dev/null", "w"))


def test_post_moderated_forums_count_at_once_and_the_page_shows_it(client, forum, parts):
    forum.comment_rule = "post"
    forum.save_revision().publish()
    response = post_json(client, payload(forum, part=parts[1].pk, stance="khong-dong-y"))
    assert response.json()["status"] == APPROVED
    assert counted(forum, parts[1]) == 1
    html = client.get(forum.url).content.decode()
    assert f'data-part="{parts[1].pk}" data-total="1"' in html


def test_offline_opinions_on_a_part_count_the_people_they_speak_for(client, forum, parts, moderator, outlet):
    from cms.forums.admin_views import OfflineEntryForm

    other = make_forum(make_column(outlet, "Khác"), title="Diễn đàn khác", slug="khac")
    [other_part] = add_parts(other, [("dieu", "Điều 5", "")])
    base = {
        "forum": forum.pk,
        "source": "hoi-nghi",
        "organisation": "Hội Cựu chiến binh phường An Hòa",
        "meeting": "Hội nghị lấy ý kiến ngày 20/11",
        "people_count": "120",
        "stance": "dong-y",
        "body": "Hội nghị thống nhất với Điều 1.",
    }
    assert "không thuộc diễn đàn" in str(OfflineEntryForm({**base, "part": other_part.pk}).errors)
    assert "Số người ít nhất là 1" in str(OfflineEntryForm({**base, "part": parts[1].pk, "people_count": "0"}).errors)
    client.force_login(moderator)
    response = client.post("/admin/kiem-duyet/nhap-y-kien/", {**base, "part": parts[1].pk})
    assert response.status_code == 302
    comment = Comment.objects.get(meeting="Hội nghị lấy ý kiến ngày 20/11")
    assert comment.part == parts[1] and comment.people_count == 120 and comment.status == APPROVED
    detail = client.get(f"/admin/kiem-duyet/{comment.pk}/").content.decode()
    assert "Phần dự thảo" in detail and "Điều 1. Phạm vi" in detail and "Hội nghị lấy ý kiến ngày 20/11" in detail
    data = tally(client, forum)
    assert data["people"] == 120 and data["count"] == 1
    assert data["by_channel"] == [
        {"channel": "hoi-nghi", "label": "Hội nghị, buổi làm việc", "count": 1, "people": 120}
    ]


def test_tally_of_unknown_unpublished_or_malformed_forums_is_a_vietnamese_404(client, forum):
    for forum_id in ["999999", "abc", "1" * 40, "-1"]:
        response = client.get(f"/api/forums/{forum_id}/tally/")
        assert response.status_code == 404
        assert "Không tìm thấy diễn đàn" in response.json()["errors"]["__all__"][0]
    forum.unpublish()
    assert client.get(f"/api/forums/{forum.pk}/tally/").status_code == 404
    assert client.post(f"/api/forums/{forum.pk}/tally/").status_code == 405


def test_rebuild_finds_and_repairs_drift(forum, parts, moderator, capsys):
    opinion(forum, parts[1], status=APPROVED)  # written around the engine: not counted
    opinion(forum, None, status=APPROVED, source="thu", people_count=3)
    with pytest.raises(CommandError) as error:
        call_command("rebuild_forum_tallies", "--check", "--forum", str(forum.pk))
    assert error.value.returncode == 1
    assert "LỆCH" in capsys.readouterr().out
    assert not OpinionTally.objects.exists()  # --check writes nothing
    call_command("rebuild_forum_tallies")
    assert counted(forum, parts[1]) == 1 and counted(forum) == 1
    assert OpinionTally.objects.get(page=forum, part_key=0).people == 3
    call_command("rebuild_forum_tallies", "--check")
    assert "khớp" in capsys.readouterr().out
    with pytest.raises(CommandError):
        call_command("rebuild_forum_tallies", "--forum", "abc")


def test_deleting_a_part_moves_its_counts_to_the_whole_draft(forum, parts, moderator):
    comment = opinion(forum, parts[2])
    moderation.approve([comment], moderator)
    parts[2].delete()
    assert counted(forum) == 1
    call_command("rebuild_forum_tallies", "--check", stdout=open("/dev/null", "w"))


# ---------------------------------------------------------------- the published response


def publish_response(forum, items=()):
    page = ConsultationResponsePage(
        title="Báo cáo tiếp thu, giải trình dự thảo", slug="bat-ky", issued_by="Ban Tuyên giáo"
    )
    for order, item in enumerate(items):
        page.items.add(ResponseItem(sort_order=order, **item))
    forum.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_subscribers_are_told_once_when_the_response_is_published(
    client, forum, parts, moderator, django_capture_on_commit_callbacks
):
    url = f"/gop-y/dien-dan/{forum.pk}/dang-ky-bao-cao/"
    response = client.post(url, {"email": "Hoa@Example.vn"})
    assert response.status_code == 303
    assert "Đã ghi nhận" in client.get(response["Location"]).content.decode()
    duplicate = client.post(url, {"email": "hoa@example.vn"})
    assert duplicate.status_code == 409 and "đã đăng ký" in duplicate.content.decode()
    for bad in ["", "khong-phai-email", "a" * 300 + "@example.vn", "<script>@x"]:
        response = client.post(url, {"email": bad})
        assert response.status_code == 400, bad
    assert client.post("/gop-y/dien-dan/abc/dang-ky-bao-cao/", {"email": "x@example.vn"}).status_code == 404
    assert client.post(url, {"email": "x@example.vn"}, HTTP_ORIGIN="https://evil.example").status_code == 403
    assert list(ResponseSubscription.objects.values_list("email", flat=True)) == ["hoa@example.vn"]
    assert "hoa@example.vn" not in client.get(forum.url).content.decode()

    comment = opinion(forum, parts[1])
    moderation.approve([comment], moderator)
    mail.outbox = []
    with django_capture_on_commit_callbacks() as after_commit:
        page = publish_response(
            forum,
            [
                {
                    "part": parts[1],
                    "summary": "Nhiều ý kiến đồng tình.",
                    "accepted": "Bổ sung thời hạn.",
                    "not_accepted": "Không tách điều vì trùng lặp.",
                    "final_text": "Điều 1. Phạm vi (đã sửa)",
                    "representative_ids": str(comment.pk),
                }
            ],
        )
    assert page.slug == "bao-cao-tiep-thu"
    assert page.url == forum.url + "bao-cao-tiep-thu/"
    assert mail.outbox == []  # nothing is sent inside the publication's transaction
    for callback in after_commit:
        callback()
    [message] = mail.outbox
    assert message.to == ["hoa@example.vn"] and page.full_url in message.body
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()  # published again: nobody is told twice
    assert len(mail.outbox) == 1

    html = client.get(page.url).content.decode()
    assert "Không tách điều vì trùng lặp." in html and "Điều 1. Phạm vi (đã sửa)" in html
    assert comment.body in html
    assert "print-view" in client.get(page.url + "?print=1").content.decode()
    pdf = client.get(page.url + "pdf/")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    forum_html = client.get(forum.url).content.decode()
    assert "Báo cáo tiếp thu, giải trình" in forum_html and page.url in forum_html
    api = client.get(f"/api/v2/pages/{forum.pk}/", {"fields": "response,draft,tally_url"}).json()
    assert api["response"]["url"] == page.full_url
    assert [p["label"] for p in api["draft"]] == ["Chương I", "Điều 1", "Khoản 1 Điều 1"]
    assert api["tally_url"] == f"/api/forums/{forum.pk}/tally/"
    # Once published, subscribing is pointless: a Vietnamese message, not a row.
    response = client.post(url, {"email": "moi@example.vn"})
    assert response.status_code == 400 and "đã được công bố" in response.content.decode()


def test_the_response_editor_refuses_parts_and_opinions_of_another_forum(client, outlet, forum, parts):
    other = make_forum(make_column(outlet, "Khác"), title="Diễn đàn khác", slug="khac")
    [other_part] = add_parts(other, [("dieu", "Điều 5", "")])
    foreign = opinion(other, other_part, status=APPROVED)
    admin = make_user("admin", is_superuser=True, is_staff=True)
    client.force_login(admin)
    data = nested_form_data(
        {
            "title": "Báo cáo tiếp thu",
            "issued_by": "",
            "intro": rich_text(""),
            "items": inline_formset(
                [
                    {
                        "part": other_part.pk,
                        "summary": "Tóm tắt",
                        "accepted": "",
                        "not_accepted": "",
                        "representative_ids": f"{foreign.pk}, 12ab",
                        "final_text": "",
                    }
                ]
            ),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/add/forums/consultationresponsepage/{forum.pk}/", data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Chỉ ghi các mã số ý kiến" in html
    data["items-0-representative_ids"] = str(foreign.pk)
    html = client.post(f"/admin/pages/add/forums/consultationresponsepage/{forum.pk}/", data).content.decode()
    assert "Phần này không thuộc dự thảo của diễn đàn." in html
    assert f"Không có ý kiến đã duyệt mã số {foreign.pk}" in html
    assert not ConsultationResponsePage.objects.exists()
    data["items-0-part"] = str(parts[1].pk)
    data["items-0-representative_ids"] = ""
    response = client.post(f"/admin/pages/add/forums/consultationresponsepage/{forum.pk}/", data)
    assert response.status_code == 302
    assert ConsultationResponsePage.objects.get().url == forum.url + "bao-cao-tiep-thu/"


def test_closing_time_does_not_matter_to_subscriptions_but_unpublished_forums_refuse(client, forum):
    forum.closes_at = timezone.now() - timedelta(minutes=1)
    forum.save_revision().publish()
    url = f"/gop-y/dien-dan/{forum.pk}/dang-ky-bao-cao/"
    assert client.post(url, {"email": "a@example.vn"}).status_code == 303
    forum.unpublish()
    assert client.post(url, {"email": "b@example.vn"}).status_code == 404
    assert client.get(url).status_code == 404


# ---------------------------------------------------------------- totals from the counters (issue 15, bench)


def test_forum_page_and_part_page_read_their_totals_from_the_counters(client, forum, parts, moderator):
    first, second = opinion(forum, parts[1]), opinion(forum, parts[1], body="Ý kiến thứ hai về Điều 1.")
    moderation.approve([first, second], moderator)
    reply = Comment.objects.create(page=forum, parent=first, author_name="Lê Văn Bình", body="Đồng tình.")
    moderation.approve([reply], moderator)
    html = client.get(forum.url).content.decode()
    assert "(3 ý kiến)" in html  # two opinions (counters) + one approved reply (partial index)
    assert "Ý kiến thứ hai về Điều 1." in html
    part_html = client.get(f"{forum.url}?phan={parts[1].pk}").content.decode()
    assert "Ý kiến thứ hai về Điều 1." in part_html

    # A row approved around the engine is not in the counters until they are rebuilt:
    # the page shows what the counters say (no COUNT(*) over the forum's rows).
    opinion(forum, parts[1], status=APPROVED, body="Ghi thẳng vào bảng, chưa đếm.")
    assert "(3 ý kiến)" in client.get(forum.url).content.decode()
    call_command("rebuild_forum_tallies", "--forum", str(forum.pk))
    assert "(4 ý kiến)" in client.get(forum.url).content.decode()


def test_cached_sums_are_forgotten_when_a_counter_moves(client, forum, parts, moderator):
    """The page's and the API's sums are cached per forum: every decision forgets them."""
    comment = opinion(forum, parts[1])
    link = f'href="?phan={parts[1].pk}#phan-dang-xem">Xem ý kiến'
    assert tally(client, forum)["count"] == 0
    assert f"{link}</a>" in client.get(forum.url).content.decode()
    moderation.approve([comment], moderator)
    data = tally(client, forum)
    assert data["count"] == 1
    assert [row["count"] for row in data["by_part"] if row["id"] == parts[1].pk] == [1]
    assert f"{link} (1)</a>" in client.get(forum.url).content.decode()
    moderation.withdraw([comment], moderator, "Nội dung trùng lặp.")
    assert tally(client, forum)["count"] == 0
    assert f"{link}</a>" in client.get(forum.url).content.decode()


def test_migration_counts_the_opinions_of_forums_without_counters(forum, parts, outlet):
    """comments 0005: forums approved before the counters existed get them from their
    rows (the forum page now reads its totals from them); counted forums are left alone."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("cms.comments.migrations.0005_reply_indexes_and_existing_tallies")
    first = opinion(forum, parts[1], status=APPROVED)
    opinion(forum, None, status=APPROVED, source="thu", people_count=4, locality="Phường An Hòa")
    opinion(forum, parts[1], status=PENDING)
    Comment.objects.create(page=forum, parent=first, author_name="Lê Bình", body="Trả lời.", status=APPROVED)
    article = make_article(make_column(outlet))
    Comment.objects.create(page=article, author_name="Lê Bình", body="Bình luận bài báo.", status=APPROVED)
    assert not OpinionTally.objects.exists()

    migration.count_existing_opinions(apps, None)
    assert counted(forum, parts[1]) == 1 and counted(forum) == 1
    assert OpinionTally.objects.get(page=forum, part_key=0).people == 4
    assert not OpinionTally.objects.filter(page=article).exists()  # articles take comments, not opinions
    migration.count_existing_opinions(apps, None)  # a forum with counters is not counted twice
    assert counted(forum, parts[1]) == 1 and counted(forum) == 1


def test_a_part_with_many_opinions_links_a_few_pages_not_all(client, forum, parts):
    """250 approved opinions on one article are 25 pages: the part's page links the first,
    two pages either side of the current one and the last, with an ellipsis between."""
    Comment.objects.bulk_create(
        Comment(page=forum, part=parts[1], stance="dong-y", status=APPROVED, author_name="Bạn đọc", body=f"Ý kiến {n}.")
        for n in range(250)
    )
    call_command("rebuild_forum_tallies", "--forum", str(forum.pk))
    html = client.get(f"{forum.url}?phan={parts[1].pk}&trang-y-kien=12").content.decode()
    nav = html[html.index('aria-label="Trang ý kiến về Điều 1"') :]
    nav = nav[: nav.index("</nav>")]
    numbers = re.findall(r"trang-y-kien=(\d+)#", nav)
    assert numbers == ["1", "10", "11", "13", "14", "25"]
    assert '<span aria-current="page">12</span>' in nav and nav.count("…") == 2
    # A page past the end shows the last one, a malformed one the first: never a 500.
    assert (
        '<span aria-current="page">25</span>'
        in client.get(f"{forum.url}?phan={parts[1].pk}&trang-y-kien=999").content.decode()
    )
    assert (
        '<span aria-current="page">1</span>'
        in client.get(f"{forum.url}?phan={parts[1].pk}&trang-y-kien=abc").content.decode()
    )


def test_one_failing_address_does_not_stop_the_others(forum, monkeypatch, caplog):
    from django.core.mail import EmailMessage

    from cms.forums.tasks import notify_response_subscribers

    for email in ("an@example.vn", "hong@example.vn", "binh@example.vn"):
        ResponseSubscription.objects.create(forum=forum, email=email)
    page = publish_response(forum)  # on_commit does not run here: the task is called below
    sent = EmailMessage.send

    def refuse_one(message, *args, **kwargs):
        if message.to == ["hong@example.vn"]:
            raise OSError("Máy chủ thư từ chối địa chỉ")
        return sent(message, *args, **kwargs)

    monkeypatch.setattr(EmailMessage, "send", refuse_one)
    mail.outbox = []
    assert notify_response_subscribers.call(page.pk) == 2
    assert sorted(m.to[0] for m in mail.outbox) == ["an@example.vn", "binh@example.vn"]
    left = ResponseSubscription.objects.filter(notified_at__isnull=True).values_list("email", flat=True)
    assert list(left) == ["hong@example.vn"]  # told on the next run, the others never twice
    assert "Không gửi được thư" in caplog.text
    monkeypatch.setattr(EmailMessage, "send", sent)
    assert notify_response_subscribers.call(page.pk) == 1
    assert [m.to[0] for m in mail.outbox].count("an@example.vn") == 1
    # An unpublished response tells nobody.
    page.unpublish()
    ResponseSubscription.objects.create(forum=forum, email="moi@example.vn")
    assert notify_response_subscribers.call(page.pk) == 0
