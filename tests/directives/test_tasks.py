"""Issue 15, point 5: a directive's tasks followed to the end — derived lateness, the
progress summary, the late-tasks page, the API, the RSS feed and the page cache."""

import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from cms.directives.models import DirectivePage, DirectiveTask, ResponsibleBody, TaskProgressReport, task_summary
from tests.factories import make_article, make_directive, make_issuer, make_library, make_user

pytestmark = pytest.mark.django_db

VN = ZoneInfo("Asia/Ho_Chi_Minh")
# The tests' "today": 1 July 2026 in Hà Nội / Cần Thơ.
TODAY = datetime(2026, 7, 1, 9, 0, tzinfo=VN)


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.fixture
def library(outlet):
    return make_library(outlet)


@pytest.fixture
def issuer(db):
    return make_issuer()


@pytest.fixture
def bodies(db):
    return {
        "btg": ResponsibleBody.objects.create(name="Ban Tuyên giáo Thành ủy", short_name="BTG Thành ủy"),
        "vp": ResponsibleBody.objects.create(name="Văn phòng Thành ủy"),
        "bao": ResponsibleBody.objects.create(name="Báo Cần Thơ"),
    }


def add_task(page, label, title, status="dang-thuc-hien", deadline=None, bodies=(), reports=()):
    task = DirectiveTask(page=page, label=label, title=title, status=status, deadline=deadline)
    task.bodies = list(bodies)
    for order, (day, kind, text, *links) in enumerate(reports):
        task.reports.add(
            TaskProgressReport(date=day, kind=kind, text=text, article=links[0] if links else None, sort_order=order)
        )
    page.tasks.add(task)
    return task


def publish(page):
    page.save_revision().publish()
    # A fresh copy: the one published from holds its unsaved in-memory tasks.
    return DirectivePage.objects.get(pk=page.pk)


@pytest.fixture
def ct23(library, bodies, issuer):
    """23-CT/TU with four tasks: (1) done, (2) late, (3) in progress, no deadline, (4) due later."""
    page = make_directive(library, issuer=issuer)
    add_task(
        page,
        "(1)",
        "Xây dựng quy định về quán triệt nghị quyết",
        "hoan-thanh",
        date(2024, 3, 31),
        [bodies["btg"], bodies["vp"]],
        [
            (date(2023, 9, 1), "thuong", "Dự thảo quy định được gửi lấy ý kiến."),
            (date(2024, 2, 26), "thuong", "Quy định 15-QĐi/TU được ban hành."),
        ],
    )
    add_task(
        page,
        "(2)",
        "Kiện toàn đội ngũ báo cáo viên",
        "dang-thuc-hien",
        date(2026, 6, 30),
        [bodies["btg"]],
        [
            (date(2024, 5, 17), "so-ket", "Sơ kết một năm: mới rà soát được một nửa số báo cáo viên."),
            (date(2025, 1, 10), "thuong", "Bổ sung 12 báo cáo viên cấp thành phố."),
        ],
    )
    add_task(page, "(3)", "Báo chí mở chuyên trang, chuyên mục", "dang-thuc-hien", None, [bodies["bao"]])
    add_task(page, "(4)", "Theo dõi, sơ kết, tổng kết", "chua-trien-khai", date(2026, 12, 31), [bodies["vp"]])
    return publish(page)


def task(page, label):
    return page.tasks.get(label=label)


# ---------------------------------------------------------------- lateness is derived


def test_lateness_is_derived_from_the_deadline_and_never_stored(ct23):
    second = task(ct23, "(2)")
    assert second.status == "dang-thuc-hien"  # what the editor chose, kept as it was
    assert second.is_late() and second.shown_status() == "cham-tien-do" and second.days_late() == 1
    assert second.status_label == "Chậm tiến độ"
    # The deadline day itself is not late; the next day in Việt Nam is.
    assert not second.is_late(date(2026, 6, 30))
    assert second.shown_status(date(2026, 6, 30)) == "dang-thuc-hien"
    assert not task(ct23, "(1)").is_late()  # done, long after its deadline
    assert not task(ct23, "(3)").is_late()  # no deadline: a standing task
    assert not task(ct23, "(4)").is_late()
    assert DirectiveTask.objects.filter(status="cham-tien-do").count() == 0


