"""A document in a password-protected collection is reachable only through
/documents/<id>/<name>, which asks for the password; its file is never served
under /media/ (issue 17, finding 5)."""

import pytest
from django.conf import settings
from wagtail.models import Collection, CollectionViewRestriction

from cms.core.models import DocumentDownloads
from tests.factories import make_document, make_image

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4 bien ban hop kin"
PASSWORD = "mat-khau-rieng"
# Downloads by robots (and empty user agents) are not counted.
BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"}


def _body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def private_document(db):
    private = Collection.get_first_root_node().add_child(name="Tài liệu nội bộ")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.PASSWORD, password=PASSWORD
    )
    document = make_document(title="Biên bản họp kín", content=PDF, name="bien-ban-hop-kin.pdf")
    document.collection = private
    document.save()
    return document


def test_private_document_is_not_served_under_media(client, private_document):
    assert settings.SERVE_MEDIA
    assert private_document.file.name.startswith("documents/")
    response = client.get(settings.MEDIA_URL + private_document.file.name)
    assert response.status_code == 404
    assert PDF not in _body(response)
    # Nor by a detour through another folder of /media/.
    detour = settings.MEDIA_URL + "original_images/../" + private_document.file.name
    assert client.get(detour).status_code == 404
    assert client.get(settings.MEDIA_URL + "documents/").status_code == 404


def test_private_document_asks_for_the_password_and_then_downloads(client, private_document):
    url = private_document.url
    assert url == f"/documents/{private_document.pk}/{private_document.filename}"

    response = client.get(url, **BROWSER)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="password"' in html
    assert PDF not in response.content
    assert DocumentDownloads.totals_for([private_document.pk]) == {}

    restriction = CollectionViewRestriction.objects.get()
    login = client.post(
        f"/documents/authenticate_with_password/{restriction.pk}/", {"password": PASSWORD, "return_url": url}
    )
    assert login.status_code == 302

    response = client.get(url, **BROWSER)
    assert response.status_code == 200
    assert _body(response) == PDF
    assert DocumentDownloads.totals_for([private_document.pk]) == {private_document.pk: 1}


def test_public_document_downloads_through_documents_and_is_counted(client):
    document = make_document(content=PDF, name="cong-van.pdf")
    response = client.get(document.url, **BROWSER)
    assert response.status_code == 200
    assert _body(response) == PDF
    assert DocumentDownloads.totals_for([document.pk]) == {document.pk: 1}
    # Its file under /media/ is not public either: /documents/ is the one way in.
    assert client.get(settings.MEDIA_URL + document.file.name).status_code == 404


def test_images_stay_public_under_media(client):
    image = make_image()
    response = client.get(image.file.url)
    assert response.status_code == 200


def test_documents_are_streamed_through_django():
    # Not "redirect"/"direct": those hand out the storage's URL, skipping the collection check.
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
