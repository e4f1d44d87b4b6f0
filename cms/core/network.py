"""The reader's address, for rate limits and counting different reporters.

Behind a reverse proxy every request comes from the proxy's address, so one
limit would apply to the whole city. With `TRUSTED_PROXY_HOPS` = N (> 0), the
address is the N-th entry from the right of `X-Forwarded-For` (each trusted
proxy appends the address it saw; entries further left are whatever the client
sent, so never trusted). Django has no such helper; django-ratelimit reads its
address through `ratelimit_ip` below so both agree."""

import ipaddress

from django.conf import settings


def _valid(address):
    try:
        return str(ipaddress.ip_address((address or "").strip()))
    except ValueError:
        return None


def client_ip(request):
    """The client's address, or None when it is not a valid IP."""
    hops = getattr(settings, "TRUSTED_PROXY_HOPS", 0)
    if hops > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= hops:
            return _valid(forwarded[-hops])
    return _valid(request.META.get("REMOTE_ADDR"))


def ratelimit_ip(request):
    # django-ratelimit needs a string; an unknown address shares one bucket.
    return client_ip(request) or "0.0.0.0"
