"""Body pictures on another server (`import_nukeviet --remote-images`, issue 16): fetched
once each from a local HTTP server standing in for the other site; what is not a picture,
too big or missing is noted and the article goes on without it."""

import io
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from cms.nukeviet.models import ImportedItem
from cms.nukeviet.remote import RemoteImageError, fetch_image, key_for
from tests.nukeviet.test_import import article, run_import

pytestmark = pytest.mark.django_db


def png_bytes():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (64, 40), (200, 120, 40)).save(buffer, "PNG")
    return buffer.getvalue()


FILES = {
    "/anh/cau-can-tho.png": ("image/png", png_bytes()),
    "/anh/gia-mao.png": ("image/png", b"<html>khong phai anh</html>"),
}


class Handler(BaseHTTPRequestHandler):
    hits = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        Handler.hits.append(self.path)
        found = FILES.get(self.path)
        if found is None:
            self.send_error(404)
            return
        kind, body = found
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def other_site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Handler.hits = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_remote_body_pictures_are_fetched_once_and_bad_ones_noted(
    clean_tree, nukeviet_db, nukeviet_uploads, other_site
):
    body = (
        "<p>Cầu Cần Thơ nhìn từ bến Ninh Kiều.</p>"
        f'<p><img src="{other_site}/anh/cau-can-tho.png" alt="Cầu Cần Thơ lúc hoàng hôn"></p>'
        f'<p><img src="{other_site}/anh/gia-mao.png" alt="Giả mạo"></p>'
        f'<p><img src="{other_site}/anh/mat-roi.jpg" alt="Ảnh đã mất"></p>'
    )
    nukeviet_db.execute("UPDATE nv4_vi_news_detail SET bodyhtml = %s WHERE id = 12", (body,))

    without = run_import(nukeviet_db, nukeviet_uploads, "--site", "localhost")
    assert "dùng --remote-images" in without
    assert [b.block_type for b in article(12).body] == ["paragraph"]  # imported, without the pictures
    assert Handler.hits == []  # nothing fetched unless asked

    output = run_import(nukeviet_db, nukeviet_uploads, "--site", "localhost", "--remote-images")
    assert "không phải tệp ảnh" in output and "máy chủ trả lời 404" in output
    page = article(12)
    images = [block.value["image"] for block in page.body if block.block_type == "image"]
    assert len(images) == 1
    picture = images[0]
    assert (picture.width, picture.height) == (64, 40)
    assert picture.description == "Cầu Cần Thơ lúc hoàng hôn"
    assert picture.file.storage.exists(picture.file.name)
    item = ImportedItem.objects.get(kind="image", source_id=key_for(f"{other_site}/anh/cau-can-tho.png"))
    assert item.object_id == picture.pk

    # Again: the picture is not fetched a second time, nor stored twice.
    count = get_image_model().objects.count()
    fetched = Handler.hits.count("/anh/cau-can-tho.png")
    nukeviet_db.execute("UPDATE nv4_vi_news_rows SET hitstotal = hitstotal + 1 WHERE id = 12")  # changed row
    run_import(nukeviet_db, nukeviet_uploads, "--site", "localhost", "--remote-images")
    assert get_image_model().objects.count() == count
    assert Handler.hits.count("/anh/cau-can-tho.png") == fetched


def test_fetch_refuses_what_is_not_a_small_picture(tmp_path, other_site):
    assert fetch_image(f"{other_site}/anh/cau-can-tho.png", tmp_path).suffix == ".png"
    with pytest.raises(RemoteImageError, match="quá lớn"):
        fetch_image(f"{other_site}/anh/cau-can-tho.png", tmp_path, max_bytes=100)
    with pytest.raises(RemoteImageError, match="không phải địa chỉ http"):
        fetch_image("file:///etc/passwd", tmp_path)
    with pytest.raises(RemoteImageError, match="không tải được"):
        fetch_image("http://127.0.0.1:9/anh.png", tmp_path, timeout=2)
    assert len(key_for("https://x.example/" + "a" * 400)) <= 255
