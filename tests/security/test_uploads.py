"""Uploads (issue 17, findings 5, 6 and 7): image pixel limits, capped renditions,
request bodies refused before they are read, documents checked by content, and a
full or read-only disk that leaves a clear message and no debris."""

import errno
import io
import json
import os
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.factories import make_image

pytestmark = pytest.mark.django_db

DISK_MESSAGE = "Không lưu được tệp"


# ------------------------------------------------------------------ helpers


def png_bytes(size=(640, 480), mode="RGB"):
    buffer = io.BytesIO()
    PILImage.new(mode, size, 0).save(buffer, "PNG")
    return buffer.getvalue()


def jpeg_bytes(size=(640, 480)):
    buffer = io.BytesIO()
    PILImage.effect_noise(size, 60).convert("RGB").save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def huge_png():
    """11,000 × 11,000 pixels in about 14 KB: one bit per pixel, all zero."""
    width = height = 11_000
    raw = zlib.compressobj(9)
    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    data = b"".join(raw.compress(row) for _ in range(height)) + raw.flush()

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def files_under(root):
    root = Path(root)
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()) if root.exists() else []


class ExplodingInput:
    """A request body that must not be read."""

    read_bytes = 0

    def read(self, size=-1):
        ExplodingInput.read_bytes += 1
        raise AssertionError("the body was read")

    readline = read


# ------------------------------------------------------------------ images: pixels, corruption, renditions


def test_huge_pixel_png_is_refused_at_admin_upload(admin_client):
    data = huge_png()
    assert len(data) < 20_000
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Ảnh rất lớn", "file": SimpleUploadedFile("lon.png", data, content_type="image/png")},
    )
    assert response.status_code == 200
    assert "quá nhiều điểm ảnh" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_huge_pixel_png_is_refused_from_its_header_without_decoding(admin_client, monkeypatch):
    """Wagtail's own pixel check decodes the image first (~460 MB and 2.5 s for an RGB
    11,000 × 11,000 PNG of 350 KB); the refusal must come from the header."""
    from PIL import ImageFile

    def no_decoding(self):
        raise AssertionError("the image was decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Ảnh rất lớn", "file": SimpleUploadedFile("lon.png", huge_png(), content_type="image/png")},
    )
    assert response.status_code == 200
    assert "quá nhiều điểm ảnh" in response.content.decode()


def test_huge_pixel_png_is_refused_by_the_multiple_uploader(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("lon.png", huge_png(), content_type="image/png")},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    body = response.json()
    assert body["success"] is False
    assert "quá nhiều điểm ảnh" in body["error_message"]
    assert not get_image_model().objects.exists()


