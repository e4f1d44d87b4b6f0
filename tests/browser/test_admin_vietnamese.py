"""The Wagtail admin in Chromium speaks Vietnamese, for a journalist and for an editor.

Each screen a newsroom uses (dashboard, page explorer, page editor with its StreamField
blocks, side panels and action menu, the image and document choosers, the workflow
action, the moderation queue) is read as the person sees it: the visible text of the
page and of the open modal must hold none of a list of English interface words.
A screenshot of each screen is kept in test-artifacts/browser/admin-vi-<role>-<screen>.png,
with the text that was read beside it (.txt).

The content is Vietnamese, so any English word found comes from the interface: the
message names the screen and the line it was read on.
"""

import re

import pytest

from cms.core.newsroom import EDITORS, JOURNALISTS, TASK_EDITORS, column_group_names
from cms.news.models import ArticlePage
from tests.browser.conftest import ARTIFACTS
from tests.browser.helpers import log_in
from tests.factories import AuthorFactory, make_article, make_column, make_document, make_image, make_outlet, make_user

expect = pytest.importorskip("playwright.sync_api", reason="Gói Python `playwright` chưa được cài").expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


# English interface words that must not be seen (case-sensitive, whole words).
ENGLISH = (
    # the menus, buttons and headings
    "Dashboard Pages Page Images Documents Snippets Reports Settings Help Search Account "
    "Save Publish Unpublish Draft Delete Edit Preview Submit Approve Reject Cancel Close Choose Upload Add "
    "Change Clear Create Remove Select Show View More Actions Sort Filter Lock Unlock Locked Schedule Request "
    "History Status Comments Info Live Private Collection Tags Title Author Owner Type Language Privacy "
    "Created Updated Workflow Workflows Task Tasks Changes New Name Date "
    # the sentences around them, and the relative dates ("5 minutes ago")
    "Your You This the and or of with for this changes ago now seconds minutes minute hours days"
).split()
ENGLISH.append("Log out")
ENGLISH_WORD = re.compile(r"(?<![\w-])(" + "|".join(re.escape(word) for word in ENGLISH) + r")(?![\w-])")


def body_blocks(image, document):
    return [
        ("paragraph", "<p>Sáng nay, trường tiểu học mới ở phường Đông Ngạc chính thức <b>khánh thành</b>.</p>"),
        ("heading", "Ba mươi phòng học khang trang"),
        ("image", {"image": image, "caption": "Lễ cắt băng khánh thành", "credit": "Ảnh: Thu Trang"}),
        ("quote", {"text": "Học sinh sẽ không còn phải học ca ba.", "attribution": "Hiệu trưởng nhà trường"}),
        ("document", {"document": document, "title": "Quyết định thành lập trường"}),
        ("callout", {"title": "Thông tin tuyển sinh", "text": "<p>Nhận hồ sơ đến hết tháng Tám.</p>", "style": "info"}),
    ]


@pytest.fixture
def newsroom(clean_tree):
    home = make_outlet(title="Báo Thành phố thử nghiệm")
    column = make_column(home, "Giáo dục")
    author = AuthorFactory(name="Phạm Thu Trang", pen_name="Thu Trang")
    image = make_image(title="Trường tiểu học Đông Ngạc")
    make_image(title="Sân trường giờ ra chơi", color=(30, 120, 60))
    document = make_document(title="Quyết định thành lập trường")
    make_document(title="Kế hoạch tuyển sinh lớp một", name="ke-hoach.pdf")
    journalists, editors = column_group_names(column)
    journalist = make_user("phongvien", JOURNALISTS, journalists, first_name="Thu", last_name="Trang")
    make_user("bientap", EDITORS, editors, first_name="Văn", last_name="Hùng")
    common = {
        "authors": [author],
        "tags": ["giáo dục", "Đông Ngạc"],
        "attachments": [document],
        "hero_image": image,
        "hero_caption": "Toà nhà chính của trường",
        "publish": False,
        "owner": journalist,
    }
    draft = make_article(
        column,
        title="Phụ huynh háo hức đưa con đến trường mới",
        lead="Nhiều phụ huynh đã đến tham quan ngôi trường trước ngày khai giảng.",
        body=body_blocks(image, document),
        **common,
    )
    submitted = make_article(
        column,
        title="Khánh thành trường tiểu học mới ở phường Đông Ngạc",
        lead="Ngôi trường 30 phòng học đón học sinh từ năm học mới, giảm sĩ số cho các trường lân cận.",
        body=body_blocks(image, document),
        **common,
    )
    submitted.save_revision(user=journalist)
    submitted.get_workflow().start(submitted, journalist)
    assert submitted.current_workflow_task.name == TASK_EDITORS
    return {"column": column, "draft": draft, "submitted": submitted}


class Reader:
    """Reads the visible text of each screen, notes the English words, keeps a screenshot."""

    def __init__(self, page, role):
        self.page = page
        self.role = role
        self.findings = {}

    def visible_text(self):
        page = self.page
        parts = [page.locator("body").inner_text()]
        # Placeholders of visible fields are text the person reads too.
        parts += page.eval_on_selector_all(
            "input[placeholder], textarea[placeholder]",
            "els => els.filter(el => el.offsetParent !== null).map(el => el.placeholder)",
        )
        return "\n".join(parts)

    def check(self, screen, extra_text=""):
        self.page.screenshot(path=str(ARTIFACTS / f"admin-vi-{self.role}-{screen}.png"))
        text = self.visible_text() + "\n" + extra_text
        (ARTIFACTS / f"admin-vi-{self.role}-{screen}.txt").write_text(text)
        found = []
        for line in text.splitlines():
            for match in ENGLISH_WORD.finditer(line):
                found.append(f"{match.group(1)!r} in {line.strip()[:120]!r}")
        if found:
            self.findings[f"{self.role}/{screen}"] = sorted(set(found))
        return text


