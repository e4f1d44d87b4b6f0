"""The reader's address behind (or without) reverse proxies."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from cms.core.network import client_ip, ratelimit_ip


@pytest.mark.parametrize(
    ("hops", "remote", "forwarded", "expected"),
    [
        (0, "203.0.113.7", "", "203.0.113.7"),
        # Without trusted proxies the header is the client's word: ignored.
        (0, "203.0.113.7", "198.51.100.1", "203.0.113.7"),
        (1, "10.0.0.2", "198.51.100.1", "198.51.100.1"),
        # Only the entry our proxy appended counts; what the client put before it does not.
        (1, "10.0.0.2", "1.2.3.4, 198.51.100.1", "198.51.100.1"),
        (2, "10.0.0.3", "1.2.3.4, 198.51.100.1, 10.0.0.2", "198.51.100.1"),
        # Fewer entries than proxies (a request that bypassed one): the connection's address.
        (2, "10.0.0.3", "198.51.100.1", "10.0.0.3"),
        (1, "10.0.0.2", " 2001:db8::1 ", "2001:db8::1"),
        (1, "10.0.0.2", "<script>", None),
        (1, "10.0.0.2", "' OR 1=1 --", None),
        (0, "", "", None),
        (0, "not-an-ip", "", None),
    ],
)
def test_client_ip(settings, hops, remote, forwarded, expected):
    settings.TRUSTED_PROXY_HOPS = hops
    settings.TRUSTED_PROXIES = []
    request = make_request(remote, forwarded)
    assert client_ip(request) == expected
    assert ratelimit_ip(request) == (expected or "0.0.0.0")


def make_request(remote, forwarded=""):
    meta = {"REMOTE_ADDR": remote}
    if forwarded:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **meta)


@pytest.mark.parametrize("forwarded", ["198.51.100.1", "198.51.100.2", "1.2.3.4, 198.51.100.3"])
def test_hops_without_a_proxy_in_front_do_not_trust_the_header(settings, forwarded):
    """TRUSTED_PROXY_HOPS=1 but clients connect directly (no proxy): the header is
    whatever the client wrote, so it must not choose the address (it let one client
    be three reporters)."""
    settings.TRUSTED_PROXY_HOPS = 1
    settings.TRUSTED_PROXIES = []
    assert client_ip(make_request("203.0.113.9", forwarded)) == "203.0.113.9"


@pytest.mark.parametrize(
    "proxy", ["127.0.0.1", "::1", "::ffff:127.0.0.1", "10.1.2.3", "172.20.0.5", "192.168.1.10", "fd00::5"]
)
def test_hops_trust_a_proxy_on_the_same_machine_or_a_private_network(settings, proxy):
    # Backwards compatible: nginx on localhost or in a container network keeps working.
    settings.TRUSTED_PROXY_HOPS = 1
    settings.TRUSTED_PROXIES = []
    assert client_ip(make_request(proxy, "1.2.3.4, 198.51.100.1")) == "198.51.100.1"


@pytest.mark.parametrize(
    ("proxies", "remote", "forwarded", "expected"),
    [
        # No header, or not from a proxy: the connection's address.
        (["10.0.0.2"], "10.0.0.2", "", "10.0.0.2"),
        (["10.0.0.2"], "203.0.113.9", "198.51.100.1", "203.0.113.9"),
        (["10.0.0.2"], "10.0.0.3", "198.51.100.1", "10.0.0.3"),  # only the listed proxies
        # From the proxy: the last entry it appended (hops are not used when the proxies are named).
        (["10.0.0.2"], "10.0.0.2", "1.2.3.4, 198.51.100.1", "198.51.100.1"),
        # Two proxies (a CDN range and a local nginx): walk from the right past both.
        (["127.0.0.1", "192.0.2.0/24"], "127.0.0.1", "1.2.3.4, 198.51.100.1, 192.0.2.77", "198.51.100.1"),
        (["127.0.0.1", "192.0.2.0/24"], "127.0.0.1", "198.51.100.1, 192.0.2.77", "198.51.100.1"),
        # A request from inside (every hop a proxy): the leftmost.
        (["10.0.0.0/8"], "10.0.0.2", "10.0.0.9, 10.0.0.5", "10.0.0.9"),
        (["2001:db8::/32"], "2001:db8::2", "2001:db8:1::1, 198.51.100.1", "198.51.100.1"),
        # Garbage where a proxy writes the address: no address (one shared bucket).
        (["10.0.0.2"], "10.0.0.2", "198.51.100.1, <script>", None),
    ],
)
def test_trusted_proxies(settings, proxies, remote, forwarded, expected):
    settings.TRUSTED_PROXY_HOPS = 3
    settings.TRUSTED_PROXIES = proxies
    assert client_ip(make_request(remote, forwarded)) == expected


def test_a_malformed_trusted_proxy_is_a_configuration_error(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.300"]
    with pytest.raises(ImproperlyConfigured, match="TRUSTED_PROXIES"):
        client_ip(make_request("10.0.0.2", "198.51.100.1"))
