"""Issue 12, point 1: the directive library, the exemplar registry and the forums are one
tap away from the home page: main navigation (from `show_in_menus`), "Xem tất cả" on the
home page's blocks, and the footer."""

import re

import pytest

from tests.factories import make_directive, make_exemplar, make_forum, make_library, make_registry

pytestmark = pytest.mark.django_db


def in_menu(page, shown=True):
    page.show_in_menus = shown
    page.save_revision().publish()
    return page


@pytest.fixture
def sections(outlet, column):
    library = in_menu(make_library(outlet))
    make_directive(library)
    registry = in_menu(make_registry(outlet))
    make_exemplar(registry)
    forums = in_menu(make_forum(outlet).get_parent().specific)
    outlet.features = [
        ("directive_list", {"title": "Văn bản chỉ đạo mới", "source": "latest", "limit": 5}),
        ("exemplar_spotlight", {"title": "Điển hình tiên tiến", "limit": 3}),
    ]
    outlet.save_revision().publish()
    return {"library": library, "registry": registry, "forums": forums}


def element(html, opening, tag):
    start = html.index(opening)
    return html[start : html.index(f"</{tag}>", start)]


def links(fragment):
    return set(re.findall(r'href="([^"]+)"', fragment))


def test_main_navigation_links_every_section_an_editor_put_in_menus(client, sections, column):
    nav = element(client.get("/").content.decode(), '<nav class="site-nav"', "nav")
    for page in (column, sections["library"], sections["registry"], sections["forums"]):
        assert page.url in links(nav), page.title


def test_a_section_left_out_of_menus_is_not_in_the_navigation(client, sections):
    in_menu(sections["registry"], shown=False)
    html = client.get("/").content.decode()
    assert sections["registry"].url not in links(element(html, '<nav class="site-nav"', "nav"))
    assert sections["library"].url in links(element(html, '<nav class="site-nav"', "nav"))


def test_home_blocks_have_see_all_links_to_the_library_and_the_registry(client, sections):
    html = client.get("/").content.decode()
    directives = element(html, '<section class="block-directive-list">', "section")
    assert "Văn bản chỉ đạo mới" in directives
    assert re.search(rf'href="{sections["library"].url}">Xem tất cả', directives)
    exemplars = element(html, '<section class="block-exemplar-spotlight">', "section")
    assert re.search(rf'href="{sections["registry"].url}">Xem tất cả', exemplars)


def test_footer_links_every_section(client, sections, column):
    footer = element(client.get("/").content.decode(), '<footer class="site-footer">', "footer")
    for page in (column, sections["library"], sections["registry"], sections["forums"]):
        assert page.url in links(footer), page.title


def test_no_two_navigations_share_a_label(client, sections, column):
    for url in ("/", column.url, sections["library"].url):
        html = client.get(url).content.decode()
        labels = re.findall(r'<nav[^>]*aria-label="([^"]+)"', html)
        assert len(labels) == len(set(labels)), (url, labels)
        assert "Chuyên mục" not in labels


def test_the_phone_menu_needs_no_javascript(client, sections):
    nav = element(client.get("/").content.decode(), '<nav class="site-nav"', "nav")
    assert '<input type="checkbox" id="site-nav-toggle"' in nav
    assert '<label for="site-nav-toggle"' in nav
    assert "<script" not in nav
