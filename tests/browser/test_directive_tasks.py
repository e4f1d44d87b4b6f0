"""Issue 15 on a phone (390×844): a reader opens 23-CT/TU, sees how many of its tasks are
done and which is late, follows the link to the late tasks of every directive; no page
scrolls sideways, however long the bodies' names and the reports are."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from cms.directives.models import DirectiveTask, ResponsibleBody, TaskProgressReport
from tests.browser.test_reader_phone import PHONE, phone  # noqa: F401  (the phone fixture)
from tests.factories import make_directive, make_issuer, make_library, make_outlet

expect = pytest.importorskip("playwright.sync_api", reason="Gói Python `playwright` chưa được cài").expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LONG_BODY = "Ban Tuyên giáo Thành ủy phối hợp Ban Tổ chức Thành ủy và Văn phòng Thành ủy thành phố Cần Thơ"


@pytest.fixture
def directive(clean_tree):
    library = make_library(make_outlet(title="Cổng thông tin Thành ủy thử nghiệm"))
    page = make_directive(library, "23-CT/TU", issuer=make_issuer())
    body = ResponsibleBody.objects.create(name=LONG_BODY, short_name="BTG, BTC, VP Thành ủy")
    today = timezone.localdate()
    specs = [
        ("(1)", "Quy định về quán triệt nghị quyết", "hoan-thanh", today - timedelta(days=400)),
        ("(2)", "Kiện toàn đội ngũ báo cáo viên", "dang-thuc-hien", today - timedelta(days=30)),
        ("(3)", "Báo chí mở chuyên trang", "dang-thuc-hien", None),
        ("(4)", "Sơ kết, tổng kết", "chua-trien-khai", today + timedelta(days=90)),
    ]
    for order, (label, title, status, deadline) in enumerate(specs):
        task = DirectiveTask(label=label, title=title, status=status, deadline=deadline, sort_order=order)
        task.bodies = [body]
        task.reports.add(
            TaskProgressReport(
                date=date(2024, 5, 17),
                kind="so-ket",
                text="Sơ kết một năm: https://vanban.canthocity.example.vn/chi-thi-23-ct-tu/bao-cao-so-ket-mot-nam-"
                "thuc-hien-nhiem-vu-kien-toan-doi-ngu-bao-cao-vien-va-tuyen-truyen-vien-co-so.pdf",
            )
        )
        page.tasks.add(task)
    page.save_revision().publish()
    return page


def test_reader_on_a_phone_sees_the_progress_and_the_late_task(phone, live_server, directive):  # noqa: F811
    page = phone()
    page.goto(live_server.url + directive.url)
    summary = page.locator(".task-summary")
    expect(summary).to_contain_text("Đã hoàn thành 1/4 nhiệm vụ")
    expect(summary).to_contain_text("1 nhiệm vụ chậm tiến độ")
    late = page.locator(".task--cham-tien-do")
    expect(late).to_have_count(1)
    expect(late.locator(".task-badge")).to_have_text("Chậm tiến độ")
    expect(late).to_contain_text("Kiện toàn đội ngũ báo cáo viên")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"trang văn bản rộng {width}px"

    page.get_by_role("link", name="Nhiệm vụ chậm tiến độ của mọi văn bản").tap()
    expect(page.locator("h1")).to_have_text("Nhiệm vụ chậm tiến độ")
    expect(page.locator(".late-task")).to_have_count(1)
    expect(page.locator(".late-task")).to_contain_text("quá 30 ngày")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"trang nhiệm vụ chậm rộng {width}px"
