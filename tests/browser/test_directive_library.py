"""A reader in Chromium: directive library → filter by kind and year → 23-CT/TU → its PDF → an exemplar."""

import re
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.conftest import ARTIFACTS
from tests.factories import (
    cite,
    make_article,
    make_column,
    make_directive,
    make_document,
    make_exemplar,
    make_issuer,
    make_library,
    make_outlet,
    make_registry,
)

expect = pytest.importorskip("playwright.sync_api", reason="Gói Python `playwright` chưa được cài").expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Headless Chromium says "HeadlessChrome" in its user agent, and downloads by robots are not
# counted (cms.core.text.is_bot_user_agent): the reader here browses with an ordinary Chrome.
READER_USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
)
PDF_BYTES = (
    b"%PDF-1.4\n"
    b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
    b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
    b"trailer << /Root 1 0 R >>\n"
    b"%%EOF\n"
)
PDF_TITLE = "Chỉ thị 23-CT/TU (bản gốc có chữ ký)"
EXEMPLAR_TITLE = "Chi bộ khu vực 3 học nghị quyết bằng hỏi đáp"


@pytest.fixture
def library(clean_tree):
    home = make_outlet(title="Cổng thông tin Thành ủy thử nghiệm")
    library = make_library(home)
    party = make_issuer()  # Ban Thường vụ Thành ủy Cần Thơ, "BTV Thành ủy", code TU
    city = make_issuer(
        name="Ủy ban nhân dân thành phố Cần Thơ", short_name="UBND TP", code="UBND", level="ubnd-thanh-pho"
    )
    pdf = make_document(title=PDF_TITLE, content=PDF_BYTES, name="23-ct-tu.pdf")
    target = make_directive(library, "23-CT/TU", "chi-thi", party, date(2023, 5, 15), files=[pdf])
    other_directive_2023 = make_directive(
        library,
        "27-CT/TU",
        "chi-thi",
        party,
        date(2023, 9, 8),
        summary="về tăng cường công tác phòng, chống tham nhũng, tiêu cực",
    )
    directive_2022 = make_directive(
        library, "19-CT/TU", "chi-thi", party, date(2022, 11, 2), summary="về công tác phát triển đảng viên"
    )
    resolution_2023 = make_directive(
        library,
        "12-NQ/TU",
        "nghi-quyet",
        party,
        date(2023, 3, 20),
        summary="về phát triển hạ tầng giao thông đô thị giai đoạn 2023 – 2030",
    )
    plan_2023 = make_directive(
        library,
        "05/KH-UBND",
        "ke-hoach",
        city,
        date(2023, 6, 1),
        summary="thực hiện Chỉ thị số 23-CT/TU của Ban Thường vụ Thành ủy",
        signer="Trần Văn Minh",
        signer_position="Chủ tịch UBND thành phố",
    )
    resolution_2022 = make_directive(
        library, "08-NQ/TU", "nghi-quyet", party, date(2022, 4, 14), summary="về chuyển đổi số thành phố"
    )
    column = make_column(home, "Xây dựng Đảng")
    article = make_article(column, title="Quán triệt Chỉ thị 23-CT/TU đến từng chi bộ")
    cite(article, target)
    exemplar = make_exemplar(make_registry(home), title=EXEMPLAR_TITLE, directives=[target], articles=[article])
    return {
        "library": library,
        "target": target,
        "pdf": pdf,
        "exemplar": exemplar,
        "also_shown": [other_directive_2023],
        "hidden": [directive_2022, resolution_2023, plan_2023, resolution_2022],
    }


def choose(select, label_prefix):
    """Picks the option whose visible label is `label_prefix (count)`, as a person reading the list does."""
    option = select.locator("option").filter(has_text=re.compile(rf"^\s*{re.escape(label_prefix)} \(\d+\)\s*$"))
    expect(option).to_have_count(1)
    label = option.inner_text().strip()
    select.select_option(label=label)
    return label


