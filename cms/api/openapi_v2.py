"""OpenAPI description of Wagtail's API v2 as this project serves it (/api/v2/pages/,
/images/, /documents/) and of /api/v2/most-read/: the part "API trang (v2)", merged into
/api/schema/ by cms/api/openapi.py.

What is described is what a front-end reads: the page objects' common fields and the
fields of the page types this project adds (articles, directives, exemplars, home and
thematic pages), the images and documents inside bodies (cms/core/api_representations.py),
and the filters of cms/api/filters.py. Page objects stay open (additionalProperties):
`?fields=` chooses which fields come back.

Errors of /api/v2/ are Wagtail's shape, `{"message": "…"}`; the project's own checks
(cms/api/filters.py, cms/api/lists.py) write the message in Vietnamese."""

from cms.core.openapi import json_response, nullable, ref

from .filters import MAX_SLUG_LENGTH
from .lists import MOST_READ_MAX

TAG = "API trang (v2)"


def _error(description, example):
    return json_response(description, ref("ApiMessage"), example={"message": example})


def _query(name, description, schema=None, example=None):
    parameter = {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema or {"type": "string"},
    }
    if example is not None:
        parameter["example"] = example
    return parameter


SLUG = {
    "type": "string",
    "minLength": 1,
    "maxLength": MAX_SLUG_LENGTH,
    "pattern": r"^[^<>\"'`;\\{}]*\S[^<>\"'`;\\{}]*$",
}
DATE = {"type": "string", "format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
POSITIVE_ID = {"type": "string", "pattern": "^[0-9]{1,9}$"}

PAGE_PARAMETERS = [
    _query(
        "type",
        "Loại trang, ví dụ `news.ArticlePage`, `directives.DirectivePage`, `exemplars.ExemplarPage`, `news.HomePage`.",
        example="news.ArticlePage",
    ),
    _query("fields", "Các trường cần lấy, `*` là tất cả (ví dụ `*` hoặc `title,lead,hero_image`).", example="*"),
    _query("limit", "Số trang mỗi lần (tối đa 100; mặc định 20).", {"type": "string", "pattern": "^[0-9]{1,9}$"}),
    _query("offset", "Bỏ qua bao nhiêu trang đầu.", {"type": "string", "pattern": "^[0-9]{1,9}$"}),
    _query(
        "order",
        "Thứ tự, ví dụ `-first_published_at`, `title`. Không có: bài viết mới nhất trước; trang khác theo cây trang.",
    ),
    _query("child_of", "Các trang con của trang có mã này.", POSITIVE_ID),
    _query("descendant_of", "Các trang nằm dưới trang có mã này.", POSITIVE_ID),
    _query(
        "column",
        "Bài viết: mã hoặc đường dẫn của chuyên mục, gồm cả chuyên mục con (như trang chuyên mục).",
        SLUG,
        "kinh-te",
    ),
    _query("tag", "Bài viết, văn bản: đường dẫn (hoặc tên) của thẻ. Thẻ chưa có bài: danh sách rỗng.", SLUG),
    _query("tags", "Bài viết, văn bản: nhiều thẻ cách nhau bởi dấu phẩy (tối đa 10), phải có đủ các thẻ.", SLUG),
    _query("author", "Bài viết: mã hoặc đường dẫn của tác giả (như trang tác giả).", SLUG),
    _query("thematic", "Bài viết: mã của chuyên trang; các bài chuyên trang đó liệt kê.", POSITIVE_ID),
    _query("date_from", "Bài viết: đăng từ ngày (giờ Việt Nam), dạng YYYY-MM-DD.", DATE, "2026-03-01"),
    _query("date_to", "Bài viết: đăng đến hết ngày, dạng YYYY-MM-DD.", DATE, "2026-03-31"),
    _query(
        "rich_text_format",
        "Dạng văn bản định dạng: `html` (mặc định: liên kết nội bộ đã thành địa chỉ thật), "
        "`db_html` (dạng lưu của Wagtail), `markdown`, `db_markdown`.",
        {"type": "string", "enum": ["html", "db_html", "markdown", "db_markdown"]},
    ),
]

_STRING = {"type": "string"}
_URL = {"type": "string", "description": "Địa chỉ tuyệt đối."}

SCHEMAS = {
    "ApiMessage": {
        "type": "object",
        "description": "Lỗi của `/api/v2/`: một câu giải thích (tiếng Việt với các bộ lọc của Tòa Soạn).",
        "required": ["message"],
        "properties": {"message": {"type": "string"}},
    },
    # "Rendition" is the shared schema of cms.core.openapi (the outlet's logo and search results use it too).
    "Image": {
        "type": "object",
        "description": (
            "Một ảnh sẵn sàng hiển thị: các bản WebP rộng 480, 800, 1200 (không phóng to ảnh nhỏ) và một bản "
            "JPEG/PNG dự phòng (phần tử cuối của `renditions`, cũng là `src`). Dùng: "
            '`<img src="{src}" srcset="{srcset}" sizes="…" width="{width}" height="{height}" alt="{alt}">`.'
        ),
        "additionalProperties": False,
        "required": ["id", "title", "alt", "caption", "credit", "width", "height", "renditions", "srcset", "src"],
        "properties": {
            "id": {"type": "integer"},
            "title": _STRING,
            "alt": {"type": "string", "description": "Văn bản thay thế: mô tả của ảnh, hoặc tên ảnh."},
            "caption": _STRING,
            "credit": {"type": "string", "description": "Nguồn ảnh, ví dụ `Ảnh: PV.`"},
            "width": {"type": "integer", "description": "Chiều rộng ảnh gốc."},
            "height": {"type": "integer", "description": "Chiều cao ảnh gốc."},
            "renditions": {"type": "array", "items": ref("Rendition")},
            "srcset": {"type": "string", "description": "Các bản WebP: `<url> 480w, <url> 800w, …`."},
            "src": nullable(_URL),
            "error": {"type": "string", "description": "Có khi tệp ảnh gốc bị mất: không có bản nào."},
            "image": {"type": "integer", "description": "Thư viện ảnh của điển hình: mã ảnh (tên cũ)."},
        },
    },
    "Document": {
        "type": "object",
        "additionalProperties": True,
        "required": ["id", "title", "url", "size", "type"],
        "properties": {
            "id": {"type": "integer"},
            "title": _STRING,
            "url": _URL,
            "size": nullable({"type": "integer", "minimum": 0, "description": "Kích thước (byte)."}),
            "type": {"type": "string", "description": "Phần mở rộng của tệp, ví dụ `pdf`."},
            "content_type": _STRING,
        },
    },
    "ArticleSummary": {
        "type": "object",
        "additionalProperties": True,
        "required": ["id", "title", "url", "lead", "first_published_at", "hero_image"],
        "properties": {
            "id": {"type": "integer"},
            "title": _STRING,
            "url": _URL,
            "lead": _STRING,
            "first_published_at": nullable({"type": "string", "format": "date-time"}),
            "hero_image": nullable(ref("Image")),
            "views": {"type": "integer", "minimum": 0, "description": "Lượt xem trong 7 ngày (danh sách đọc nhiều)."},
        },
    },
    "TagRef": {
        "type": "object",
        "additionalProperties": False,
        "required": ["name", "slug", "url"],
        "properties": {"name": _STRING, "slug": _STRING, "url": nullable(_URL)},
    },
    "AuthorRef": {
        "type": "object",
        "required": ["id", "name", "slug", "url"],
        "properties": {
            "id": {"type": "integer"},
            "name": _STRING,
            "pen_name": _STRING,
            "byline": {"type": "string", "description": "Tên ký bài: bút danh, hoặc họ tên."},
            "role": _STRING,
            "slug": _STRING,
            "url": nullable({"type": "string", "description": "Trang tác giả của cơ quan (`/tac-gia/<slug>/`)."}),
        },
    },
    "ListBlockValue": {
        "type": "object",
        "description": (
            "Khối danh sách (bài, văn bản, điển hình): `items` là đúng các trang trang HTML hiển thị "
            "(cùng một hàm chọn), `index_url` là trang “Xem tất cả”."
        ),
        "required": ["items", "index_url"],
        "properties": {
            "title": nullable(_STRING),
            "items": {"type": "array", "items": {"type": "object", "required": ["id", "title", "url"]}},
            "index_url": nullable(_URL),
        },
    },
    "Block": {
        "type": "object",
        "description": (
            "Một khối của nội dung (StreamField). `paragraph`: HTML (liên kết nội bộ đã giải); `heading`: văn bản; "
            "`image`: Image; `document`: Document; `embed`: {url, html}; `quote`, `callout`, `table`: đối tượng; "
            "`article_list`, `directive_list`, `exemplar_spotlight`: ListBlockValue."
        ),
        "required": ["type", "value", "id"],
        "properties": {"type": _STRING, "value": {}, "id": nullable(_STRING)},
        "allOf": [
            {"if": {"properties": {"type": {"const": "image"}}}, "then": {"properties": {"value": ref("Image")}}},
            {
                "if": {"properties": {"type": {"const": "document"}}},
                "then": {"properties": {"value": ref("Document")}},
            },
            {
                "if": {"properties": {"type": {"enum": ["paragraph", "heading", "rich_text"]}}},
                "then": {"properties": {"value": _STRING}},
            },
            {
                "if": {"properties": {"type": {"enum": ["article_list", "directive_list", "exemplar_spotlight"]}}},
                "then": {"properties": {"value": ref("ListBlockValue")}},
            },
        ],
    },
    "Page": {
        "type": "object",
        "description": (
            "Một trang. Các trường chung luôn có; các trường khác tùy loại trang và `?fields=`. "
            "Bài viết (`news.ArticlePage`): lead, column, authors, hero_image, body, tags, attachments, "
            "view_count, comment_count. Trang chủ (`news.HomePage`): features, front_page."
        ),
        "required": ["id", "meta"],
        "additionalProperties": True,
        "properties": {
            "id": {"type": "integer"},
            "title": _STRING,
            "meta": {
                "type": "object",
                "required": ["type"],
                "properties": {
                    "type": {"type": "string", "description": "Loại trang, ví dụ `news.ArticlePage`."},
                    "detail_url": _URL,
                    "html_url": nullable(_URL),
                    "slug": _STRING,
                    "first_published_at": nullable({"type": "string", "format": "date-time"}),
                },
            },
            "lead": _STRING,
            "column": {
                "type": "object",
                "required": ["id", "title", "slug"],
                "properties": {"id": {"type": "integer"}, "title": _STRING, "slug": _STRING},
            },
            "authors": {"type": "array", "items": ref("AuthorRef")},
            "hero_image": nullable(ref("Image")),
            "photo": nullable(ref("Image")),
            "banner": nullable(ref("Image")),
            "body": {"type": "array", "items": ref("Block")},
            "story": {"type": "array", "items": ref("Block")},
            "features": {"type": "array", "items": ref("Block")},
            "tags": {"type": "array", "items": ref("TagRef")},
            "tag_names": {"type": "array", "items": _STRING},
            "attachments": {"type": "array", "items": ref("Document")},
            "files": {"type": "array", "items": ref("Document")},
            "gallery": {"type": "array", "items": ref("Image")},
            "view_count": {"type": "integer", "minimum": 0},
            "comment_count": {"type": "integer", "minimum": 0},
            "front_page": {
                "type": "object",
                "description": "Trang chủ: bài tiêu điểm, bài mới, bài mới của từng chuyên mục trên menu.",
                "required": ["lead_story", "latest", "sections"],
                "properties": {
                    "lead_story": nullable(ref("ArticleSummary")),
                    "latest": {"type": "array", "items": ref("ArticleSummary")},
                    "sections": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["column", "articles"],
                            "properties": {
                                "column": {"type": "object", "required": ["id", "title", "slug", "url"]},
                                "articles": {"type": "array", "items": ref("ArticleSummary")},
                            },
                        },
                    },
                },
            },
        },
    },
    "PageListing": {
        "type": "object",
        "required": ["meta", "items"],
        "properties": {
            "meta": {
                "type": "object",
                "required": ["total_count"],
                "properties": {"total_count": {"type": "integer", "minimum": 0}},
            },
            "items": {"type": "array", "items": ref("Page")},
        },
    },
    "MediaItem": {
        "type": "object",
        "required": ["id", "meta", "title"],
        "additionalProperties": True,
        "properties": {
            "id": {"type": "integer"},
            "title": _STRING,
            "width": {"type": "integer"},
            "height": {"type": "integer"},
            "meta": {
                "type": "object",
                "required": ["type", "detail_url"],
                "properties": {
                    "type": _STRING,
                    "detail_url": _URL,
                    "download_url": _STRING,
                    "tags": {"type": "array", "items": _STRING},
                },
            },
        },
    },
    "MediaListing": {
        "type": "object",
        "required": ["meta", "items"],
        "properties": {
            "meta": {"type": "object", "required": ["total_count"], "properties": {"total_count": {"type": "integer"}}},
            "items": {"type": "array", "items": ref("MediaItem")},
        },
    },
    "MostRead": {
        "type": "object",
        "additionalProperties": False,
        "required": ["meta", "items"],
        "properties": {
            "meta": {
                "type": "object",
                "additionalProperties": False,
                "required": ["site", "days", "total_count"],
                "properties": {
                    "site": {"type": "integer", "description": "Mã Site của cơ quan."},
                    "days": {"type": "integer", "description": "Số ngày tính lượt xem (7)."},
                    "total_count": {"type": "integer", "minimum": 0},
                },
            },
            "items": {"type": "array", "maxItems": MOST_READ_MAX, "items": ref("ArticleSummary")},
        },
    },
}


