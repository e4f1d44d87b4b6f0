"""CORS for /api/: django-cors-headers, answering only for the origins it allows.

`API_CORS_ALLOWED_ORIGINS` (env var, comma-separated; empty by default) lists
the other sites whose pages may read the API's answers in a browser; it sets
django-cors-headers' CORS_ALLOWED_ORIGINS (see cms/settings/base.py).

The comments API (cms/comments/api.py) also answers CORS itself, for the sites
in COMMENT_ALLOWED_ORIGINS, which may post comments and read the answers.
Stock CorsMiddleware would answer every browser preflight under /api/ itself,
empty and without Access-Control-Allow-Origin for an origin it does not know,
so those sites could no longer post. This subclass answers a preflight only
for its own origins and lets any other one through to the view.
"""

from urllib.parse import urlsplit

from corsheaders.conf import conf
from corsheaders.middleware import CorsMiddleware


class ApiCorsMiddleware(CorsMiddleware):
    def check_preflight(self, request):
        response = super().check_preflight(request)
        if response is not None and not self.origin_allowed(request.headers.get("origin", "")):
            return None
        return response

    def origin_allowed(self, origin):
        if not origin:
            return False
        if conf.CORS_ALLOW_ALL_ORIGINS:
            return True
        try:
            url = urlsplit(origin)
        except ValueError:
            return False
        return self.origin_found_in_white_lists(origin, url)