def test_reader_filters_the_library_opens_a_directive_downloads_it_and_finds_an_exemplar(live_server, page, library):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.context.set_extra_http_headers({"User-Agent": READER_USER_AGENT})
    target, pdf = library["target"], library["pdf"]

    # The library, all six directives.
    page.goto(live_server.url + library["library"].url)
    expect(page.locator("h1")).to_have_text("Văn bản chỉ đạo")
    results = page.locator(".directive-results")
    expect(results.get_by_role("heading", level=2)).to_have_text("Có 6 văn bản")
    expect(results.locator(".directive-item")).to_have_count(6)

    # Kind "Chỉ thị" and year 2023 in the filter form, then "Lọc".
    form = page.get_by_role("search", name="Tìm và lọc văn bản")
    assert choose(form.get_by_role("combobox", name="Loại văn bản"), "Chỉ thị") == "Chỉ thị (3)"
    assert choose(form.get_by_role("combobox", name="Năm ban hành"), "2023") == "2023 (4)"
    form.get_by_role("button", name="Lọc").click()
    page.wait_for_url(re.compile(r"\?.*year="))
    query = parse_qs(urlsplit(page.url).query)
    assert query["kind"] == ["chi-thi"]
    assert query["year"] == ["2023"]

    expect(results.get_by_role("heading", level=2)).to_have_text("Có 2 văn bản khớp bộ lọc")
    expect(results.locator(".directive-item")).to_have_count(2)
    for shown in [target, *library["also_shown"]]:
        expect(results.get_by_role("link", name=shown.title, exact=True)).to_be_visible()
    for hidden in library["hidden"]:
        expect(results.get_by_role("link", name=hidden.title, exact=True)).to_have_count(0)
    # The form keeps what the reader chose.
    expect(form.get_by_role("combobox", name="Loại văn bản")).to_have_value("chi-thi")
    expect(form.get_by_role("combobox", name="Năm ban hành")).to_have_value("2023")
    page.screenshot(path=str(ARTIFACTS / "directive-library-filtered.png"), full_page=True)

    # The directive's page.
    results.get_by_role("link", name="Chỉ thị số 23-CT/TU", exact=True).click()
    page.wait_for_url(live_server.url + target.url)
    expect(page.locator("h1.directive__title")).to_have_text("Chỉ thị số 23-CT/TU")
    facts = page.locator("table.meta-table")
    expect(facts.get_by_role("row", name="Số hiệu")).to_contain_text("23-CT/TU")
    expect(facts.get_by_role("row", name="Cơ quan ban hành")).to_contain_text("Ban Thường vụ Thành ủy Cần Thơ")
    expect(facts.get_by_role("row", name="Ngày ban hành")).to_contain_text("15/05/2023")
    expect(page.locator(".directive__status .status-badge")).to_have_text("Còn hiệu lực")
    files = page.locator("section.directive-files")
    expect(files.locator(".file-list__item")).to_have_count(1)
    expect(files.locator(".file-list__item")).to_contain_text("Bản gốc")
    expect(files.locator(".file-list__item")).to_contain_text("0 lượt tải")
    expect(page.get_by_role("link", name="Quán triệt Chỉ thị 23-CT/TU đến từng chi bộ")).to_be_visible()

    # The PDF: Chromium shows it in its own viewer (Content-Disposition: inline), and the body
    # Playwright reports for that response is the viewer's page; the bytes are kept on the way in.
    served = []

    def keep_pdf(route):
        response = route.fetch()
        served.append((response.status, response.headers, response.body()))
        route.fulfill(response=response)

    page.route(re.compile(re.escape(live_server.url + pdf.url) + r"$"), keep_pdf)
    pdf_link = files.get_by_role("link", name=PDF_TITLE)
    expect(pdf_link).to_have_attribute("href", pdf.url)
    pdf_link.click()
    page.wait_for_url(live_server.url + pdf.url)
    page.wait_for_load_state()
    assert len(served) == 1
    status, headers, body = served[0]
    assert status == 200
    assert headers["content-type"] == "application/pdf"
    assert f'filename="{pdf.filename}"' in headers["content-disposition"]
    assert body == PDF_BYTES
    page.unroute_all()

    # Back on the directive's page, reloaded: the download was counted once.
    page.go_back()
    page.wait_for_url(live_server.url + target.url)
    page.reload()
    expect(files.locator(".file-list__item")).to_contain_text(re.compile(r"·\s*1 lượt tải"))
    page.screenshot(path=str(ARTIFACTS / "directive-page-23-CT-TU.png"), full_page=True)

    # An exemplar that carries the directive out.
    exemplars = page.locator("section[aria-labelledby=dien-hinh-thuc-hien]")
    exemplars.get_by_role("link", name=EXEMPLAR_TITLE).click()
    page.wait_for_url(live_server.url + library["exemplar"].url)
    expect(page.get_by_role("heading", level=1)).to_have_text(EXEMPLAR_TITLE)
    expect(page.locator("section[aria-labelledby=van-ban-thuc-hien]")).to_contain_text("Chỉ thị 23-CT/TU")
