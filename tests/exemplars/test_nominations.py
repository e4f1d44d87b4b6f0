"""Public nominations: the form, its checks, and the editor's one action that
turns a nomination into a draft exemplar page."""

import io
import time

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from cms.core.newsroom import EDITORS, JOURNALISTS
from cms.exemplars.forms import FORM_STAMP_SALT
from cms.exemplars.models import ExemplarPage, Nomination
from tests.factories import make_locality, make_registry, make_sector, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def registry(outlet):
    return make_registry(outlet)


@pytest.fixture
def locality(db):
    return make_locality("Phường Cái Khế")


def stamp(seconds_ago=60):
    from django.core import signing

    return signing.dumps(time.time() - seconds_ago, salt=FORM_STAMP_SALT)


def form_data(place, **changes):
    data = {
        "name": "Tổ dân phố 5 giữ sạch bờ kè",
        "kind": "tap-the",
        "locality": str(place.pk),
        "reason": "Tổ dân phố tự góp tiền, giữ bờ kè sạch đẹp suốt ba năm, không còn rác thải ra sông.",
        "contact_name": "Trần Thị Bé",
        "contact_phone": "0901 234 567",
        "contact_email": "be.tran@example.vn",
        "website": "",
        "stamp": stamp(),
    }
    data.update(changes)
    return data


def jpeg(size=(640, 480), fmt="JPEG", name="anh.jpg"):
    buffer = io.BytesIO()
    Image.new("RGB", size, (20, 120, 60)).save(buffer, fmt)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def nominate_url(registry):
    return registry.url + "de-cu/"


def test_form_page_renders_with_a_hidden_honeypot(client, registry):
    response = client.get(nominate_url(registry))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="website"' in html and "hp-field" in html
    assert 'name="stamp"' in html


def test_valid_nomination_is_stored_not_published(client, registry, locality):
    response = client.post(nominate_url(registry), form_data(locality, photo=jpeg()))
    assert response.status_code == 302
    assert response["Location"].endswith("/de-cu/da-gui/")
    nomination = Nomination.objects.get()
    assert nomination.status == "new"
    assert nomination.registry == registry
    assert nomination.photo.name.startswith("nominations/")
    assert nomination.ip_address == "127.0.0.1"
    assert not ExemplarPage.objects.exists()
    assert "Cảm ơn" in client.get(response["Location"]).content.decode()
    # Nothing of it shows on the public registry.
    assert nomination.name not in client.get(registry.url).content.decode()


@pytest.mark.parametrize(
    "changes,field,message",
    [
        ({"name": ""}, "name", "Vui lòng nhập tên điển hình"),
        ({"name": "x" * 201}, "name", "Tối đa 200 ký tự"),
        ({"reason": "ngắn"}, "reason", "ít nhất 20 ký tự"),
        ({"reason": "dài " * 2000}, "reason", "Tối đa 5000 ký tự"),
        ({"kind": "sieu-nhan"}, "kind", "Loại điển hình không hợp lệ"),
        ({"locality": "999999"}, "locality", "không có trong danh sách"),
        ({"contact_email": "khong-phai-email"}, "contact_email", "Địa chỉ email không hợp lệ"),
        ({"contact_phone": "'; DROP TABLE x;--"}, "contact_phone", "Số điện thoại không hợp lệ"),
        ({"contact_phone": "", "contact_email": ""}, "contact_phone", "Để lại số điện thoại hoặc email"),
    ],
)
def test_bad_input_gets_a_clear_message_and_keeps_what_was_typed(client, registry, locality, changes, field, message):
    data = form_data(locality, **changes)
    response = client.post(nominate_url(registry), data)
    assert response.status_code == 400
    form = response.context["form"]
    assert any(message in error for error in form.errors[field]), form.errors
    html = response.content.decode()
    assert message in html
    if field != "reason":
        assert "giữ sạch bờ kè" in html or field == "name"
    assert not Nomination.objects.exists()


def test_hostile_text_is_stored_as_typed_and_shown_escaped(client, registry, locality, admin_client):
    hostile = "<script>alert('xss')</script> Mô hình “sạch”"
    client.post(nominate_url(registry), form_data(locality, name=hostile))
    nomination = Nomination.objects.get()
    assert nomination.name == hostile
    html = admin_client.get(reverse("nominations:index")).content.decode()
    assert "<script>alert('xss')</script>" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize(
    "upload,message",
    [
        (SimpleUploadedFile("virus.jpg", b"MZ\x90\x00 not an image", content_type="image/jpeg"), "không đọc được"),
        (SimpleUploadedFile("tai-lieu.pdf", b"%PDF-1.4 hello", content_type="application/pdf"), "không đọc được"),
        ("gif", "Chỉ nhận ảnh JPEG, PNG hoặc WebP"),
        ("huge", "quá lớn"),
    ],
)
def test_bad_photos_are_refused_with_a_reason(client, registry, locality, settings, upload, message):
    if upload == "gif":
        upload = jpeg(fmt="GIF", name="anh.gif")
    elif upload == "huge":
        settings.NOMINATION_MAX_PHOTO_PIXELS = 100 * 100
        upload = jpeg(size=(200, 200))
    response = client.post(nominate_url(registry), form_data(locality, photo=upload))
    assert response.status_code == 400
    errors = " ".join(response.context["form"].errors["photo"])
    assert message in errors
    assert "chọn lại ảnh" in response.content.decode()
    assert not Nomination.objects.exists()