def test_today_is_the_date_in_ho_chi_minh_city(ct23):
    second = task(ct23, "(2)")
    # 30/6 at 17:30 UTC is already 1/7 at 00:30 in Việt Nam: late there.
    with time_machine.travel(datetime(2026, 6, 30, 17, 30, tzinfo=ZoneInfo("UTC")), tick=False):
        assert second.is_late()
        assert list(DirectiveTask.objects.late().values_list("label", flat=True)) == ["(2)"]
    with time_machine.travel(datetime(2026, 6, 30, 16, 30, tzinfo=ZoneInfo("UTC")), tick=False):
        assert not second.is_late()
        assert not DirectiveTask.objects.late().exists()


def test_queryset_statuses_agree_with_the_shown_status(ct23):
    tasks = list(ct23.tasks.all())
    for status in ("chua-trien-khai", "dang-thuc-hien", "hoan-thanh", "cham-tien-do"):
        expected = sorted(t.label for t in tasks if t.shown_status() == status)
        assert sorted(DirectiveTask.objects.with_status(status).values_list("label", flat=True)) == expected
    assert sorted(DirectiveTask.objects.with_status("dang-thuc-hien").values_list("label", flat=True)) == ["(3)"]


def test_summary_counts(ct23):
    summary = task_summary(ct23.task_list())
    assert (summary["total"], summary["done"], summary["late_count"]) == (4, 1, 1)
    assert [t.label for t in summary["late"]] == ["(2)"]
    # A year on, (4) is late too; (2) marked done is not.
    later = task_summary(list(ct23.tasks.all()), today=date(2027, 1, 1))
    assert [t.label for t in later["late"]] == ["(2)", "(4)"]


# ---------------------------------------------------------------- the directive page


def test_directive_page_shows_progress_summary_tasks_and_reports(client, ct23):
    html = client.get(ct23.url).content.decode()
    assert "Đã hoàn thành 1/4 nhiệm vụ" in html
    assert "1 nhiệm vụ chậm tiến độ" in html
    summary = html[html.index('class="task-summary"') : html.index('class="task-list"')]
    assert "Nhiệm vụ (2)" in summary and "30/06/2026" in summary and "BTG Thành ủy" in summary
    assert "Nhiệm vụ (1)" not in summary
    assert "quá hạn 1 ngày" in html
    assert 'task-badge--cham-tien-do">Chậm tiến độ' in html
    assert 'task-badge--hoan-thanh">Hoàn thành' in html
    assert "Thường xuyên" in html  # (3) has no deadline
    # Reports newest first, dated dd/mm/yyyy, the sơ kết marked as a milestone.
    assert html.index("10/01/2025") < html.index("17/05/2024")
    assert html.index("26/02/2024") < html.index("01/09/2023")
    assert 'task-report__milestone">Sơ kết' in html
    library = ct23.get_parent().specific
    assert f'href="{library.url}nhiem-vu-cham-tien-do/"' in html
    assert (
        f'rel="alternate" type="application/rss+xml" title="Tiến độ thực hiện Chỉ thị 23-CT/TU – RSS" href="{library.url}tien-do/{ct23.pk}/rss/"'
        in html
    )


def test_a_directive_without_tasks_shows_no_task_section(client, library):
    page = make_directive(library, "07-CT/TU", issued_on=date(2024, 3, 2))
    html = client.get(page.url).content.decode()
    assert "Nhiệm vụ và tiến độ thực hiện" not in html
    assert "tien-do/" not in html


def test_report_links_only_live_articles(client, ct23, column, author):
    article = make_article(column, title="Báo cáo viên cấp thành phố được bồi dưỡng", authors=[author])
    report = task(ct23, "(2)").reports.get(date=date(2025, 1, 10))
    report.article = article
    report.save()
    html = client.get(ct23.url).content.decode()
    assert "Báo cáo viên cấp thành phố được bồi dưỡng" in html
    article.unpublish()
    html = client.get(ct23.url).content.decode()
    assert "Báo cáo viên cấp thành phố được bồi dưỡng" not in html


# ---------------------------------------------------------------- the late-tasks page


def late_url(library, query=""):
    return f"{library.url}nhiem-vu-cham-tien-do/{query}"