def open_footer_menu(page):
    toggle = page.locator("footer .w-dropdown--dropdown-button .w-dropdown__toggle")
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")


def close_modal(page):
    page.locator(".modal.in [data-dismiss=modal]").click()
    expect(page.locator(".modal.in")).to_have_count(0)


def check_editor(reader, base_url, article, name):
    page = reader.page
    page.goto(base_url + f"/admin/pages/{article.pk}/edit/")
    expect(page.locator("form#page-edit-form")).to_be_visible()
    reader.check(name)

    # StreamField: the menu of block types behind the first "+" button
    page.locator(".c-sf-add-button").first.click()
    menu = page.locator(".w-combobox")
    expect(menu).to_be_visible()
    reader.check(f"{name}-block-menu")
    page.keyboard.press("Escape")

    # Side panels: status, comments, preview, checks...
    toggles = page.locator("[data-side-panel-toggle]")
    assert toggles.count() >= 3
    for index in range(toggles.count()):
        toggle = toggles.nth(index)
        panel_name = toggle.get_attribute("data-side-panel-toggle")
        toggle.click()
        expect(page.locator(f"[data-side-panel='{panel_name}']")).to_be_visible()
        reader.check(f"{name}-panel-{panel_name}")
        toggle.click()

    # The footer's action menu
    open_footer_menu(page)
    reader.check(f"{name}-actions")
    page.keyboard.press("Escape")


def open_chooser(reader, field_id, name):
    """Opens the modal of a chooser whose item is chosen: through its "..." menu, "choose another"."""
    page = reader.page
    chooser = page.locator(f"#{field_id}-chooser")
    chooser.scroll_into_view_if_needed()
    chooser.locator(".chosen .w-dropdown__toggle").click()
    choose_another = page.locator("[data-chooser-action-choose] >> visible=true").first
    expect(choose_another).to_be_visible()
    reader.check(f"{name}-menu")
    choose_another.click()
    modal = page.locator(".modal.in")
    expect(modal.locator("a[data-chooser-modal-choice]").first).to_be_visible()
    reader.check(name, modal.inner_text())
    upload_tab = modal.locator("a[href='#tab-upload'], [role=tab][aria-controls*=upload]")
    if upload_tab.count():
        upload_tab.first.click()
        reader.check(f"{name}-upload", modal.inner_text())
    close_modal(page)


def check_choosers(reader):
    open_chooser(reader, "id_hero_image", "image-chooser")
    open_chooser(reader, "id_attachments-0-document", "document-chooser")


def test_journalist_and_editor_see_the_admin_in_vietnamese(live_server, new_context, newsroom):
    base = live_server.url
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    findings = {}

    # -- the journalist
    page = new_context().new_page()
    journalist = Reader(page, "phongvien")
    log_in(page, base, "phongvien")
    journalist.check("dashboard")
    page.locator(".sidebar-footer__account-toggle, .sidebar-footer__account").first.click()
    assert "Đăng xuất" in journalist.check("account-menu")
    page.goto(base + f"/admin/pages/{newsroom['column'].pk}/")
    journalist.check("explorer")
    check_editor(journalist, base, newsroom["draft"], "editor")
    check_choosers(journalist)
    page.goto(base + f"/admin/pages/{newsroom['submitted'].pk}/edit/")
    journalist.check("editor-in-review")
    findings.update(journalist.findings)

    # -- the editor
    page = new_context().new_page()
    editor = Reader(page, "bientap")
    log_in(page, base, "bientap")
    text = editor.check("dashboard")
    assert newsroom["submitted"].title in text  # the panel of pages awaiting the editor's review
    page.goto(base + f"/admin/pages/{newsroom['column'].pk}/")
    editor.check("explorer")
    page.goto(base + "/admin/reports/workflow/")
    assert newsroom["submitted"].title in editor.check("workflow-report")
    page.goto(base + "/admin/reports/workflow_tasks/")
    assert newsroom["submitted"].title in editor.check("workflow-tasks-report")
    page.goto(base + f"/admin/pages/{newsroom['submitted'].pk}/history/")
    editor.check("history")
    page.goto(base + f"/admin/pages/{newsroom['submitted'].pk}/workflow_history/")
    editor.check("workflow-history")
    check_editor(editor, base, newsroom["submitted"], "editor")
    check_choosers(editor)
    open_footer_menu(page)
    page.locator("button[data-workflow-action-name=approve][data-workflow-action-modal-url]").click()
    modal = page.locator(".modal.in")
    expect(modal.locator("textarea[name=comment]")).to_be_visible()
    editor.check("approve", modal.inner_text())
    close_modal(page)
    findings.update(editor.findings)

    assert not ArticlePage.objects.get(pk=newsroom["submitted"].pk).live
    assert findings == {}, "Chữ tiếng Anh trong giao diện quản trị:\n" + "\n".join(
        f"{screen}: {found}" for screen, found in findings.items()
    )
