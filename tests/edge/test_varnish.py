"""Issue 11: deploy/varnish/default.vcl in front of the live server (Debian's varnishd).

A reader's page is served from Varnish (X-Varnish names two requests, Age grows), the
admin, the view counter and POSTs pass through, and a correction an editor publishes
is visible through Varnish within 2 seconds (Wagtail's PURGE plus cms/core/edge.py's BAN).
"""

import http.client
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from django.apps import apps

ROOT = Path(__file__).resolve().parents[2]
VCL = ROOT / "deploy" / "varnish" / "default.vcl"

# Like every live-server test: the data migrations made (root page, groups) are restored for the next test.
pytestmark = [pytest.mark.concurrency, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"nothing listens on {port}")


@pytest.fixture
def varnish(live_server, tmp_path):
    binary = shutil.which("varnishd") or (Path("/usr/sbin/varnishd") if Path("/usr/sbin/varnishd").exists() else None)
    if not binary:
        pytest.skip("Chưa cài varnishd: `apt-get install varnish` (CI có cài)")
    origin_port = live_server.url.rsplit(":", 1)[1]
    vcl = VCL.read_text()
    assert '.host = "127.0.0.1"; .port = "8000";' in vcl  # the README's one line to change
    (tmp_path / "test.vcl").write_text(vcl.replace('.port = "8000"', f'.port = "{origin_port}"'))
    port = free_port()
    process = subprocess.Popen(
        [
            str(binary),
            "-F",
            "-j",
            "none",  # no privilege separation: the work folder is the test's own
            "-n",
            str(tmp_path / "varnish"),
            "-a",
            f"127.0.0.1:{port}",
            "-T",
            "none",
            "-f",
            str(tmp_path / "test.vcl"),
            "-s",
            "malloc,64m",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for_port(port)
        yield port
    finally:
        process.terminate()
        process.wait(15)


@pytest.fixture
def edge_purges(settings, varnish):
    """What settings do with FRONTEND_CACHE_URL: Wagtail's frontend cache handlers plus the BANs."""
    from wagtail.contrib.frontend_cache import signal_handlers
    from wagtail.signals import page_published, page_unpublished

    from cms.core import edge
    from cms.core.page_cache import cache_purged

    settings.PAGE_CACHE_ENABLED = True  # the origin marks readers' pages public (off in other tests)
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "cms.core.edge.VarnishBackend", "LOCATION": f"http://127.0.0.1:{varnish}"}
    }
    signal_handlers.register_signal_handlers()
    edge.connect()
    yield varnish
    cache_purged.disconnect(dispatch_uid="edge-ban")
    for model in apps.get_models():
        page_published.disconnect(signal_handlers.page_published_signal_handler, sender=model)
        page_unpublished.disconnect(signal_handlers.page_unpublished_signal_handler, sender=model)


def fetch(port, path, method="GET", host="localhost", headers=None, body=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request(
        method,
        path,
        body=body,
        headers={"Host": host, "User-Agent": "Mozilla/5.0 (X11) Firefox/140.0", **(headers or {})},
    )
    response = connection.getresponse()
    content = response.read().decode("utf-8", "replace")
    connection.close()
    return response.status, dict(response.getheaders()), content


def served_by_varnish_cache(headers):
    # X-Varnish carries two ids (this request and the one that stored the object) on a hit.
    return len(headers.get("X-Varnish", "").split()) == 2


def test_varnish_serves_readers_from_its_cache_and_shows_a_correction_within_2_seconds(article, edge_purges):
    port = edge_purges
    path = article.url
    status, headers, html = fetch(port, path)
    assert status == 200 and article.title in html
    assert "public" in headers.get("Cache-Control", "") and "s-maxage" in headers.get("Cache-Control", "")
    assert "Set-Cookie" not in headers
    status, headers, html = fetch(port, path, headers={"Cookie": "csrftoken=abc; _ga=GA1.1"})
    assert status == 200 and served_by_varnish_cache(headers), headers  # anonymous cookies stripped
    assert "Age" in headers

    # What must reach the server every time.
    for method, passed in (("GET", "/admin/login/"), ("GET", f"/dem/{article.pk}.gif")):
        fetch(port, passed, method=method)
        assert not served_by_varnish_cache(fetch(port, passed, method=method)[1]), passed
    assert not served_by_varnish_cache(fetch(port, path, headers={"Cookie": "sessionid=x"})[1])

    # An editor publishes a correction.
    revision = article.get_latest_revision_as_object()
    revision.title = "Đính chính: Quán triệt Chỉ thị 23-CT/TU (sửa ngày ban hành)"
    published_at = time.monotonic()
    revision.save_revision().publish()
    while True:
        status, headers, html = fetch(port, path)
        if "Đính chính: Quán triệt Chỉ thị 23-CT/TU" in html:
            break
        assert time.monotonic() - published_at < 2.0, "correction not visible through Varnish within 2 s"
        time.sleep(0.05)
    assert status == 200
    # The column that lists it is fresh too (the page cache's purge is banned at the edge).
    column_html = fetch(port, article.get_parent().url)[2]
    assert "Đính chính: Quán triệt Chỉ thị 23-CT/TU" in column_html


def test_varnish_refuses_purge_and_ban_from_other_addresses_and_needs_a_ban_host(edge_purges):
    port = edge_purges
    assert fetch(port, "/", method="BAN")[0] == 400  # from localhost but without X-Ban-Host
    assert fetch(port, "/", method="PURGE")[0] == 200


def test_readers_from_facebook_and_zalo_share_one_cached_copy(article, edge_purges):
    port = edge_purges
    path = article.url
    status, headers, html = fetch(port, f"{path}?fbclid=IwAR0abc")
    assert status == 200 and article.title in html
    for query in ("?fbclid=IwAR0xyz", "?zarsrc=30&utm_source=zalo&utm_medium=zalo", "", "?utm_campaign=tet&gclid=1"):
        status, headers, html = fetch(port, path + query)
        assert status == 200 and served_by_varnish_cache(headers), query
    # A parameter that changes the page is kept: its own copy.
    status, headers, _ = fetch(port, f"{path}?print=1&fbclid=abc")
    assert status == 200 and not served_by_varnish_cache(headers)
    assert served_by_varnish_cache(fetch(port, f"{path}?print=1")[1])