def test_late_page_lists_late_tasks_across_directives_longest_overdue_first(client, library, ct23, bodies, issuer):
    other = make_directive(library, "07-CT/TU", issuer=issuer, issued_on=date(2024, 3, 2))
    add_task(other, "(1)", "Nạo vét kênh rạch", "chua-trien-khai", date(2025, 12, 1), [bodies["vp"]])
    add_task(other, "(2)", "Việc đã xong", "hoan-thanh", date(2025, 1, 1), [bodies["vp"]])
    publish(other)
    draft = make_directive(library, "09-CT/TU", issuer=issuer, issued_on=date(2024, 5, 2), publish=False)
    add_task(draft, "(1)", "Nhiệm vụ của bản nháp", "chua-trien-khai", date(2025, 1, 1))
    draft.save()
    response = client.get(late_url(library))
    assert response.status_code == 200
    html = response.content.decode()
    titles = [t.title for t in response.context["tasks"]]
    assert titles == ["Nạo vét kênh rạch", "Kiện toàn đội ngũ báo cáo viên"]
    assert "Có 2 nhiệm vụ chậm tiến độ" in html
    assert "01/12/2025" in html and "quá 212 ngày" in html
    assert "Việc đã xong" not in html and "bản nháp" not in html
    assert f'href="{ct23.url}#nhiem-vu-{task(ct23, "(2)").pk}"' in html
    assert f'href="{library.url}tien-do/rss/"' in html and 'rel="alternate"' in html


def test_late_page_filters_by_body_and_notes_a_bad_one(client, library, ct23, bodies):
    response = client.get(late_url(library, "?body=" + bodies["vp"].slug))
    assert response.status_code == 200
    assert "Không có nhiệm vụ chậm tiến độ của cơ quan này" in response.content.decode()
    response = client.get(late_url(library, "?body=" + bodies["btg"].slug))
    assert [t.label for t in response.context["tasks"]] == ["(2)"]
    hostile = "<script>alert(1)</script>' OR 1=1 --"
    response = client.get(late_url(library), {"body": hostile})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "Không có cơ quan phụ trách" in html
    assert [t.label for t in response.context["tasks"]] == ["(2)"]  # the bad filter is ignored


def test_late_page_paginates(client, library, bodies, settings):
    settings.LATE_TASKS_PAGE_SIZE = 2
    page = make_directive(library)
    for n in range(1, 6):
        add_task(page, f"({n})", f"Nhiệm vụ số {n}", "chua-trien-khai", date(2026, 1, n))
    publish(page)
    first = client.get(late_url(library))
    assert [t.label for t in first.context["tasks"]] == ["(1)", "(2)"]
    assert "Trang 1/3" in first.content.decode()
    third = client.get(late_url(library, "?page=3"))
    assert [t.label for t in third.context["tasks"]] == ["(5)"]
    assert client.get(late_url(library, "?page=9")).status_code == 404
    assert client.get(late_url(library, "?page=abc")).status_code == 200  # junk: the first page
    assert client.get(late_url(library, "?page=" + "9" * 5000)).status_code in (200, 404)


def test_late_page_empty_state(client, library):
    response = client.get(late_url(library))
    assert response.status_code == 200
    assert "Không có nhiệm vụ chậm tiến độ." in response.content.decode()


# ---------------------------------------------------------------- API


def test_pages_api_carries_tasks_and_reports(client, ct23):
    response = client.get(
        "/api/v2/pages/", {"type": "directives.DirectivePage", "fields": "tasks,task_summary", "number": "23-CT/TU"}
    )
    assert response.status_code == 200, response.content[:300]
    item = response.json()["items"][0]
    assert item["task_summary"] == {"total": 4, "done": 1, "late": 1, "late_task_ids": [task(ct23, "(2)").pk]}
    second = item["tasks"][1]
    assert (
        second["label"] == "(2)" and second["status"] == "cham-tien-do" and second["editor_status"] == "dang-thuc-hien"
    )
    assert second["deadline"] == "2026-06-30" and second["is_late"] and second["days_late"] == 1
    assert [b["name"] for b in second["bodies"]] == ["Ban Tuyên giáo Thành ủy"]
    assert [r["date"] for r in second["reports"]] == ["2025-01-10", "2024-05-17"]
    assert second["reports"][1]["kind_label"] == "Sơ kết"
    detail = client.get(f"/api/v2/pages/{ct23.pk}/").json()
    assert len(detail["tasks"]) == 4