def test_truncated_jpeg_is_refused_at_admin_upload(admin_client):
    data = jpeg_bytes()
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Ảnh hỏng",
            "file": SimpleUploadedFile("hong.jpg", data[: len(data) // 2], content_type="image/jpeg"),
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "bị hỏng hoặc không đầy đủ" in html
    assert "Ảnh hỏng" in html  # the title typed is kept
    assert not get_image_model().objects.exists()


def test_a_whole_image_still_uploads(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Ảnh tốt", "file": SimpleUploadedFile("tot.jpg", jpeg_bytes(), content_type="image/jpeg")},
    )
    assert response.status_code == 302
    image = get_image_model().objects.get()
    assert image.title == "Ảnh tốt"
    # The edit screen (served by cms.core.upload_views) still works.
    assert admin_client.get(reverse("wagtailimages:edit", args=[image.pk])).status_code == 200


def test_renditions_are_capped(db):
    image = make_image(size=(1000, 500))
    rendition = image.get_rendition("scale-400")
    assert (rendition.width, rendition.height) == (
        django_settings.WAGTAILIMAGES_MAX_RENDITION_WIDTH,
        django_settings.WAGTAILIMAGES_MAX_RENDITION_WIDTH // 2,
    )


def test_admin_preview_is_capped(admin_client):
    image = make_image(size=(3200, 800))
    response = admin_client.get(reverse("wagtailimages:preview", args=[image.pk, "width-3200"]))
    assert response.status_code == 200
    with PILImage.open(io.BytesIO(b"".join(response.streaming_content))) as preview:
        assert preview.size == (django_settings.WAGTAILIMAGES_MAX_RENDITION_WIDTH, 600)


def test_the_sizes_the_site_asks_for_are_unchanged(db):
    image = make_image(size=(2000, 1500))
    assert image.get_rendition("max-1600x1600").width == 1600
    assert (image.get_rendition("fill-1200x675").width, image.get_rendition("fill-1200x675").height) == (1200, 675)
    assert image.get_rendition("original").width == 2000


# ------------------------------------------------------------------ request bodies refused before they are read


@pytest.fixture
def registry(outlet):
    from tests.factories import make_registry

    return make_registry(outlet)


def post_unread(client, path, length, **extra):
    ExplodingInput.read_bytes = 0
    return client.generic(
        "POST",
        path,
        b"x",
        content_type="multipart/form-data; boundary=xyz",
        CONTENT_LENGTH=str(length),
        **{"wsgi.input": ExplodingInput()},
        **extra,
    )


def test_a_300_mb_anonymous_nomination_is_refused_unread(client, registry):
    response = post_unread(client, registry.url + "de-cu/", 300 * 1024 * 1024)
    assert response.status_code == 413
    assert ExplodingInput.read_bytes == 0
    html = response.content.decode()
    assert "quá lớn" in html and "300" in html


def test_admin_uploads_have_their_own_ceiling(admin_client):
    limit = django_settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    response = post_unread(admin_client, reverse("wagtailimages:add"), limit + 5 * 1024 * 1024)
    assert response.status_code == 413
    assert ExplodingInput.read_bytes == 0
    # The multiple uploader reads JSON.
    response = post_unread(
        admin_client, reverse("wagtaildocs:add_multiple"), 400 * 1024 * 1024, HTTP_X_REQUESTED_WITH="XMLHttpRequest"
    )
    assert response.status_code == 413
    body = response.json()
    assert body["success"] is False and "quá lớn" in body["error_message"]


def test_a_public_post_without_length_is_refused(client, registry):
    ExplodingInput.read_bytes = 0
    response = client.generic(
        "POST",
        registry.url + "de-cu/",
        b"",
        content_type="multipart/form-data; boundary=xyz",
        HTTP_TRANSFER_ENCODING="chunked",
        **{"wsgi.input": ExplodingInput()},
    )
    assert response.status_code == 411
    assert ExplodingInput.read_bytes == 0
    assert "độ dài" in response.content.decode()


def test_ordinary_posts_pass(client, registry):
    response = client.get(registry.url + "de-cu/")
    assert response.status_code == 200


# ------------------------------------------------------------------ documents checked by content


def zip_bytes(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


GOOD_DOCUMENTS = [
    ("chi-thi.pdf", b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"),
    ("ke-hoach.docx", zip_bytes({"[Content_Types].xml": "<x/>", "word/document.xml": "<w/>"})),
    ("bang.xlsx", zip_bytes({"[Content_Types].xml": "<x/>", "xl/workbook.xml": "<w/>"})),
    ("trinh-chieu.pptx", zip_bytes({"[Content_Types].xml": "<x/>", "ppt/presentation.xml": "<p/>"})),
    ("van-ban.odt", zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<c/>"})),
    ("bang.ods", zip_bytes({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<c/>"})),
    ("cu.doc", bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 504),
    ("ghi-chu.txt", "Nghị quyết số 12 — ghi chú".encode()),
    ("tep.zip", zip_bytes({"a.txt": "a"})),
]

BAD_DOCUMENTS = [
    ("chi-thi.pdf", png_bytes()),
    ("ke-hoach.docx", zip_bytes({"a.txt": "a"})),
    ("bang.xlsx", zip_bytes({"[Content_Types].xml": "<x/>", "word/document.xml": "<w/>"})),
    ("van-ban.odt", zip_bytes({"mimetype": "application/vnd.oasis.opendocument.spreadsheet"})),
    ("cu.doc", b"%PDF-1.4 not ole"),
    ("ghi-chu.txt", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"),
    ("tep.zip", b"Rar!\x1a\x07\x00"),
]


@pytest.mark.parametrize("name,content", GOOD_DOCUMENTS, ids=[name for name, _ in GOOD_DOCUMENTS])
def test_documents_whose_content_matches_are_accepted(admin_client, name, content):
    response = admin_client.post(reverse("wagtaildocs:add"), {"title": name, "file": SimpleUploadedFile(name, content)})
    assert response.status_code == 302, response.context["form"].errors
    assert get_document_model().objects.get().file.read() == content


@pytest.mark.parametrize("name,content", BAD_DOCUMENTS, ids=[name for name, _ in BAD_DOCUMENTS])
def test_documents_whose_content_does_not_match_are_refused(admin_client, name, content):
    response = admin_client.post(
        reverse("wagtaildocs:add"), {"title": "Tệp giả", "file": SimpleUploadedFile(name, content)}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nội dung tệp không khớp" in html
    assert "Tệp giả" in html
    assert not get_document_model().objects.exists()


def test_png_named_pdf_is_refused_by_the_multiple_uploader(admin_client):
    response = admin_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("chi-thi.pdf", png_bytes())},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    body = response.json()
    assert body["success"] is False
    assert "Nội dung tệp không khớp" in body["error_message"]
    assert not get_document_model().objects.exists()


# ------------------------------------------------------------------ a full or read-only disk


class _HalfWrite:
    """A file on a disk that fills up: the first write puts half its bytes down, then fails."""

    def __init__(self, handle):
        self._handle = handle

    def write(self, data):
        self._handle.write(data[: max(1, len(data) // 2)])
        self._handle.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._handle.close()


def _under_media(path):
    roots = [str(django_settings.MEDIA_ROOT), str(getattr(django_settings, "PRIVATE_MEDIA_ROOT", "/nonexistent"))]
    return any(str(path).startswith(root) for root in roots)


def break_disk(kind, monkeypatch):
    """Media storage that fails: a disk that fills up mid-write (ENOSPC), or one mounted read-only (EROFS)."""
    if kind == "ENOSPC":
        real_fdopen = os.fdopen

        def fdopen(fd, *args, **kwargs):
            handle = real_fdopen(fd, *args, **kwargs)
            try:
                target = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:
                return handle
            return _HalfWrite(handle) if _under_media(target) else handle

        monkeypatch.setattr(os, "fdopen", fdopen)
    else:
        real_open, real_mkdir = os.open, os.mkdir

        def ro_open(path, flags, *args, **kwargs):
            if flags & os.O_CREAT and _under_media(path):
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), path)
            return real_open(path, flags, *args, **kwargs)

        def ro_mkdir(path, *args, **kwargs):
            if _under_media(path):
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), path)
            return real_mkdir(path, *args, **kwargs)

        monkeypatch.setattr(os, "open", ro_open)
        monkeypatch.setattr(os, "mkdir", ro_mkdir)
    return kind


@pytest.fixture(params=["ENOSPC", "EROFS"])
def broken_disk(request, monkeypatch):
    return break_disk(request.param, monkeypatch)


def no_debris():
    return files_under(django_settings.MEDIA_ROOT) == [] and files_under(django_settings.PRIVATE_MEDIA_ROOT) == []


def test_admin_image_upload_on_a_broken_disk(admin_client, broken_disk):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Lễ khánh thành cầu", "file": SimpleUploadedFile("cau.jpg", jpeg_bytes(), content_type="image/jpeg")},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert DISK_MESSAGE in html and "Lễ khánh thành cầu" in html
    assert not get_image_model().objects.exists()
    assert no_debris(), files_under(django_settings.MEDIA_ROOT)


def test_admin_image_multiple_upload_on_a_broken_disk(admin_client, broken_disk):
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("cau.jpg", jpeg_bytes(), content_type="image/jpeg")},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["success"] is False and DISK_MESSAGE in body["error_message"]
    assert not get_image_model().objects.exists()
    assert no_debris()


def test_admin_document_upload_on_a_broken_disk(admin_client, broken_disk):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Kế hoạch số 12", "file": SimpleUploadedFile("ke-hoach.pdf", b"%PDF-1.4\n" + b"x" * 5000)},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert DISK_MESSAGE in html and "Kế hoạch số 12" in html
    assert not get_document_model().objects.exists()
    assert no_debris()


def test_admin_document_multiple_upload_on_a_broken_disk(admin_client, broken_disk):
    response = admin_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("ke-hoach.pdf", b"%PDF-1.4\n" + b"x" * 5000)},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["success"] is False and DISK_MESSAGE in body["error_message"]
    assert not get_document_model().objects.exists()
    assert no_debris()


def test_replacing_a_document_file_on_a_broken_disk_keeps_the_old_file(admin_client, monkeypatch):
    from tests.factories import make_document

    document = make_document(content=b"%PDF-1.4 ban cu")
    old_name = document.file.name
    real_fdopen = os.fdopen

    def fdopen(fd, *args, **kwargs):
        handle = real_fdopen(fd, *args, **kwargs)
        return _HalfWrite(handle) if _under_media(os.readlink(f"/proc/self/fd/{fd}")) else handle

    monkeypatch.setattr(os, "fdopen", fdopen)
    response = admin_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": "Bản mới", "file": SimpleUploadedFile("moi.pdf", b"%PDF-1.4 ban moi" + b"x" * 4000)},
    )
    assert response.status_code == 200
    assert DISK_MESSAGE in response.content.decode()
    document.refresh_from_db()
    assert document.file.name == old_name
    assert files_under(django_settings.MEDIA_ROOT) == [old_name]
    with document.file.open("rb") as handle:
        assert handle.read() == b"%PDF-1.4 ban cu"


def test_storage_writes_are_atomic(db, tmp_path):
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    name = default_storage.save("thu/tep.txt", ContentFile(b"noi dung"))
    assert default_storage.open(name).read() == b"noi dung"
    # The same name again gets a new name; nothing is overwritten.
    second = default_storage.save("thu/tep.txt", ContentFile(b"khac"))
    assert second != name and default_storage.open(name).read() == b"noi dung"
    assert files_under(django_settings.MEDIA_ROOT) == sorted([name, second])
