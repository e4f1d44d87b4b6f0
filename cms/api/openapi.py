"""OpenAPI 3.1 description of the project's own JSON endpoints, served at
/api/schema/ (Wagtail's /api/v2/ is not in it: that is Wagtail's API).

These endpoints are plain Django views, which no generator can read, so the
description is written here by hand, as data. Each part of the API is a
function returning its paths, component schemas and tag; `build_schema()`
merges the parts listed in PARTS. Adding an endpoint is one more function (or
one more path in an existing one) and, for a new part, one line in PARTS:

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

from cms.forums.api import COMMENT_FIELDS, MAX_BODY_BYTES, REPORT_FIELDS
from cms.forums.models import REPORT_REASONS, STANCE_CHOICES

OPENAPI_VERSION = "3.1.0"
API_VERSION = "1.0.0"
JSON = "application/json"


# ---------------------------------------------------------------- helpers


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema):
    """The schema, or null (OpenAPI 3.1: JSON Schema's type list)."""
    return {"anyOf": [schema, {"type": "null"}]}


def json_response(description, schema, *, headers=None, example=None):
    media = {"schema": schema}
    if example is not None:
        media["example"] = example
    response = {"description": description, "content": {JSON: media}}
    if headers:
        response["headers"] = headers
    return response


def error_response(description, example_messages=None, *, headers=None):
    """An answer with the shared error body `{"errors": {"<field>": ["lý do"]}}`."""
    example = {"errors": example_messages} if example_messages else None
    return json_response(description, ref("Errors"), headers=headers, example=example)


def general(message):
    """Errors that concern the whole request are under `__all__`, as in Django forms."""
    return {"__all__": [message]}


def json_request(schema, *, example=None, description=None):
    media = {"schema": schema}
    if example is not None:
        media["example"] = example
    body = {"required": True, "content": {JSON: media}}
    if description:
        body["description"] = description
    return body


SHARED_SCHEMAS = {
    "Errors": {
        "type": "object",
        "description": (
            "Mọi lỗi 4xx của API đều có dạng này: mỗi khóa là tên trường gây lỗi "
            "(hoặc `__all__` khi lỗi thuộc về cả yêu cầu), giá trị là danh sách lý do bằng tiếng Việt."
        ),
        "required": ["errors"],
        "additionalProperties": False,
        "properties": {
            "errors": {
                "type": "object",
                "minProperties": 1,
                "additionalProperties": {"type": "array", "minItems": 1, "items": {"type": "string"}},
            }
        },
    },
}

SHARED_RESPONSES = {
    "MethodNotAllowed": error_response(
        "Phương thức HTTP không được hỗ trợ ở địa chỉ này. Tiêu đề `Allow` liệt kê các phương thức được nhận.",
        general("Phương thức không được hỗ trợ."),
        headers={
            "Allow": {
                "description": "Các phương thức được nhận, ví dụ `GET, HEAD, POST, OPTIONS`.",
                "required": True,
                "schema": {"type": "string"},
            }
        },
    ),
}


# ---------------------------------------------------------------- comments (cms/forums/api.py)


def comments_part():
    max_kb = MAX_BODY_BYTES // 1024
    id_schema = {"type": "integer", "minimum": 1, "format": "int64"}
    digits = {"type": "string", "pattern": "^[0-9]+$"}
    stances = [value for value, _ in STANCE_CHOICES]
    reasons = [value for value, _ in REPORT_REASONS]
    stance_names = ", ".join(f"`{value}` ({label})" for value, label in STANCE_CHOICES)
    reason_names = ", ".join(f"`{value}` ({label})" for value, label in REPORT_REASONS)
    no_nul = "Không được chứa ký tự NUL."

    comment_properties = {
        "page": {
            "description": "Mã (id) trang nhận bình luận. Nhận số nguyên hoặc chuỗi chữ số.",
            "anyOf": [id_schema, digits],
        },
        "author_name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "description": f"Họ và tên, hiển thị công khai. Khoảng trắng thừa được gộp lại. {no_nul}",
        },
        "author_email": {
            "type": ["string", "null"],
            "format": "email",
            "maxLength": 254,
            "description": (
                "Email, không hiển thị công khai. Bắt buộc, trừ ở diễn đàn không yêu cầu email; "
                "bắt buộc khi `notify_on_publish` là true."
            ),
        },
        "body": {
            "type": "string",
            "minLength": settings.COMMENT_MIN_LENGTH,
            "maxLength": settings.COMMENT_MAX_LENGTH,
            "description": (
                f"Nội dung bình luận, {settings.COMMENT_MIN_LENGTH}–{settings.COMMENT_MAX_LENGTH} ký tự "
                f"(xuống dòng CRLF tính là một ký tự), lưu nguyên văn và được thoát HTML khi hiển thị. {no_nul}"
            ),
        },
        "parent": {
            "description": (
                "Mã bình luận được trả lời (đã đăng, cùng trang). Trả lời một câu trả lời thì được gắn vào "
                "luồng của bình luận gốc. null hoặc chuỗi rỗng: bình luận mới."
            ),
            "anyOf": [id_schema, {"type": "string", "pattern": "^[0-9]*$"}, {"type": "null"}],
        },
        "stance": {
            "description": f"Chỉ ở diễn đàn góp ý, và là bắt buộc ở đó: {stance_names}. Ở trang khác được bỏ qua.",
            "anyOf": [{"type": "string", "enum": stances}, {"type": "null"}],
        },
        "section": {
            "description": "Chỉ ở diễn đàn có chia mục: mã mục góp ý. Không có: góp ý chung. Ở trang khác được bỏ qua.",
            "anyOf": [id_schema, {"type": "string", "pattern": "^[0-9]*$"}, {"type": "null"}],
        },
        "phone": {
            "type": ["string", "null"],
            "maxLength": 20,
            "description": (
                "Chỉ ở diễn đàn yêu cầu số điện thoại (9–12 chữ số; được dùng dấu cách, +, ., -, ngoặc). "
                "Không hiển thị công khai. Ở trang khác được bỏ qua."
            ),
        },
        "locality": {
            "type": ["string", "null"],
            "maxLength": 100,
            "description": "Chỉ ở diễn đàn yêu cầu: phường, xã nơi sống hoặc làm việc. Ở trang khác được bỏ qua.",
        },
        "organisation": {
            "type": ["string", "null"],
            "maxLength": 200,
            "description": "Chỉ ở diễn đàn yêu cầu: cơ quan, tổ chức. Ở trang khác được bỏ qua.",
        },
        "notify_on_publish": {
            "type": ["boolean", "null"],
            "description": "true: gửi email báo cho người viết khi bình luận được đăng (cần `author_email`).",
        },
    }
    assert set(comment_properties) == COMMENT_FIELDS, "the schema must list exactly the fields the API takes"

    report_properties = {
        "reason": {"type": "string", "enum": reasons, "description": f"Lý do: {reason_names}."},
        "note": {
            "type": ["string", "null"],
            "maxLength": 500,
            "description": f"Ghi chú thêm, tối đa 500 ký tự. {no_nul}",
        },
    }
    assert set(report_properties) == REPORT_FIELDS, "the schema must list exactly the fields the API takes"

    schemas = {
        "Comment": {
            "type": "object",
            "description": "Một bình luận đã được duyệt, kèm các câu trả lời đã được duyệt.",
            "required": [
                "id",
                "author_name",
                "body",
                "created_at",
                "stance",
                "section",
                "featured",
                "official_reply",
                "replies",
            ],
            "additionalProperties": False,
            "properties": {
                "id": {"type": "integer", "description": "Mã bình luận."},
                "author_name": {"type": "string", "description": "Họ tên người viết."},
                "body": {"type": "string", "description": "Nội dung, nguyên văn (chưa thoát HTML)."},
                "created_at": {
                    "type": "string",
                    "format": "date-time",
                    "description": "Thời điểm gửi, ISO 8601 theo giờ Việt Nam (+07:00).",
                },
                "stance": {
                    "description": "Quan điểm (chỉ ở diễn đàn góp ý).",
                    "anyOf": [{"type": "string", "enum": stances}, {"type": "null"}],
                },
                "section": nullable(ref("ForumSection")),
                "featured": {"type": "boolean", "description": "Bình luận được ban biên tập chọn nổi bật (xếp đầu)."},
                "official_reply": nullable(ref("OfficialReply")),
                "replies": {
                    "type": "array",
                    "description": "Các câu trả lời đã được duyệt, cũ nhất trước (chỉ hai cấp).",
                    "items": ref("CommentReply"),
                },
            },
        },
        "CommentReply": {
            "type": "object",
            "description": "Một câu trả lời đã được duyệt: như bình luận, nhưng không có `replies`.",
            "required": ["id", "author_name", "body", "created_at", "stance", "section", "featured", "official_reply"],
            "additionalProperties": False,
            "properties": {
                "id": {"type": "integer"},
                "author_name": {"type": "string"},
                "body": {"type": "string"},
                "created_at": {"type": "string", "format": "date-time"},
                "stance": {"anyOf": [{"type": "string", "enum": stances}, {"type": "null"}]},
                "section": nullable(ref("ForumSection")),
                "featured": {"type": "boolean"},
                "official_reply": nullable(ref("OfficialReply")),
            },
        },
        "ForumSection": {
            "type": "object",
            "description": "Mục của diễn đàn góp ý mà bình luận góp ý cho.",
            "required": ["id", "title"],
            "additionalProperties": False,
            "properties": {"id": {"type": "integer"}, "title": {"type": "string"}},
        },
        "OfficialReply": {
            "type": "object",
            "description": "Trả lời chính thức của cơ quan chức năng hoặc tòa soạn.",
            "required": ["text", "by", "at"],
            "additionalProperties": False,
            "properties": {
                "text": {"type": "string", "description": "Nội dung trả lời."},
                "by": {"type": "string", "description": "Cơ quan trả lời (có thể rỗng)."},
                "at": {
                    "type": ["string", "null"],
                    "format": "date-time",
                    "description": "Thời điểm trả lời (+07:00), có thể không có.",
                },
            },
        },
        "CommentPage": {
            "type": "object",
            "description": "Một trang kết quả của danh sách bình luận.",
            "required": ["count", "page", "pages", "results"],
            "additionalProperties": False,
            "properties": {
                "count": {"type": "integer", "minimum": 0, "description": "Tổng số bình luận gốc đã duyệt."},
                "page": {"type": "integer", "minimum": 1, "description": "Số thứ tự trang kết quả này."},
                "pages": {"type": "integer", "minimum": 1, "description": "Tổng số trang kết quả."},
                "results": {"type": "array", "items": ref("Comment")},
            },
        },
        "CommentCreate": {
            "type": "object",
            "description": (
                "Bình luận gửi lên. Trường không có trong danh sách bị từ chối (400). Quy tắc giống hệt "
                "biểu mẫu trên trang: giới hạn số lần gửi, lọc từ ngữ, trùng lặp, nhiều liên kết thì chờ duyệt."
            ),
            "required": ["page", "author_name", "body"],
            "additionalProperties": False,
            "properties": comment_properties,
        },
        "CommentCreated": {
            "type": "object",
            "required": ["id", "status"],
            "additionalProperties": False,
            "properties": {
                "id": {"type": "integer", "description": "Mã bình luận vừa tạo."},
                "status": {
                    "type": "string",
                    "enum": ["pending", "approved"],
                    "description": (
                        "`approved`: đã đăng ngay (trang duyệt sau); `pending`: chờ kiểm duyệt. "
                        "Bình luận bị coi là rác cũng trả về `pending`."
                    ),
                },
            },
        },
        "CommentReport": {
            "type": "object",
            "required": ["reason"],
            "additionalProperties": False,
            "properties": report_properties,
        },
        "CommentReported": {
            "type": "object",
            "required": ["reported"],
            "additionalProperties": False,
            "properties": {"reported": {"type": "boolean", "const": True}},
        },
    }

    origin_note = (
        "Chống giả mạo yêu cầu (thay cho CSRF): yêu cầu có tiêu đề `Origin` của một trang web khác — không phải "
        "trang này và không có trong `COMMENT_ALLOWED_ORIGINS` — bị từ chối (403). Yêu cầu không có `Origin` "
        "(ví dụ từ máy chủ của một giao diện khác) được nhận. Không dùng cookie hay mã thông báo."
    )
    json_only = {
        "413": error_response(
            f"Nội dung yêu cầu lớn hơn {max_kb} KB.", general(f"Nội dung quá lớn: tối đa {max_kb} KB.")
        ),
        "415": error_response(
            "Nội dung không phải JSON (`Content-Type` phải là `application/json`).",
            general("Chỉ nhận nội dung JSON (Content-Type: application/json)."),
        ),
    }
    page_not_found = error_response(
        "Không có trang nhận bình luận với mã này: không tồn tại, chưa xuất bản, không công khai "
        "hoặc không phải loại trang nhận bình luận.",
        {"page": ["Không tìm thấy trang nhận bình luận."]},
    )

    paths = {
        "/api/comments/": {
            "get": {
                "operationId": "comments_list",
                "tags": ["Bình luận"],
                "summary": "Danh sách bình luận đã duyệt của một trang",
                "description": (
                    "Chỉ bình luận đã duyệt, theo luồng: mỗi bình luận gốc kèm các câu trả lời đã duyệt và "
                    f"trả lời chính thức. Bình luận nổi bật xếp đầu. {settings.COMMENT_PAGE_SIZE} bình luận gốc "
                    "một trang. Không bao giờ có email, điện thoại hay địa chỉ IP. Cũng nhận `HEAD`."
                ),
                "parameters": [
                    {
                        "name": "page",
                        "in": "query",
                        "required": True,
                        "description": (
                            "Mã (id) trang nhận bình luận: bài viết, văn bản chỉ đạo, điển hình tiên tiến "
                            "hoặc diễn đàn góp ý, đã xuất bản và công khai."
                        ),
                        "schema": id_schema,
                        "example": 42,
                    },
                    {
                        "name": "sort",
                        "in": "query",
                        "required": False,
                        "description": "`newest`: mới nhất trước (mặc định); `oldest`: cũ nhất trước.",
                        "schema": {"type": "string", "enum": ["newest", "oldest"], "default": "newest"},
                    },
                    {
                        "name": "p",
                        "in": "query",
                        "required": False,
                        "description": "Số thứ tự trang kết quả, từ 1.",
                        "schema": {"type": "integer", "minimum": 1, "default": 1},
                    },
                ],
                "responses": {
                    "200": json_response("Một trang bình luận.", ref("CommentPage")),
                    "400": error_response(
                        "Tham số sai: thiếu `page`, `page` hoặc `p` không phải số nguyên dương, `sort` không hợp lệ.",
                        {"page": ["Thiếu mã trang (page)."]},
                    ),
                    "404": error_response(
                        "Không có trang nhận bình luận với mã này, hoặc `p` vượt quá số trang kết quả.",
                        {"p": ["Chỉ có 3 trang."]},
                    ),
                },
            },
            "post": {
                "operationId": "comments_create",
                "tags": ["Bình luận"],
                "summary": "Gửi bình luận",
                "description": (
                    "Tạo một bình luận (hoặc ý kiến góp ý ở diễn đàn). Tùy quy tắc của trang, bình luận được "
                    f"đăng ngay hoặc chờ duyệt. Chỉ nhận JSON, tối đa {max_kb} KB. {origin_note}"
                ),
                "requestBody": json_request(
                    ref("CommentCreate"),
                    example={
                        "page": 42,
                        "author_name": "Lê Văn Người Đọc",
                        "author_email": "nguoi.doc@example.vn",
                        "body": "Tôi đồng tình với chủ trương của thành phố.",
                        "notify_on_publish": True,
                    },
                ),
                "responses": {
                    "201": json_response(
                        "Đã nhận bình luận.", ref("CommentCreated"), example={"id": 1234, "status": "pending"}
                    ),
                    "400": error_response(
                        "Dữ liệu sai: JSON hỏng hoặc không phải đối tượng, trường không được hỗ trợ, giá trị sai "
                        "kiểu, vi phạm quy tắc của biểu mẫu (thiếu họ tên, email sai, nội dung quá ngắn hay quá "
                        "dài, thiếu quan điểm ở diễn đàn...), bình luận được trả lời không còn hiển thị, "
                        "`Content-Length` không hợp lệ.",
                        {
                            "author_email": ["Địa chỉ email không hợp lệ."],
                            "body": ["Nội dung quá ngắn: cần ít nhất 2 ký tự."],
                        },
                    ),
                    "403": error_response(
                        "Trang đã đóng bình luận, diễn đàn chưa mở hoặc đã kết thúc, hoặc `Origin` không được phép.",
                        general("Trang này đã đóng bình luận."),
                    ),
                    "404": page_not_found,
                    "409": error_response(
                        "Trùng lặp: người này đã gửi đúng nội dung ấy cho trang này.",
                        general("Bạn đã gửi bình luận với nội dung này trên trang này rồi."),
                    ),
                    **json_only,
                    "429": error_response(
                        "Gửi quá nhiều bình luận (theo địa chỉ IP và theo email, mỗi phút và mỗi ngày).",
                        general("Bạn gửi quá nhiều bình luận; vui lòng thử lại sau 42 giây."),
                        headers={
                            "Retry-After": {
                                "description": "Số giây cần chờ trước khi gửi lại.",
                                "required": True,
                                "schema": {"type": "integer", "minimum": 1},
                            }
                        },
                    ),
                },
            },
        },
        "/api/comments/{comment_id}/report/": {
            "parameters": [
                {
                    "name": "comment_id",
                    "in": "path",
                    "required": True,
                    "description": "Mã bình luận bị báo vi phạm.",
                    "schema": id_schema,
                }
            ],
            "post": {
                "operationId": "comments_report",
                "tags": ["Bình luận"],
                "summary": "Báo vi phạm một bình luận",
                "description": (
                    "Ghi nhận báo cáo (mỗi người một lần cho mỗi bình luận; gửi lại vẫn trả 202). Khi đủ số "
                    "người khác nhau báo (mặc định 3, theo cài đặt của cơ quan báo chí), bình luận đã đăng "
                    f"quay về hàng chờ kiểm duyệt. Chỉ nhận JSON, tối đa {max_kb} KB. {origin_note}"
                ),
                "requestBody": json_request(
                    ref("CommentReport"), example={"reason": "sai-su-that", "note": "Số liệu sai"}
                ),
                "responses": {
                    "202": json_response("Đã ghi nhận báo cáo.", ref("CommentReported"), example={"reported": True}),
                    "400": error_response(
                        "Dữ liệu sai: JSON hỏng hoặc không phải đối tượng, trường không được hỗ trợ, thiếu hoặc sai "
                        "lý do, ghi chú quá dài hoặc sai kiểu, `Content-Length` không hợp lệ.",
                        {"reason": ["Lý do báo vi phạm không hợp lệ."]},
                    ),
                    "403": error_response(
                        "`Origin` không được phép.",
                        general("Trang gửi yêu cầu (Origin) không được phép dùng API bình luận."),
                    ),
                    "404": error_response(
                        "Không có bình luận đã đăng với mã này trên một trang công khai.",
                        general("Không tìm thấy bình luận."),
                    ),
                    **json_only,
                },
            },
        },
    }
    tag = {
        "name": "Bình luận",
        "description": (
            "Bình luận của bạn đọc trên bài viết, văn bản chỉ đạo, điển hình tiên tiến và ý kiến ở diễn đàn "
            "góp ý. Cùng quy tắc với biểu mẫu trên trang (cms/forums)."
        ),
    }
    return {"tag": tag, "schemas": schemas, "paths": paths}


