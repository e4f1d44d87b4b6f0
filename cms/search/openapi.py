"""OpenAPI description of the search API (cms/search/api.py), beside it: the part
"Tìm kiếm", merged into /api/schema/ by cms/api/openapi.py."""

from cms.core.openapi import error_response, json_response, nullable, ref

from .documents import TYPE_LABELS
from .text import MAX_QUERY_LENGTH


def search_part():
    type_names = ", ".join(f"`{value}` ({label})" for value, label in TYPE_LABELS.items())
    q = {
        "name": "q",
        "in": "query",
        "required": False,
        "description": (
            "Từ khóa, gõ có dấu hay không dấu đều được (`quan triet nghi quyet`, `dang bo`, `23/CT-TU`). "
            f"Tối đa {MAX_QUERY_LENGTH} ký tự. Các ký tự cú pháp (`\"`, `*`, `(`, `:`, `-`, `/`, `'`) chỉ là "
            "dấu ngăn cách. Trống: kết quả rỗng."
        ),
        "schema": {"type": "string", "maxLength": MAX_QUERY_LENGTH},
        "example": "quan triet nghi quyet",
    }
    site = {
        "name": "site",
        "in": "query",
        "required": False,
        "description": "Chỉ tìm trong một cơ quan báo chí (mã Site của Wagtail). Không có hoặc trống: mọi cơ quan.",
        "schema": {"type": "string", "pattern": "^[0-9]{0,12}$"},
    }

    def facet(name, description):
        return {
            "name": name,
            "in": "query",
            "required": False,
            "description": f"{description} Giá trị không có trong chỉ mục được bỏ qua (không lọc).",
            "schema": {"type": "string"},
        }

    filters = [
        facet("type", f"Loại nội dung: {type_names}."),
        facet("column", "Chuyên mục (đường dẫn, ví dụ `xay-dung-dang`)."),
        facet("tag", "Chủ đề (đường dẫn của thẻ)."),
        facet("issuer", "Cơ quan ban hành văn bản (đường dẫn)."),
        facet("kind", "Loại văn bản (ví dụ `chi-thi`, `nghi-quyet`)."),
        facet("year", "Năm (năm ban hành với văn bản, năm đăng với nội dung khác)."),
    ]
    facet_values = {"type": "array", "maxItems": 20, "items": ref("FacetValue")}
    column = {
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "title", "url"],
        "properties": {
            "id": {"type": "integer", "description": "Mã trang của chuyên mục (trang cha)."},
            "title": {"type": "string"},
            "url": {"type": "string"},
        },
    }
    return {
        "tag": {"name": "Tìm kiếm", "description": "Tìm kiếm tiếng Việt có dấu hoặc không dấu, kèm bộ lọc và gợi ý."},
        "schemas": {
            "SearchResult": {
                "type": "object",
                "additionalProperties": False,
                "required": [
                    "id",
                    "type",
                    "type_label",
                    "title",
                    "url",
                    "snippet",
                    "published_at",
                    "number",
                    "lead",
                    "column",
                    "image",
                ],
                "properties": {
                    "id": {"type": "integer", "description": "Mã trang (dùng với `/api/v2/pages/<id>/`)."},
                    "type": {"type": "string", "enum": list(TYPE_LABELS)},
                    "type_label": {
                        "type": "string",
                        "enum": list(TYPE_LABELS.values()),
                        "description": "Tên loại nội dung bằng tiếng Việt.",
                    },
                    "title": {"type": "string"},
                    "url": {"type": "string", "description": "Địa chỉ trang (tương đối hoặc tuyệt đối)."},
                    "snippet": {
                        "type": "string",
                        "description": "Đoạn trích HTML đã thoát, từ khớp nằm trong `<mark>`…`</mark>`.",
                    },
                    "published_at": nullable({"type": "string", "format": "date-time"}),
                    "number": nullable({"type": "string", "description": "Số hiệu (văn bản chỉ đạo)."}),
                    "lead": {
                        "type": "string",
                        "description": "Sapo (bài viết), trích yếu (văn bản), tóm tắt (điển hình), chủ đề (diễn đàn); văn bản thuần.",
                    },
                    "column": nullable(
                        {**column, "description": "Chuyên mục, thư viện văn bản… chứa trang (trang cha)."}
                    ),
                    "image": nullable(
                        {
                            **ref("ImageRenditions"),
                            "description": "Ảnh đại diện (bài viết) hoặc ảnh chính (điển hình), 16:9, WebP.",
                        }
                    ),
                },
            },
            "FacetValue": {
                "type": "object",
                "additionalProperties": False,
                "required": ["value", "label", "count", "selected"],
                "properties": {
                    "value": {"type": "string", "description": "Giá trị để lọc (`?<nhóm>=<value>`)."},
                    "label": {"type": "string", "description": "Tên hiển thị bằng tiếng Việt."},
                    "count": {
                        "type": "integer",
                        "minimum": 0,
                        "description": "Số kết quả; ước tính khi `facets_approximate` là true.",
                    },
                    "selected": {"type": "boolean", "description": "Đang lọc theo giá trị này."},
                },
            },
            "Suggestion": {
                "type": "object",
                "additionalProperties": False,
                "required": ["title", "url", "id"],
                "properties": {
                    "title": {"type": "string"},
                    "url": nullable({"type": "string", "description": "Địa chỉ của trang mới nhất mang tiêu đề này."}),
                    "id": nullable({"type": "integer", "description": "Mã trang."}),
                },
            },
            "SearchResults": {
                "type": "object",
                "additionalProperties": False,
                "required": ["count", "page", "pages", "results", "facets", "did_you_mean", "backend", "degraded"],
                "properties": {
                    "count": {"type": "integer", "minimum": 0, "description": "Tổng số kết quả."},
                    "page": {"type": "integer", "minimum": 1},
                    "pages": {"type": "integer", "minimum": 1},
                    "results": {"type": "array", "maxItems": 10, "items": ref("SearchResult")},
                    "facets": {
                        "type": "object",
                        "description": (
                            "Theo từng nhóm (`type`, `column`, `tag`, `issuer`, `kind`, `year`): các giá trị, "
                            "nhiều kết quả nhất trước; mỗi nhóm đếm với các bộ lọc của nhóm khác."
                        ),
                        "additionalProperties": facet_values,
                    },
                    "facets_approximate": {
                        "type": "boolean",
                        "description": "true: quá nhiều kết quả, số theo nhóm là ước tính từ một mẫu (count vẫn chính xác).",
                    },
                    "did_you_mean": nullable(
                        {"type": "string", "description": "Khi không có kết quả: cách viết khác tìm được."}
                    ),
                    "backend": {"type": "string", "enum": ["embedded", "elasticsearch"]},
                    "degraded": {
                        "type": "boolean",
                        "description": "true: Elasticsearch không trả lời, kết quả lấy từ chỉ mục dự phòng.",
                    },
                },
            },
            "Suggestions": {
                "type": "object",
                "additionalProperties": False,
                "required": ["suggestions", "degraded"],
                "properties": {
                    "suggestions": {"type": "array", "maxItems": 8, "items": ref("Suggestion")},
                    "degraded": {"type": "boolean"},
                },
            },
        },
        "paths": {
            "/api/search/": {
                "get": {
                    "operationId": "search",
                    "tags": ["Tìm kiếm"],
                    "summary": "Tìm bài viết, văn bản chỉ đạo, điển hình tiên tiến, diễn đàn",
                    "description": (
                        "Chỉ nội dung đã xuất bản và công khai. 10 kết quả một trang; trang quá cuối: danh sách "
                        "rỗng. Số hiệu văn bản gõ kiểu gì cũng đưa văn bản đó lên đầu. Cũng nhận `HEAD`."
                    ),
                    "parameters": [
                        q,
                        *filters,
                        {
                            "name": "page",
                            "in": "query",
                            "required": False,
                            "description": "Trang kết quả, từ 1.",
                            "schema": {"type": "integer", "minimum": 1, "default": 1},
                        },
                        site,
                    ],
                    "responses": {
                        "200": json_response("Kết quả tìm kiếm.", ref("SearchResults")),
                        "400": error_response(
                            "`q` dài quá, `page` không phải số nguyên dương, hoặc `site` không phải số.",
                            {"q": [f"Từ khóa tìm kiếm dài quá {MAX_QUERY_LENGTH} ký tự; hãy rút gọn."]},
                        ),
                    },
                }
            },
            "/api/search/suggest/": {
                "get": {
                    "operationId": "search_suggest",
                    "tags": ["Tìm kiếm"],
                    "summary": "Gợi ý tiêu đề khi đang gõ",
                    "description": "Tối đa 8 tiêu đề có các từ đã gõ, từ cuối được hiểu là phần đầu của một từ.",
                    "parameters": [q, site],
                    "responses": {
                        "200": json_response("Các gợi ý.", ref("Suggestions")),
                        "400": error_response("`q` dài quá hoặc `site` không phải số.", {"site": ["…"]}),
                    },
                }
            },
        },
    }
