"""Issue 12, points 3, 4 and 7: the newspaper layout (the article's side column, the
column's lead story, share links), the pictures (srcset, formats, sizes, eager/lazy),
JSON-LD images, feed enclosures and stable document addresses."""

import json
import re
import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.documents import get_document_model

from cms.core.models import PageViews
from cms.core.pictures import STRUCTURED_DATA_SPECS, pregenerate
from cms.news.models import ArticlePage
from tests.factories import hours_ago, make_article, make_column, make_document, make_image

pytestmark = pytest.mark.django_db


def element(html, opening, tag):
    start = html.index(opening)
    return html[start : html.index(f"</{tag}>", start)]


def aside(html):
    return element(html, '<aside class="article-aside"', "aside")


def test_article_side_column_has_latest_same_column_and_most_read(client, outlet, column):
    other = make_column(outlet, "Kinh tế")
    article = make_article(column, title="Bài đang đọc", published_at=hours_ago(5))
    make_article(column, title="Tin cùng mục mới", published_at=hours_ago(3))
    make_article(other, title="Tin kinh tế mới nhất", published_at=hours_ago(1))
    popular = make_article(other, title="Tin được đọc nhiều", published_at=hours_ago(40))
    PageViews.objects.create(page=popular, day=timezone.localdate(), count=321)

    side = aside(client.get(article.url).content.decode())
    latest = element(side, 'aria-labelledby="tin-moi"', "section")
    same = element(side, 'aria-labelledby="cung-chuyen-muc"', "section")
    most = element(side, 'aria-labelledby="doc-nhieu"', "section")
    assert latest.index("Tin kinh tế mới nhất") < latest.index("Tin cùng mục mới")
    assert "Bài đang đọc" not in side  # never the article itself
    assert "Tin cùng mục mới" in same and "Tin kinh tế" not in same
    assert f'href="{column.url}"' in same  # the heading leads to the column
    assert "Tin được đọc nhiều" in most and "321 lượt xem" in most


def test_side_column_is_a_cached_fragment(settings, column):
    """A reader the page cache passes by (a session cookie) gets the side column from the
    fragment cache: no query for it, so an uncached article stays cheap."""
    settings.PAGE_CACHE_ENABLED = True
    reader = Client()
    reader.cookies["sessionid"] = "khong-co-phien"
    article = make_article(column, title="Bài có cột phải", published_at=hours_ago(3))
    other = make_article(column, title="Tin khác trong cột", published_at=hours_ago(1))
    assert "Tin khác trong cột" in aside(reader.get(article.url).content.decode())
    # Changed behind the site's back (no publish: nothing tells the caches) ...
    ArticlePage.objects.filter(pk=other.pk).update(title="Tên đã đổi ngầm")
    with CaptureQueriesContext(connection) as queries:
        html = reader.get(article.url).content.decode()
    # ... the side column still comes from the fragment, without a query for its lists.
    assert "Tin khác trong cột" in aside(html)
    assert not [q for q in queries.captured_queries if "core_pageviews" in q["sql"].lower()]


def test_share_links_are_plain_encoded_links_without_third_party_scripts(client, column):
    article = make_article(column, title="Chia sẻ bài này")
    html = client.get(article.url).content.decode()
    share = element(html, '<nav class="share"', "nav")
    links = dict(re.findall(r'class="share__link share__link--(\w+)" href="([^"]+)"', share))
    url = "http://testserver" + article.url
    facebook = urlsplit(links["facebook"].replace("&amp;", "&"))
    assert facebook.netloc == "www.facebook.com" and parse_qs(facebook.query) == {"u": [url]}
    assert "%3A%2F%2F" in links["facebook"]  # URL-encoded, not pasted raw
    zalo = urlsplit(links["zalo"].replace("&amp;", "&"))
    assert zalo.netloc == "sp.zalo.me" and parse_qs(zalo.query) == {"url": [url]}
    assert links["copy"] == url and "data-copy-link" in share and "Sao chép liên kết" in share
    # Nothing is loaded from elsewhere: every script is the site's own, none inline.
    scripts = re.findall(r"<script([^>]*)>", html)
    for attributes in scripts:
        if "application/ld+json" in attributes:
            continue
        src = re.search(r'src="([^"]+)"', attributes)
        assert src and src.group(1).startswith("/static/"), attributes
    assert "facebook.net" not in html and "zalo.me/sdk" not in html
    # One label per navigation landmark.
    labels = re.findall(r'<nav[^>]*aria-label="([^"]+)"', html)
    assert len(labels) == len(set(labels))


def test_column_front_has_a_lead_story_sub_leads_then_the_list(client, column):
    for n in range(7):
        make_article(column, title=f"Tin thứ {n}", published_at=hours_ago(10 - n))
    html = client.get(column.url).content.decode()
    front = element(html, '<section class="column-front"', "section")
    lead = element(front, '<div class="column-front__lead">', "article")
    assert "Tin thứ 6" in lead and 'class="card card--lead"' in lead
    subs = element(html, '<div class="column-front__subs">', "section")
    assert [t for t in re.findall(r"Tin thứ (\d)", subs)] == ["5", "4", "3"]
    rest = element(html, '<section class="column-list"', "section")
    assert re.findall(r"Tin thứ (\d)", rest) == ["2", "1", "0"]
    assert html.count("<h1") == 1