def api(client, **params):
    return client.get(reverse("directives:api_tasks"), params)


def test_tasks_api_filters_by_status_and_body(client, ct23, bodies):
    late = api(client, status="late")
    assert late.status_code == 200
    data = late.json()
    assert data["count"] == 1 and data["results"][0]["label"] == "(2)"
    assert data["results"][0]["directive"]["number"] == "23-CT/TU"
    assert [r["date"] for r in data["results"][0]["reports"]] == ["2025-01-10", "2024-05-17"]
    assert [t["label"] for t in api(client, status="done").json()["results"]] == ["(1)"]
    assert [t["label"] for t in api(client, status="in_progress").json()["results"]] == ["(3)"]
    assert [t["label"] for t in api(client, status="not_started").json()["results"]] == ["(4)"]
    assert sorted(t["label"] for t in api(client, body=bodies["vp"].pk).json()["results"]) == ["(1)", "(4)"]
    assert api(client, status="late", body=bodies["vp"].pk).json()["count"] == 0
    assert api(client).json()["count"] == 4


def test_tasks_api_paginates(client, ct23):
    first = api(client, page_size=3).json()
    assert (first["count"], first["pages"], len(first["results"])) == (4, 2, 3)
    assert first["next"].endswith("page=2") and first["previous"] is None
    second = client.get(first["next"]).json()
    assert [t["label"] for t in second["results"]] == ["(4)"]
    assert api(client, page=3, page_size=3).status_code == 404


@pytest.mark.parametrize(
    "params, field",
    [
        ({"status": "cham"}, "status"),
        ({"status": "<script>"}, "status"),
        ({"body": "abc"}, "body"),
        ({"body": "1 OR 1=1"}, "body"),
        ({"body": "9" * 5000}, "body"),
        ({"body": "999999"}, "body"),
        ({"directive": "-1"}, "directive"),
        ({"page": "0"}, "page"),
        ({"page": "x"}, "page"),
        ({"page_size": "100000"}, "page_size"),
        ({"sort": "deadline"}, "params"),
    ],
)
def test_tasks_api_refuses_bad_parameters_in_vietnamese(client, ct23, params, field):
    response = api(client, **params)
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert field in errors
    assert "<script>" not in response.content.decode()
    assert any(ch in "".join(errors[field]) for ch in "ạảãáàâấầẩẫậêếềểễệôốồổỗộơớờởỡợ")


def test_tasks_api_leaves_out_unpublished_directives(client, ct23):
    ct23.unpublish()
    assert api(client).json()["count"] == 0


# ---------------------------------------------------------------- RSS


def test_progress_feeds(client, library, ct23):
    response = client.get(f"{library.url}tien-do/{ct23.pk}/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    xml = response.content.decode()
    assert "<title>Tiến độ thực hiện Chỉ thị 23-CT/TU</title>" in xml
    assert xml.count("<item>") == 4
    # Newest first; a sơ kết says so.
    assert xml.index("Bổ sung 12 báo cáo viên") < xml.index("Sơ kết một năm") < xml.index("Quy định 15-QĐi/TU")
    assert "23-CT/TU – nhiệm vụ (2): Sơ kết ngày 17/05/2024" in xml
    assert f"#nhiem-vu-{task(ct23, '(2)').pk}" in xml
    assert client.get(f"{library.url}tien-do/rss/").content.decode().count("<item>") == 4
    assert client.get(f"{library.url}tien-do/999999/rss/").status_code == 404


# ---------------------------------------------------------------- editing and the page cache


def edit_form(page, tasks):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "number": page.number,
            "kind": page.kind,
            "issuer": str(page.issuer_id),
            "signer": page.signer,
            "signer_position": page.signer_position,
            "issued_on": page.issued_on.isoformat(),
            "effective_from": page.effective_from.isoformat(),
            "effective_until": "",
            "status_override": "",
            "summary": page.summary,
            "full_text": rich_text(""),
            "files": inline_formset([]),
            "relations": inline_formset([]),
            "milestones": inline_formset([]),
            "tasks": inline_formset(tasks),
            "tags": "",
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
            "comment_rule": "pre",
            "comments": inline_formset([]),
            "action-publish": "1",
        }
    )