def _id_path(name, description):
    return {"name": name, "in": "path", "required": True, "description": description, "schema": {"type": "integer"}}


def _listing(operation_id, summary, description, parameters, schema, bad_example):
    return {
        "get": {
            "operationId": operation_id,
            "tags": [TAG],
            "summary": summary,
            "description": description,
            "parameters": parameters,
            "responses": {
                "200": json_response("Danh sách (phân trang bằng `limit` và `offset`).", ref(schema)),
                "400": _error("Tham số không hợp lệ: thông báo nói tham số nào và cần gì.", bad_example),
            },
        }
    }


def _detail(operation_id, summary, description, schema, parameters=()):
    return {
        "get": {
            "operationId": operation_id,
            "tags": [TAG],
            "summary": summary,
            "description": description,
            "parameters": [_id_path("pk", "Mã."), *parameters],
            "responses": {
                "200": json_response("Đối tượng với mọi trường của nó.", ref(schema)),
                "400": _error("Tham số không hợp lệ.", "rich_text_format must be one of …"),
                "404": _error("Không có (hoặc chưa xuất bản, không công khai).", "No Page matches the given query."),
            },
        }
    }


def pages_v2_part():
    return {
        "tag": {
            "name": TAG,
            "description": (
                "API trang, ảnh, tài liệu của Wagtail (v2) như Tòa Soạn phục vụ: nội dung bài viết dựng được ngay "
                "(ảnh có các bản WebP và srcset, tài liệu có địa chỉ và kích thước, liên kết nội bộ đã giải), "
                "bộ lọc theo chuyên mục, thẻ, tác giả, chuyên trang, ngày; danh sách đọc nhiều."
            ),
        },
        "schemas": SCHEMAS,
        "paths": {
            "/api/v2/pages/": _listing(
                "pages_listing",
                "Danh sách trang (bài viết mới nhất trước)",
                "Chỉ trang đã xuất bản, công khai. Ví dụ: `?type=news.ArticlePage&fields=*&column=kinh-te`.",
                PAGE_PARAMETERS,
                "PageListing",
                "column: không có chuyên mục với đường dẫn này.",
            ),
            "/api/v2/pages/{pk}/": _detail(
                "pages_detail",
                "Một trang với mọi trường",
                "Bài viết: nội dung (`body`), ảnh đại diện, tác giả, thẻ, file đính kèm. Trang chủ: các khối và "
                "danh sách như trang HTML.",
                "Page",
                [PAGE_PARAMETERS[-1]],
            ),
            "/api/v2/images/": _listing(
                "images_listing",
                "Danh sách ảnh",
                "Ảnh gốc của thư viện. Ảnh trong bài có sẵn các bản thu nhỏ trong nội dung bài.",
                [PAGE_PARAMETERS[2], PAGE_PARAMETERS[3], _query("fields", "Các trường cần lấy.")],
                "MediaListing",
                "limit: phải là số nguyên không âm.",
            ),
            "/api/v2/images/{pk}/": _detail(
                "images_detail", "Một ảnh", "Kích thước và địa chỉ tải ảnh gốc.", "MediaItem"
            ),
            "/api/v2/documents/": _listing(
                "documents_listing",
                "Danh sách tài liệu",
                "Tài liệu công khai (tệp PDF, Word…).",
                [PAGE_PARAMETERS[2], PAGE_PARAMETERS[3], _query("fields", "Các trường cần lấy.")],
                "MediaListing",
                "limit: phải là số nguyên không âm.",
            ),
            "/api/v2/documents/{pk}/": _detail(
                "documents_detail", "Một tài liệu", "Tên và địa chỉ tải tài liệu.", "MediaItem"
            ),
            "/api/v2/most-read/": {
                "get": {
                    "operationId": "most_read",
                    "tags": [TAG],
                    "summary": "Bài đọc nhiều trong 7 ngày của một cơ quan",
                    "description": (
                        "Cùng danh sách “Đọc nhiều” của trang chủ HTML: cơ quan của địa chỉ được gọi (Site của "
                        "Wagtail), hoặc `?site=<mã>`. Cũng nhận `HEAD`."
                    ),
                    "parameters": [
                        _query("site", "Mã Site của cơ quan khác.", POSITIVE_ID),
                        _query(
                            "limit",
                            f"Số bài (1–{MOST_READ_MAX}, mặc định 5).",
                            {"type": "string", "pattern": "^0*([1-9]|1[0-9]|20)$"},
                        ),
                    ],
                    "responses": {
                        "200": json_response("Các bài, nhiều lượt xem nhất trước.", ref("MostRead")),
                        "400": _error("Tham số không hợp lệ.", "limit: phải là số nguyên từ 1 đến 20."),
                    },
                }
            },
        },
    }