def test_oversized_photo_file_is_refused(client, registry, locality, settings):
    settings.NOMINATION_MAX_PHOTO_BYTES = 1000
    response = client.post(nominate_url(registry), form_data(locality, photo=jpeg(size=(800, 800))))
    assert response.status_code == 400
    assert "Ảnh quá lớn" in " ".join(response.context["form"].errors["photo"])


@pytest.mark.parametrize("changes", [{"website": "http://spam.example"}, {"stamp": "just-now"}])
def test_robots_are_kept_aside_not_dropped(client, registry, locality, changes):
    if changes.get("stamp") == "just-now":
        changes = {"stamp": stamp(seconds_ago=0)}  # made here: collection happens long before the test runs
    response = client.post(nominate_url(registry), form_data(locality, **changes))
    assert response.status_code == 302
    nomination = Nomination.objects.get()
    assert nomination.status == "suspect"
    assert nomination.suspect_reason


def test_rate_limit_refuses_with_429_and_keeps_the_text(client, registry, locality, settings):
    settings.NOMINATION_RATE = "2/h"
    for n in range(2):
        assert client.post(nominate_url(registry), form_data(locality, name=f"Điển hình số {n}")).status_code == 302
    response = client.post(nominate_url(registry), form_data(locality, name="Điển hình thứ ba"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "gửi lại sau" in html and "Điển hình thứ ba" in html
    assert Nomination.objects.count() == 2


def test_editor_turns_a_nomination_into_a_draft_exemplar(client, registry, locality, outlet):
    client.post(nominate_url(registry), form_data(locality, photo=jpeg()))
    nomination = Nomination.objects.get()
    sector = make_sector("Môi trường")
    editor = make_user("bientap", EDITORS)
    client.force_login(editor)

    listing = client.get(reverse("nominations:index")).content.decode()
    convert_url = reverse("exemplars_convert_nomination", args=[nomination.pk])
    assert convert_url in listing

    form = client.get(convert_url)
    assert form.status_code == 200 and nomination.reason in form.content.decode()
    missing_sector = client.post(convert_url, {"title": nomination.name, "kind": "tap-the", "locality": locality.pk})
    assert missing_sector.status_code == 400
    assert "Chọn lĩnh vực" in missing_sector.content.decode()

    response = client.post(
        convert_url, {"title": nomination.name, "kind": "tap-the", "locality": locality.pk, "sector": sector.pk}
    )
    page = ExemplarPage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert not page.live and page.has_unpublished_changes
    assert page.get_parent().pk == registry.pk
    assert page.summary == nomination.reason and page.sector == sector
    assert page.photo is not None
    nomination.refresh_from_db()
    assert (nomination.status, nomination.exemplar_id) == ("drafted", page.pk)
    # The draft is not on the public site.
    assert client.get(registry.url).content.decode().count(page.title) == 0
    # A second click does not make a second page.
    client.post(convert_url, {"title": "x", "kind": "tap-the", "locality": locality.pk, "sector": sector.pk})
    assert ExemplarPage.objects.count() == 1


def test_journalists_cannot_convert_or_see_nominations(client, registry, locality):
    client.post(nominate_url(registry), form_data(locality))
    nomination = Nomination.objects.get()
    client.force_login(make_user("phongvien", JOURNALISTS))
    assert client.get(reverse("exemplars_convert_nomination", args=[nomination.pk])).status_code in (302, 403)
    assert client.get(reverse("nominations:index")).status_code in (302, 403)


def test_nominations_cannot_be_deleted_from_the_admin(admin_client, registry, locality, client):
    client.post(nominate_url(registry), form_data(locality))
    nomination = Nomination.objects.get()
    html = admin_client.get(reverse("nominations:index")).content.decode()
    assert f"/delete/{nomination.pk}/" not in html
    assert admin_client.post(f"/admin/nominations/delete/{nomination.pk}/").status_code in (302, 403)
    assert Nomination.objects.filter(pk=nomination.pk).exists()


# ---------------------------------------------------------------- photos (issue 17: findings 6, 7 and the truncated JPEG)


def truncated_jpeg(name="anh.jpg"):
    buffer = io.BytesIO()
    Image.effect_noise((640, 480), 60).convert("RGB").save(buffer, "JPEG", quality=90)
    data = buffer.getvalue()
    return SimpleUploadedFile(name, data[: len(data) // 2], content_type="image/jpeg")


def test_truncated_photo_is_refused(client, registry, locality):
    response = client.post(nominate_url(registry), form_data(locality, photo=truncated_jpeg()))
    assert response.status_code == 400
    assert "bị hỏng hoặc không đầy đủ" in " ".join(response.context["form"].errors["photo"])
    assert not Nomination.objects.exists()


def test_a_broken_stored_photo_does_not_stop_the_draft(client, registry, locality):
    """Photos stored before the check existed: the draft is made, without the photo, and the editor is told."""
    from django.core.files.base import ContentFile

    client.post(nominate_url(registry), form_data(locality))
    nomination = Nomination.objects.get()
    nomination.photo.save("hong.jpg", ContentFile(truncated_jpeg().read()))
    sector = make_sector("Môi trường")
    client.force_login(make_user("bientap", EDITORS))
    response = client.post(
        reverse("exemplars_convert_nomination", args=[nomination.pk]),
        {"title": nomination.name, "kind": "tap-the", "locality": locality.pk, "sector": sector.pk},
        follow=True,
    )
    assert response.status_code == 200
    page = ExemplarPage.objects.get()
    assert page.photo is None
    assert "Ảnh đề cử bị hỏng" in response.content.decode()


def test_photo_is_private_until_an_editor_uses_it(client, registry, locality, settings):
    client.post(nominate_url(registry), form_data(locality, photo=jpeg(name="CMND-Tran-Thi-Be.jpg")))
    nomination = Nomination.objects.get()
    name = nomination.photo.name
    assert "CMND" not in name and name.endswith(".jpg")
    # Not in public media, and not served from it.
    assert not (settings.MEDIA_ROOT / name).exists()
    assert (settings.PRIVATE_MEDIA_ROOT / name).exists()
    assert client.get(f"/media/{name}").status_code == 404
    assert client.get("/media/../private-media/" + name).status_code in (400, 404)
    # Staff see it through the admin, after a permission check.
    photo_url = nomination.photo.url
    assert photo_url.startswith("/admin/")
    anonymous = client.get(photo_url)
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    client.force_login(make_user("phongvien", JOURNALISTS))
    assert client.get(photo_url).status_code in (302, 403)
    client.force_login(make_user("bientap", EDITORS))
    response = client.get(photo_url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"
    with nomination.photo.open("rb") as handle:
        assert b"".join(response.streaming_content) == handle.read()
    # An unknown name is a 404, not a file read.
    assert client.get(photo_url.replace(".jpg", "x.jpg")).status_code == 404


def test_converted_photo_becomes_a_public_image(client, registry, locality, settings):
    client.post(nominate_url(registry), form_data(locality, photo=jpeg()))
    nomination = Nomination.objects.get()
    client.force_login(make_user("bientap", EDITORS))
    client.post(
        reverse("exemplars_convert_nomination", args=[nomination.pk]),
        {"title": nomination.name, "kind": "tap-the", "locality": locality.pk, "sector": make_sector("Y tế").pk},
    )
    image = ExemplarPage.objects.get().photo
    assert (settings.MEDIA_ROOT / image.file.name).exists()
    assert client.get(image.file.url).status_code == 200


def test_existing_photos_move_to_private_storage(registry, locality, settings):
    from importlib import import_module

    from django.apps import apps
    from django.core.files.storage import default_storage

    nomination = Nomination.objects.create(
        registry=registry, name="Cũ", kind="tap-the", locality=locality, reason="x" * 30, contact_name="A"
    )
    public_name = default_storage.save("nominations/2024/05/ho-ten-that.jpg", jpeg())
    Nomination.objects.filter(pk=nomination.pk).update(photo=public_name)
    migration = import_module("cms.exemplars.migrations.0004_private_nomination_photos")
    migration.move_photos_to_private_storage(apps, None)
    nomination.refresh_from_db()
    assert not default_storage.exists(public_name)
    assert "ho-ten-that" not in nomination.photo.name
    assert (settings.PRIVATE_MEDIA_ROOT / nomination.photo.name).exists()


@pytest.mark.parametrize("kind", ["ENOSPC", "EROFS"])
def test_nomination_on_a_broken_disk_keeps_what_was_typed(client, registry, locality, settings, monkeypatch, kind):
    from tests.security.test_uploads import break_disk, files_under

    break_disk(kind, monkeypatch)
    response = client.post(nominate_url(registry), form_data(locality, photo=jpeg()))
    assert response.status_code == 503
    html = response.content.decode()
    assert "Không lưu được tệp" in html
    assert "giữ sạch bờ kè" in html and "Trần Thị Bé" in html
    assert not Nomination.objects.exists()
    assert files_under(settings.MEDIA_ROOT) == [] and files_under(settings.PRIVATE_MEDIA_ROOT) == []


def test_private_root_inside_media_root_is_still_not_served(client, registry, locality, settings):
    from django.core.management import call_command
    from django.core.management.base import SystemCheckError

    settings.PRIVATE_MEDIA_ROOT = settings.MEDIA_ROOT / "rieng"
    client.post(nominate_url(registry), form_data(locality, photo=jpeg()))
    name = Nomination.objects.get().photo.name
    assert (settings.MEDIA_ROOT / "rieng" / name).exists()
    assert client.get(f"/media/rieng/{name}").status_code == 404
    with pytest.raises(SystemCheckError, match="PRIVATE_MEDIA_ROOT"):
        call_command("check", "--tag", "security")