# ---------------------------------------------------------------- the document

# One function per part of the API; see the module docstring.

# ---------------------------------------------------------------- search (cms/search/api.py)


def search_part():
    from cms.search.documents import TYPE_LABELS
    from cms.search.text import MAX_QUERY_LENGTH

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
    count_map = {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}}
    return {
        "tag": {"name": "Tìm kiếm", "description": "Tìm kiếm tiếng Việt có dấu hoặc không dấu, kèm bộ lọc và gợi ý."},
        "schemas": {
            "SearchResult": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "type", "title", "url", "snippet", "published_at", "number"],
                "properties": {
                    "id": {"type": "integer", "description": "Mã trang (dùng với `/api/v2/pages/<id>/`)."},
                    "type": {"type": "string", "enum": list(TYPE_LABELS)},
                    "title": {"type": "string"},
                    "url": {"type": "string", "description": "Địa chỉ trang (tương đối hoặc tuyệt đối)."},
                    "snippet": {
                        "type": "string",
                        "description": "Đoạn trích HTML đã thoát, từ khớp nằm trong `<mark>`…`</mark>`.",
                    },
                    "published_at": nullable({"type": "string", "format": "date-time"}),
                    "number": nullable({"type": "string", "description": "Số hiệu (văn bản chỉ đạo)."}),
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
                        "description": "Số kết quả theo từng giá trị; mỗi nhóm đếm với các bộ lọc của nhóm khác.",
                        "additionalProperties": count_map,
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
                    "suggestions": {"type": "array", "maxItems": 8, "items": {"type": "string"}},
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


PARTS = [comments_part, search_part]

DESCRIPTION = """\
API JSON riêng của Tòa Soạn (ngoài API trang, ảnh, tài liệu của Wagtail ở `/api/v2/`).

- Mọi câu trả lời là JSON, mã hóa UTF-8. Lỗi luôn có dạng `{"errors": {"<trường>": ["lý do"]}}`
  với mã 4xx; `__all__` là lỗi của cả yêu cầu. Không dữ liệu nào gửi lên có thể gây lỗi 5xx.
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
