"""OpenAPI 3.1 description of the project's JSON endpoints, served at /api/schema/:
its own views and Wagtail's /api/v2/ as this project serves it (cms/api/openapi_v2.py).

These endpoints are plain Django views, which no generator can read, so each app
describes its own paths by hand, as data, beside its views: cms/comments/openapi.py,
cms/search/openapi.py (helpers: cms/core/openapi.py). Each part is a function
returning its paths, component schemas and tag; `build_schema()` here only merges
the parts listed in PARTS. Adding an endpoint is one more path in its app's part;
a new part is one more function there and one line in PARTS:

    def search_part():
        return {
            "tag": {"name": "Tìm kiếm", "description": "..."},
            "schemas": {"SearchResults": {...}},
            "paths": {"/api/search/": {"get": {..., "responses": {"200": json_response("...", ref("SearchResults"))}}}},
        }

The tests in tests/api/test_openapi.py validate the live answers of the views
against this description and fuzz every operation in it, so a path added here
is tested as soon as it exists.

User-facing text (descriptions) is Vietnamese; numbers that are settings
(comment length) are read when the schema is built, so it always matches the
running configuration.
"""

from django.conf import settings

from cms.comments.openapi import comments_part
from cms.core.openapi import SHARED_RESPONSES, SHARED_SCHEMAS
from cms.forums.openapi import forums_part
from cms.search.openapi import search_part

from .openapi_outlet import outlet_part
from .openapi_v2 import pages_v2_part

OPENAPI_VERSION = "3.1.0"
API_VERSION = "1.0.0"


PARTS = [comments_part, search_part, outlet_part, pages_v2_part, forums_part]

DESCRIPTION = """\
API JSON của Tòa Soạn: bình luận, tìm kiếm, và API trang, ảnh, tài liệu của Wagtail ở `/api/v2/`.

- Mọi câu trả lời là JSON, mã hóa UTF-8. Lỗi có dạng `{"errors": {"<trường>": ["lý do"]}}`
  với mã 4xx; `__all__` là lỗi của cả yêu cầu. Riêng `/api/v2/` giữ dạng lỗi của Wagtail:
  `{"message": "lý do"}`. Không dữ liệu nào gửi lên có thể gây lỗi 5xx.
- Phương thức không được hỗ trợ: 405, kèm tiêu đề `Allow`.
- Không cần đăng nhập, không dùng cookie.
- CORS: các trang web khác được đọc câu trả lời trong trình duyệt khi có trong `API_CORS_ALLOWED_ORIGINS`
  (mặc định không có trang nào); các trang được gửi bình luận (`COMMENT_ALLOWED_ORIGINS`) cũng được đọc
  API bình luận. `OPTIONS` trả lời yêu cầu kiểm tra trước (preflight) của trình duyệt.
"""


def build_schema():
    """The OpenAPI document as a dict (JSON-serialisable)."""
    tags, schemas, paths = [], dict(SHARED_SCHEMAS), {}
    for part in PARTS:
        built = part()
        tags.append(built["tag"])
        for name, schema in built.get("schemas", {}).items():
            assert name not in schemas, f"component schema {name} defined twice"
            schemas[name] = schema
        for path, item in built["paths"].items():
            assert path not in paths, f"path {path} defined twice"
            paths[path] = item
    return {
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": f"{settings.WAGTAIL_SITE_NAME} API",
            "version": API_VERSION,
            "description": DESCRIPTION,
        },
        "tags": tags,
        "paths": paths,
        "components": {"schemas": schemas, "responses": dict(SHARED_RESPONSES)},
    }
