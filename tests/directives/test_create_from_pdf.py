"""An editor publishes a new directive from its PDF: upload → suggested metadata → draft."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model

from cms.demo.directives import PDF_23
from cms.demo.media import make_directive_pdf
from cms.directives.models import DirectivePage
from cms.news.newsroom import EDITORS, JOURNALISTS
from tests.factories import make_issuer, make_library, make_user

pytestmark = pytest.mark.django_db

URL = "/admin/van-ban/tao-tu-pdf/"


@pytest.fixture
def library(outlet):
    return make_library(outlet)


@pytest.fixture
def editor(client, library):
    client.force_login(make_user("bientap", EDITORS))
    return client


def upload(client, library, content, name="23-ct-tu.pdf"):
    return client.post(
        URL, {"step": "upload", "library": str(library.pk), "pdf": SimpleUploadedFile(name, content, "application/pdf")}
    )


def test_menu_entry_and_upload_form(editor):
    assert URL in editor.get(reverse("wagtailadmin_home")).content.decode()
    response = editor.get(URL)
    assert response.status_code == 200
    assert "Chọn file PDF" in response.content.decode()


def test_text_pdf_fills_the_form_and_creates_a_draft_with_the_original(editor, library):
    issuer = make_issuer()
    response = upload(editor, library, make_directive_pdf(PDF_23))
    assert response.status_code == 200
    form = response.context["metadata_form"]
    assert form.initial["number"] == "23-CT/TU"
    assert form.initial["kind"] == "chi-thi"
    assert form.initial["issued_on"] == date(2023, 5, 15)
    assert form.initial["summary"].startswith("về ")
    assert form.initial["title"] == "Chỉ thị số 23-CT/TU"
    assert "Đã điền sẵn từ trang đầu của PDF" in response.content.decode()
    document = get_document_model().objects.get()

    data = {key: value for key, value in form.initial.items()}
    data.update(step="metadata", issuer=issuer.pk, issued_on="2023-05-15", signer="", signer_position="")
    created = editor.post(URL, data)
    page = DirectivePage.objects.get()
    assert created.status_code == 302
    assert created["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert not page.live and page.get_parent().pk == library.pk
    assert (page.number, page.kind, page.issued_on) == ("23-CT/TU", "chi-thi", date(2023, 5, 15))
    original = page.files.get()
    assert original.document == document and original.is_original
    assert page.get_latest_revision() is not None


def test_scanned_pdf_gets_no_suggestion_but_still_works(editor, library):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a picture of a page, no text layer
    response = upload(editor, library, bytes(pdf.output()), "scan.pdf")
    assert response.status_code == 200
    assert response.context["metadata_form"].initial.get("number") is None
    assert "không có lớp chữ" in response.content.decode()


@pytest.mark.parametrize(
    "content,name,message",
    [
        (b"GIF89a not a pdf", "anh.pdf", "Đây không phải file PDF."),
        (b"", "rong.pdf", "File rỗng"),
    ],
)
def test_bad_uploads_are_refused_and_nothing_is_stored(editor, library, content, name, message):
    response = upload(editor, library, content, name)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not get_document_model().objects.exists()


def test_metadata_errors_keep_the_form_and_create_nothing(editor, library):
    issuer = make_issuer()
    upload(editor, library, make_directive_pdf(PDF_23))
    document = get_document_model().objects.get()
    response = editor.post(
        URL,
        {
            "step": "metadata",
            "library": library.pk,
            "document": document.pk,
            "title": "Chỉ thị số 23",
            "number": "23-NQ/TU",
            "kind": "chi-thi",
            "issuer": issuer.pk,
            "issued_on": "2023-05-15",
            "summary": "về học tập nghị quyết",
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "không khớp với loại văn bản" in html
    assert 'value="23-NQ/TU"' in html
    assert not DirectivePage.objects.exists()


def test_people_without_a_library_cannot_use_it(client, library):
    client.force_login(make_user("kiemtra", JOURNALISTS))
    # Journalists draft directives, so they may use it too.
    assert client.get(URL).status_code == 200
    client.force_login(make_user("nguoingoai"))
    assert client.get(URL).status_code in (302, 403)
