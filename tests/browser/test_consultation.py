"""Issue 15, the whole story in one test: a reader opens directive 23-CT/TU, sees how
far its tasks are, follows it to its forum and gives an opinion on one article of the
draft with a stance; a moderator approves it; the article's tally moves; an editor closes
the forum and publishes the response page (<forum URL>bao-cao-tiep-thu/), then records on
the directive that the task it served is done, and the directive page shows it."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from cms.comments.models import APPROVED, PENDING, Comment
from cms.core.newsroom import MODERATORS
from cms.directives.models import DirectiveTask, ResponsibleBody, TaskProgressReport
from cms.forums.models import DraftPart, ForumDirective, ForumPage
from tests.browser.helpers import log_in
from tests.factories import make_directive, make_forum, make_issuer, make_library, make_outlet, make_user

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
    directive = directive_with_tasks(make_library(home))
    forum = make_forum(home, title="Góp ý dự thảo Kế hoạch thực hiện Chỉ thị số 23-CT/TU", sections=[])
    forum.forum_directives.add(ForumDirective(directive=directive))
    for order, (kind, number, heading) in enumerate(
        [("chuong", "Chương I", "Nhiệm vụ"), ("dieu", "Điều 3", "Đổi mới học tập"), ("khoan", "Khoản 1", "")]
    ):
        forum.draft_parts.add(DraftPart(kind=kind, number=number, heading=heading, sort_order=order))
    forum.save_revision().publish()
    article = DraftPart.objects.get(page_id=forum.pk, number="Điều 3")
    make_user("kiemduyet", MODERATORS)
    make_user("bientap", is_superuser=True, is_staff=True)

    reader = new_context().new_page()
    reader.goto(live_server.url + directive.url)
    expect(reader.locator(".task-summary")).to_contain_text("Đã hoàn thành 1/3 nhiệm vụ")
    expect(reader.locator(".task-summary")).to_contain_text("1 nhiệm vụ chậm tiến độ")
    reader.locator("section[aria-labelledby=dien-dan-gop-y]").get_by_role("link", name=forum.title).click()
    expect(reader.locator("h1")).to_have_text(forum.title)
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

    # The accountability loop: the task the consultation served is marked done on the
    # directive, in its page editor, and the directive's progress moves for readers.
    editor.goto(live_server.url + f"/admin/pages/{directive.pk}/edit/")
    tasks = list(DirectiveTask.objects.filter(page_id=directive.pk).order_by("sort_order"))
    task = next(task for task in tasks if task.label == "(3)")
    status = editor.locator(f"select[name=tasks-{tasks.index(task)}-status]")
    status.select_option("hoan-thanh")
    open_footer_menu(editor)
    with editor.expect_navigation():
        editor.locator("button[name=action-publish]").click()
    task.refresh_from_db()
    assert task.status == "hoan-thanh"

    reader.goto(live_server.url + directive.url)
    expect(reader.locator(".task-summary")).to_contain_text("Đã hoàn thành 2/3 nhiệm vụ")
    expect(reader.locator("section[aria-labelledby=dien-dan-gop-y]")).to_contain_text(forum.title)


def directive_with_tasks(library):
    """23-CT/TU with three tasks: one done, one late (its deadline passed a month ago), one
    (the consultation's) in progress with a progress report."""
    page = make_directive(library, "23-CT/TU", issuer=make_issuer())
    body = ResponsibleBody.objects.create(name="Ban Tuyên giáo Thành ủy", short_name="BTG Thành ủy")
    today = timezone.localdate()
    specs = [
        ("(1)", "Ban hành quy định về học tập, quán triệt nghị quyết", "hoan-thanh", today - timedelta(days=400)),
        ("(2)", "Kiện toàn đội ngũ báo cáo viên các cấp", "dang-thuc-hien", today - timedelta(days=30)),
        ("(3)", "Lấy ý kiến nhân dân về kế hoạch thực hiện", "dang-thuc-hien", today + timedelta(days=60)),
    ]
    for order, (label, title, status, deadline) in enumerate(specs):
        task = DirectiveTask(label=label, title=title, status=status, deadline=deadline, sort_order=order)
        task.bodies = [body]
        task.reports.add(TaskProgressReport(date=date(2024, 5, 17), kind="so-ket", text="Sơ kết một năm thực hiện."))
        page.tasks.add(task)
    page.save_revision().publish()
    return page
