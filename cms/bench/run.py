"""`make bench`: figures for the publishing core, each against a baseline measured
in the same run on the same machine.

1. Throughput of an article page vs a bare Django view returning the same bytes
   (same middleware, same in-process client).
2. SQL queries an article page makes with 1 and with 10 authors/tags/attachments.
3. The cost of view counting: serving with counting vs serving to a bot (no count).
"""

import ipaddress
import itertools
import os
import statistics
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.bench")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Page, Site  # noqa: E402

from cms.bench.urls import BARE_BODY  # noqa: E402
from cms.core.models import PageViews  # noqa: E402
from tests.factories import AuthorFactory, make_article, make_column, make_document, make_image, make_outlet  # noqa: E402

READER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
BOT = "Googlebot/2.1 (+http://www.google.com/bot.html)"
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "200"))


def build_article(column, n, image):
    authors = [AuthorFactory(name=f"Tác giả số {n}-{i}", pen_name=f"Bút danh {n}-{i}") for i in range(n)]
    documents = [make_document(f"Văn bản {n}-{i}", name=f"van-ban-{n}-{i}.pdf") for i in range(n)]
    body = [("paragraph", "<p>" + "Nội dung bài viết về việc triển khai nghị quyết. " * 40 + "</p>")] * 6
    article = make_article(
        column,
        title=f"Bài viết đo hiệu năng với {n} tác giả, thẻ và tệp",
        authors=authors,
        tags=[f"Thẻ {n}-{i}" for i in range(n)],
        attachments=documents,
        body=body,
        hero_image=image,
        hero_caption="Ảnh minh họa",
    )
    return article


def requests_per_second(client, url, user_agent, count=REQUESTS, new_readers=False):
    """`new_readers`: every request from another address, so each one is counted
    (one reader adds one view per 30 minutes): the cost of counting, not of remembering."""
    client.get(url, HTTP_USER_AGENT=user_agent)  # warm caches (renditions, templates)
    samples = []
    readers = itertools.count(1)
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for _ in range(count):
            extra = {"REMOTE_ADDR": str(ipaddress.IPv4Address(0x0A000000 + next(readers)))} if new_readers else {}
            response = client.get(url, HTTP_USER_AGENT=user_agent, **extra)
            assert response.status_code == 200, (url, response.status_code)
        samples.append(count / (time.perf_counter() - start))
    return statistics.median(samples)


def query_count(client, url):
    client.get(url, HTTP_USER_AGENT=READER)
    with CaptureQueriesContext(connection) as captured:
        client.get(url, HTTP_USER_AGENT=READER)
    return len(captured.captured_queries)


def main():
    print("Chuẩn bị cơ sở dữ liệu đo (SQLite tạm)…", flush=True)
    call_command("migrate", verbosity=0)
    Site.objects.all().delete()
    Page.objects.filter(depth__gt=1).delete()
    home = make_outlet()
    column = make_column(home, "Thời sự")
    image = make_image()
    one = build_article(column, 1, image)
    ten = build_article(column, 10, image)
    client = Client()

    article_html = client.get(ten.url, HTTP_USER_AGENT=BOT).content
    BARE_BODY["html"] = article_html

    print(f"\n1. Thông lượng (trung vị {ROUNDS} vòng × {REQUESTS} yêu cầu, cùng tiến trình, cùng middleware)")
    bare = requests_per_second(client, "/__bench__/bare/", READER)
    article = requests_per_second(client, ten.url, BOT)
    print(f"   view Django trần, {len(article_html):,} byte: {bare:8.1f} yêu cầu/giây")
    print(f"   trang bài viết (không đếm lượt xem):   {article:8.1f} yêu cầu/giây")
    print(f"   tỉ lệ bài viết / view trần: {article / bare:.3f}")

    print("\n2. Số truy vấn SQL của một trang bài viết")
    q1, q10 = query_count(client, one.url), query_count(client, ten.url)
    print(f"   1 tác giả/thẻ/tệp:  {q1} truy vấn")
    print(f"   10 tác giả/thẻ/tệp: {q10} truy vấn  ({'không tăng' if q10 <= q1 else 'TĂNG theo số lượng'})")

    print("\n3. Chi phí đếm lượt xem")
    counted = requests_per_second(client, ten.url, READER, new_readers=True)
    print(f"   không đếm (bot):   {article:8.1f} yêu cầu/giây")
    print(f"   có đếm (bạn đọc):  {counted:8.1f} yêu cầu/giây")
    print(f"   tỉ lệ có đếm / không đếm: {counted / article:.3f} (chi phí {100 * (1 - counted / article):.1f}%)")
    print(f"   lượt xem đã ghi: {PageViews.total(ten.pk):,}")


if __name__ == "__main__":
    main()
