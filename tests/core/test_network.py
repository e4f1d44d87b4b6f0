"""The reader's address behind (or without) reverse proxies."""

import pytest
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
    meta = {"REMOTE_ADDR": remote}
    if forwarded:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    request = RequestFactory().get("/", **meta)
    assert client_ip(request) == expected
    assert ratelimit_ip(request) == (expected or "0.0.0.0")
