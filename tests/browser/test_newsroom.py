"""The newsroom in Chromium: a journalist writes and submits, two reviewers approve, a reader reads.

Selectors rely on form field names and Wagtail's data attributes rather than on labels:
the admin is only partly translated into Vietnamese.
"""

import re

import pytest
from wagtail.models import WorkflowState

from cms.core.newsroom import (
    EDITOR_IN_CHIEF,
    EDITORS,
    JOURNALISTS,
    TASK_EDITOR_IN_CHIEF,
    TASK_EDITORS,
    column_group_names,
)
from cms.news.models import ArticlePage
from tests.browser.helpers import log_in
from tests.factories import AuthorFactory, make_article, make_column, make_image, make_outlet, make_user

expect = pytest.importorskip("playwright.sync_api", reason="Gói Python `playwright` chưa được cài").expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TITLE = "Khánh thành trường tiểu học mới ở phường Đông Ngạc"
LEAD = "Ngôi trường 30 phòng học đón học sinh từ năm học mới, giảm sĩ số cho các trường lân cận."


@pytest.fixture
def newsroom(clean_tree):
    home = make_outlet(title="Báo Thành phố thử nghiệm")
    politics = make_column(home, "Thời sự")
    make_column(home, "Kinh tế")
    author = AuthorFactory(name="Phạm Thu Trang", pen_name="Thu Trang")
    AuthorFactory(name="Đỗ Văn Hùng", pen_name="Văn Hùng")
    make_article(politics, title="Bài đã đăng từ trước", authors=[author])
    journalists, editors = column_group_names(politics)
    return {
        "home": home,
        "column": politics,
        "author": author,
        "image": make_image(title="Trường tiểu học Đông Ngạc"),
        "journalist": make_user("phongvien", JOURNALISTS, journalists),
        "editor": make_user("bientap", EDITORS, editors),
        "chief": make_user("tongbientap", EDITOR_IN_CHIEF),
    }


def choose_in_modal(page, chooser, title):
    """Opens a Wagtail chooser widget's modal and picks the item titled `title`."""
    chooser.locator("[data-chooser-action-choose]").first.click()
    modal = page.locator(".modal.in")
    expect(modal).to_be_visible()
    choice = modal.locator("a[data-chooser-modal-choice]", has_text=title)
    choice.click()
    expect(page.locator(".modal.in")).to_have_count(0)
    expect(chooser).not_to_have_class(re.compile(r"\bblank\b"))


def open_footer_menu(page):
    toggle = page.locator("footer .w-dropdown--dropdown-button .w-dropdown__toggle")
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()


def approve(page, base_url, article, comment):
    page.goto(base_url + f"/admin/pages/{article.pk}/edit/")
    open_footer_menu(page)
    page.locator("button[data-workflow-action-name=approve][data-workflow-action-modal-url]").click()
    modal = page.locator(".modal.in")
    comment_field = modal.locator("textarea[name=comment]")
    expect(comment_field).to_be_visible()
    comment_field.fill(comment)
    with page.expect_navigation():
        modal.locator("[type=submit]").click()
    page.wait_for_load_state()


def workflow_state(article):
    return WorkflowState.objects.filter(object_id=str(article.pk)).order_by("-pk").first()


def test_article_goes_from_journalist_through_two_reviews_to_the_reader(live_server, new_context, page, newsroom):
    base = live_server.url
    column = newsroom["column"]

    # -- the journalist writes the article and submits it for review
    log_in(page, base, "phongvien")
    page.goto(base + f"/admin/pages/add/news/articlepage/{column.pk}/")
    form = page.locator("form#page-edit-form")
    form.locator("input[name=title]").fill(TITLE)
    form.locator("textarea[name=lead]").fill(LEAD)
    choose_in_modal(page, page.locator("#id_hero_image-chooser"), "Trường tiểu học Đông Ngạc")
    expect(form.locator("input[name=hero_image]")).to_have_value(str(newsroom["image"].pk))
    author_chooser = page.locator("#id_article_authors-0-author-chooser")
    choose_in_modal(page, author_chooser, "Phạm Thu Trang")
    expect(form.locator("input[name='article_authors-0-author']")).to_have_value(str(newsroom["author"].pk))
    open_footer_menu(page)
    with page.expect_navigation():
        page.locator("button[name=action-submit]").click()
    page.wait_for_load_state()

    article = ArticlePage.objects.get(title=TITLE)
    assert not article.live
    assert article.get_parent().pk == column.pk
    assert article.slug == "khanh-thanh-truong-tieu-hoc-moi-o-phuong-dong-ngac"
    revision = article.get_latest_revision_as_object()
    assert revision.hero_image_id == newsroom["image"].pk
    assert [link.author_id for link in revision.article_authors.all()] == [newsroom["author"].pk]
    state = workflow_state(article)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == TASK_EDITORS

    # -- the column's editor approves the first task
    editor_page = new_context().new_page()
    log_in(editor_page, base, "bientap")
    approve(editor_page, base, article, "Đã biên tập, chuyển Tổng biên tập.")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == TASK_EDITOR_IN_CHIEF
    assert not ArticlePage.objects.get(pk=article.pk).live

    # -- the editor-in-chief approves: the article goes live
    chief_page = new_context().new_page()
    log_in(chief_page, base, "tongbientap")
    approve(chief_page, base, article, "Duyệt đăng.")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.live
    assert article.hero_image_id == newsroom["image"].pk

    # -- a reader, not logged in, finds it in the column
    reader = new_context().new_page()
    reader.goto(base + column.url)
    # The column opens with its newest story as the lead (issue 12), the others in the list below.
    link = reader.locator("main .card__title a", has_text=TITLE)
    expect(link).to_be_visible()
    link.click()
    expect(reader.locator("h1.article__title")).to_have_text(TITLE)
    expect(reader.locator(".article__lead")).to_have_text(LEAD)
    expect(reader.locator(".byline")).to_have_text("Thu Trang")
    hero = reader.locator(".article__hero img")
    expect(hero).to_be_visible()
    reader.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=hero.element_handle())


def test_typing_a_title_does_not_fill_the_slug_with_broken_letters(live_server, page, newsroom):
    """Wagtail's script would turn "Trường … Đông" into "trng … djong"; the slug stays
    empty in the browser and the server transliterates it on save."""
    log_in(page, live_server.url, "phongvien")
    page.goto(live_server.url + f"/admin/pages/add/news/articlepage/{newsroom['column'].pk}/")
    title = page.locator("form#page-edit-form input[name=title]")
    title.fill(TITLE)
    title.press("Tab")
    slug = page.locator("form#page-edit-form input[name=slug]")
    assert slug.input_value() == ""
