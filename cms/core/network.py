"""The reader's address, for rate limits and counting different reporters.

Behind a reverse proxy every request comes from the proxy's address, so one
limit would apply to the whole city; the proxy passes the client's address in
`X-Forwarded-For`. But anyone can send that header, so it is read only when the
connection itself comes from a trusted proxy:

- `TRUSTED_PROXIES` (addresses or networks, e.g. `127.0.0.1, 10.0.0.0/8`): when
  the connection comes from one of them, `X-Forwarded-For` is walked from the
  right past the entries that are trusted proxies too; the first other entry is
  the client (entries further left are whatever the client sent).
- Else `TRUSTED_PROXY_HOPS` = N (> 0), the older setting: the N-th entry from the
  right, when the connection comes from the loopback or a private network (a
  proxy on the same machine or in a container network). A client connecting
  directly from the Internet is not a proxy, so its header is ignored.
- Neither: the connection's address.

Django has no such helper; django-ratelimit reads its address through
`ratelimit_ip` below so both agree."""

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# Where a proxy counted by TRUSTED_PROXY_HOPS may connect from (see above).
LOCAL_NETWORKS = ("127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7")


def _address(text):
    try:
        address = ipaddress.ip_address((text or "").strip())
    except ValueError:
        return None
    # A dual-stack server sees IPv4 clients as ::ffff:a.b.c.d.
    if address.version == 6 and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def _valid(text):
    address = _address(text)
    return str(address) if address is not None else None


@lru_cache(maxsize=8)
def _networks(entries):
    networks = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            raise ImproperlyConfigured(
                f"TRUSTED_PROXIES: “{entry}” is not an IP address or network (e.g. 10.0.0.2 or 10.0.0.0/8)."
            ) from None
    return tuple(networks)


def _trusted(address, networks):
    return address is not None and any(address in network for network in networks)


def client_ip(request):
    """The client's address, or None when it is not a valid IP."""
    remote = _address(request.META.get("REMOTE_ADDR"))
    named = tuple(entry for entry in (getattr(settings, "TRUSTED_PROXIES", None) or []) if entry.strip())
    hops = getattr(settings, "TRUSTED_PROXY_HOPS", 0)
    networks = _networks(named or (LOCAL_NETWORKS if hops > 0 else ()))
    if not _trusted(remote, networks):
        return str(remote) if remote is not None else None
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if not named:
        return _valid(forwarded[-hops]) if len(forwarded) >= hops else str(remote)
    for entry in reversed(forwarded):
        address = _address(entry)
        if not _trusted(address, networks):
            # Garbage where our proxy writes an address: no address (one shared bucket).
            return str(address) if address is not None else None
    # Every hop a proxy (a request from inside): the first.
    return _valid(forwarded[0]) if forwarded else str(remote)


def ratelimit_ip(request):
    # django-ratelimit needs a string; an unknown address shares one bucket.
    return client_ip(request) or "0.0.0.0"