def test_later_column_pages_are_the_plain_list(client, column):
    for n in range(22):
        make_article(column, title=f"Tin số {n:02d}", published_at=hours_ago(30 - n))
    second = client.get(column.url + "?page=2").content.decode()
    assert "column-front" not in second
    assert re.findall(r"Tin số (\d\d)", element(second, '<section class="column-list"', "section")) == ["01", "00"]


def test_pictures_have_webp_avif_sizes_dimensions_and_only_the_first_is_eager(client, outlet, column):
    big = make_image("Ảnh lớn", size=(1600, 1000))
    lead = make_article(column, title="Bài tiêu điểm", hero_image=big, published_at=hours_ago(1))
    for n in range(3):
        make_article(column, title=f"Bài {n}", hero_image=make_image(f"Ảnh {n}"), published_at=hours_ago(5 + n))
    for url in ("/", column.url, lead.url):
        html = client.get(url).content.decode()
        pictures = re.findall(r"<picture>(.*?)</picture>", html, re.S)
        assert pictures, url
        imgs = [re.search(r"<img [^>]*>", picture).group(0) for picture in pictures]
        for picture, img in zip(pictures, imgs, strict=True):
            assert 'type="image/webp"' in picture and ".webp 480w" in picture
            assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
            assert 'sizes="' in img and "srcset=" in img
            for srcset in re.findall(r'srcset="([^"]+)"', picture):
                widths = re.findall(r" (\d+)w", srcset)
                assert len(widths) == len(set(widths)), srcset  # a small original: no width twice
        assert 'fetchpriority="high"' in imgs[0] and "loading=" not in imgs[0], url
        assert all('loading="lazy"' in img and "fetchpriority" not in img for img in imgs[1:]), url
    # The hero (the page's largest picture) is offered in AVIF too.
    hero = re.search(r'<figure class="article__hero">(.*?)</figure>', html, re.S).group(1)
    assert 'type="image/avif"' in hero and ".avif 1200w" in hero


def test_json_ld_has_the_three_image_ratios_google_asks_for(client, column):
    article = make_article(column, title="Bài có ảnh", hero_image=make_image(size=(1600, 1000)))
    html = client.get(article.url).content.decode()
    blocks = [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]
    news = next(block for block in blocks if block["@type"] == "NewsArticle")
    assert len(news["image"]) == 3
    from PIL import Image

    renditions = ArticlePage.objects.get(pk=article.pk).hero_image.get_renditions(*STRUCTURED_DATA_SPECS)
    ratios = []
    for url, spec in zip(news["image"], STRUCTURED_DATA_SPECS, strict=True):
        rendition = renditions[spec]
        assert url == "http://testserver" + rendition.url
        with Image.open(rendition.file.path) as picture:
            ratios.append(round(picture.width / picture.height, 2))
    assert ratios == [1.78, 1.33, 1.0]


def test_feed_items_with_a_picture_carry_an_image_enclosure(client, column):
    make_article(column, title="Tin có ảnh", hero_image=make_image(), published_at=hours_ago(1))
    make_article(column, title="Tin không ảnh", published_at=hours_ago(2))
    for path in ("/rss/", column.url + "rss/"):
        items = {item.findtext("title"): item for item in ET.fromstring(client.get(path).content).iter("item")}
        enclosure = items["Tin có ảnh"].find("enclosure")
        assert enclosure.get("type") == "image/jpeg"
        assert enclosure.get("url").startswith("http://testserver/media/images/")
        file = client.get(urlsplit(enclosure.get("url")).path)
        body = b"".join(file.streaming_content) if file.streaming else file.content
        assert int(enclosure.get("length")) == len(body) > 0
        assert items["Tin không ảnh"].find("enclosure") is None


def test_pregenerate_makes_every_rendition_a_page_asks_for_once(column):
    image = make_image(size=(1600, 1000))
    made = pregenerate(image)
    assert {"format-avif|fill-1200x675", "format-webp|fill-480x270", "format-jpeg|fill-1200x1200"} <= set(made)
    count = image.renditions.count()
    with CaptureQueriesContext(connection) as queries:
        pregenerate(image)  # already there: read, not made again
    assert image.renditions.count() == count and len(queries) <= 2


def test_documents_keep_their_readable_name_on_every_upload(client, column):
    first = make_document(content=b"%PDF-1.4 chi thi 23", name="chi-thi-23-ct-tu.pdf")
    again = make_document(content=b"%PDF-1.4 chi thi 23", name="chi-thi-23-ct-tu.pdf")  # a second demo load
    other = make_document(content=b"%PDF-1.4 ban khac", name="chi-thi-23-ct-tu.pdf")
    for document in (first, again, other):
        assert document.filename == "chi-thi-23-ct-tu.pdf"
        assert document.url == f"/documents/{document.pk}/chi-thi-23-ct-tu.pdf"
    assert first.file.name == again.file.name != other.file.name  # same bytes, one file
    response = client.get(other.url)
    assert b"".join(response.streaming_content) == b"%PDF-1.4 ban khac"
    # Replacing a document's file keeps its address.
    other.file.save("chi-thi-23-ct-tu.pdf", ContentFile(b"%PDF-1.4 ban sua"), save=True)
    other = get_document_model().objects.get(pk=other.pk)
    assert other.url == f"/documents/{other.pk}/chi-thi-23-ct-tu.pdf"