def test_editor_adds_a_task_with_a_nested_report_in_the_page_editor(client, library, bodies):
    """The tasks and their reports are nested InlinePanels of the directive's editor."""
    from cms.core.newsroom import EDITORS

    page = make_directive(library)
    client.force_login(make_user("bientap", EDITORS))
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    form = client.get(edit_url).content.decode()
    assert "tasks-__prefix__-reports" in form or "id_tasks-FORMS" in form
    data = edit_form(
        page,
        [
            {
                "label": "(1)",
                "title": "Xây dựng quy định",
                "description": "",
                "deadline": "2026-06-30",
                "status": "dang-thuc-hien",
                "reports": inline_formset(
                    [{"date": "2026-03-01", "kind": "so-ket", "text": "Sơ kết quý I.", "article": "", "exemplar": ""}]
                ),
            }
        ],
    )
    # A multiple choice is one key with several values (nested_form_data would number them).
    data["tasks-0-bodies"] = [str(bodies["btg"].pk), str(bodies["vp"].pk)]
    response = client.post(edit_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    saved = DirectivePage.objects.get(pk=page.pk).tasks.get()
    assert saved.is_late() and sorted(b.slug for b in saved.bodies.all()) == sorted(
        [bodies["btg"].slug, bodies["vp"].slug]
    )
    assert saved.reports.get().kind == "so-ket"


def test_publishing_a_task_edit_purges_the_directive_page_and_the_late_page(settings, library, ct23):
    settings.PAGE_CACHE_ENABLED = True
    reader = Client()
    late = late_url(library)
    reader.get(ct23.url)
    reader.get(late)
    cached = reader.get(ct23.url)
    assert cached["X-Page-Cache"] == "hit"
    assert "Đã hoàn thành 1/4 nhiệm vụ" in cached.content.decode()
    assert reader.get(late)["X-Page-Cache"] == "hit"
    # The editor marks (2) done and publishes the directive.
    page = DirectivePage.objects.get(pk=ct23.pk).get_latest_revision_as_object()
    tasks = list(page.tasks.all())
    next(t for t in tasks if t.label == "(2)").status = "hoan-thanh"
    page.tasks = tasks
    publish(page)
    html = reader.get(ct23.url).content.decode()
    assert "Đã hoàn thành 2/4 nhiệm vụ" in html and "chậm tiến độ</span>" not in html
    assert "Không có nhiệm vụ chậm tiến độ." in reader.get(late).content.decode()
    # A body renamed (a snippet) shows on both too.
    body = ResponsibleBody.objects.get(name="Ban Tuyên giáo Thành ủy")
    body.name = "Ban Tuyên giáo và Dân vận Thành ủy"
    body.save()
    assert "Ban Tuyên giáo và Dân vận Thành ủy" in reader.get(ct23.url).content.decode()


def test_the_api_json_is_valid_utf8(client, ct23):
    response = api(client, status="late")
    assert json.loads(response.content.decode("utf-8"))["results"][0]["status_label"] == "Chậm tiến độ"


def test_a_directive_with_tasks_costs_four_queries_more_whatever_their_number(
    client, ct23, library, issuer, django_assert_max_num_queries
):
    """Tasks, their bodies, their reports and the library (for the links): four queries,
    not one per task or report; a directive without tasks costs none (task_count)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    plain = make_directive(library, "07-CT/TU", issuer=issuer, issued_on=date(2024, 3, 2))
    with CaptureQueriesContext(connection) as without:
        client.get(plain.url)
    with CaptureQueriesContext(connection) as with_tasks:
        client.get(ct23.url)
    assert not any("directives_directivetask" in q["sql"] for q in without.captured_queries)
    assert len(with_tasks.captured_queries) <= len(without.captured_queries) + 4


def test_tasks_api_takes_get_and_head_only(client, ct23):
    url = reverse("directives:api_tasks")
    assert client.head(url).status_code == 200
    response = client.post(url, {"status": "late"})
    assert response.status_code == 405 and "GET" in response["Allow"]
