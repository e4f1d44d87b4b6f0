"""Issue 13, point 1: bodies a front-end can render from /api/v2/ alone: images with
renditions and srcset, documents with URL, size and type, rich text with real links;
the same for the hero image, exemplar galleries and directive files. The HTML pages
keep rendering the blocks as before."""

import re

import pytest

from cms.exemplars.models import GalleryImage
from tests.factories import (
    make_article,
    make_directive,
    make_document,
    make_exemplar,
    make_image,
    make_library,
    make_registry,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _uncached(settings):
    settings.PAGE_CACHE_ENABLED = False


@pytest.fixture
def body_article(column, author):
    photo = make_image("Lễ ra quân", size=(1600, 900))
    photo.description = "Đoàn viên thanh niên ra quân dọn rác bờ kè"
    photo.save()
    plan = make_document("Kế hoạch 45/KH-UBND", content=b"%PDF-1.4" + b"k" * 1016, name="ke-hoach-45.pdf")
    other = make_article(column, title="Bài được dẫn", authors=[author])
    article = make_article(
        column,
        title="Ra quân làm sạch bờ kè",
        authors=[author],
        hero_image=make_image("Ảnh đại diện", size=(1600, 900)),
        hero_caption="Bờ kè sau buổi ra quân.",
        hero_credit="Ảnh: Hải Nam",
        body=[
            (
                "paragraph",
                f'<p>Xem thêm <a linktype="page" id="{other.pk}">bài trước</a> và '
                f'<a linktype="document" id="{plan.pk}">kế hoạch</a>.</p>',
            ),
            ("image", {"image": photo, "caption": "Ra quân sáng Chủ nhật.", "credit": "Ảnh: PV."}),
            ("document", {"document": plan, "title": "Tải kế hoạch"}),
        ],
    )
    return article, other, photo, plan


def test_image_block_carries_renditions_srcset_and_text(client, body_article):
    article, _, photo, _ = body_article
    body = client.get(f"/api/v2/pages/{article.pk}/").json()["body"]
    image = next(block["value"] for block in body if block["type"] == "image")
    assert image["id"] == photo.pk
    assert image["title"] == "Lễ ra quân"
    assert image["alt"] == "Đoàn viên thanh niên ra quân dọn rác bờ kè"
    assert (image["caption"], image["credit"]) == ("Ra quân sáng Chủ nhật.", "Ảnh: PV.")
    assert (image["width"], image["height"]) == (1600, 900)
    webp = [r for r in image["renditions"] if r["format"] == "webp"]
    assert [(r["width"], r["height"]) for r in webp] == [(480, 270), (800, 450), (1200, 675)]
    [fallback] = [r for r in image["renditions"] if r["format"] != "webp"]
    assert fallback["format"] == "jpeg" and fallback["width"] == 1200
    assert image["src"] == fallback["url"]
    assert image["srcset"] == ", ".join(f"{r['url']} {r['width']}w" for r in webp)
    for rendition in image["renditions"]:
        assert rendition["url"].startswith("http://testserver/media/images/")
    assert all(r["url"].endswith(".webp") for r in webp) and fallback["url"].endswith(".jpg")


def test_renditions_are_made_once(client, body_article):
    from wagtail.images import get_image_model

    article, _, photo, _ = body_article
    client.get(f"/api/v2/pages/{article.pk}/")
    Rendition = get_image_model().get_rendition_model()
    count = Rendition.objects.filter(image=photo).count()
    assert count == 4
    client.get(f"/api/v2/pages/{article.pk}/")
    assert Rendition.objects.filter(image=photo).count() == count


def test_document_block_and_rich_text_links_are_resolved(client, body_article):
    article, other, _, plan = body_article
    body = client.get(f"/api/v2/pages/{article.pk}/").json()["body"]
    document = next(block["value"] for block in body if block["type"] == "document")
    assert document["id"] == plan.pk
    assert document["title"] == "Tải kế hoạch"
    assert document["size"] == 1024
    assert document["type"] == "pdf"
    assert document["content_type"] == "application/pdf"
    assert client.get(document["url"]).status_code == 200
    paragraph = body[0]["value"]
    assert "linktype" not in paragraph
    links = re.findall(r'href="([^"]+)"', paragraph)
    assert links == [other.url, plan.url]
    raw = client.get(f"/api/v2/pages/{article.pk}/?rich_text_format=db_html").json()["body"][0]["value"]
    assert f'linktype="page" id="{other.pk}"' in raw


def test_hero_image_has_the_same_shape_with_caption_and_credit(client, body_article):
    article, *_ = body_article
    hero = client.get(f"/api/v2/pages/{article.pk}/").json()["hero_image"]
    assert hero["id"] == article.hero_image_id
    assert (hero["caption"], hero["credit"]) == ("Bờ kè sau buổi ra quân.", "Ảnh: Hải Nam")
    assert len(hero["renditions"]) == 4 and hero["srcset"].count("w,") == 2


def test_html_article_still_renders_its_blocks(client, body_article):
    article, other, _, plan = body_article
    html = client.get(article.url).content.decode()
    assert '<figure class="figure">' in html and "Ra quân sáng Chủ nhật." in html
    assert f'href="{other.url}"' in html and "Tải kế hoạch" in html


def test_exemplar_gallery_and_photo(client, outlet):
    registry = make_registry(outlet)
    exemplar = make_exemplar(registry, photo=make_image("Chân dung", size=(900, 600)))
    GalleryImage.objects.create(page=exemplar, image=make_image("Buổi sinh hoạt", size=(1000, 500)), caption="Họp")
    exemplar.save_revision().publish()
    data = client.get(f"/api/v2/pages/{exemplar.pk}/").json()
    [item] = data["gallery"]
    assert item["caption"] == "Họp" and item["title"] == "Buổi sinh hoạt"
    assert [r["width"] for r in item["renditions"] if r["format"] == "webp"] == [480, 800, 1000]
    assert item["src"].endswith(".jpg") and item["srcset"]
    assert data["photo"]["title"] == "Chân dung" and data["photo"]["renditions"]


def test_directive_files_carry_url_size_and_type(client, outlet):
    library = make_library(outlet)
    pdf = make_document("Chỉ thị 23 (bản gốc)", content=b"%PDF-1.4" + b"c" * 92, name="ct-23.pdf")
    directive = make_directive(library, files=[pdf])
    [item] = client.get(f"/api/v2/pages/{directive.pk}/").json()["files"]
    assert (item["id"], item["size"], item["type"], item["is_original"]) == (pdf.pk, 100, "pdf", True)
    assert client.get(item["url"]).status_code == 200
