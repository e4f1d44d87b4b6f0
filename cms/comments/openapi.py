"""OpenAPI description of the comments API (cms/comments/api.py), beside it: the
paths, schemas and tag of the part "Bình luận", merged into /api/schema/ by
cms/api/openapi.py. Numbers that are settings are read when the schema is built."""

from django.conf import settings

from cms.core.openapi import error_response, general, json_request, json_response, nullable, ref

from .api import COMMENT_FIELDS, MAX_BODY_BYTES, REPORT_FIELDS
from .models import REPORT_REASONS, STANCE_CHOICES


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
        "part": {
            "description": (
                "Chỉ ở diễn đàn có dự thảo chia phần: mã (id) một phần của dự thảo của chính diễn đàn đó "
                "(chương, điều, khoản; xem `draft` của trang diễn đàn trong /api/v2/pages/). Không có: góp ý "
                "chung cho cả dự thảo. Phần của diễn đàn khác: lỗi 400. Ở trang không có dự thảo: lỗi 400."
            ),
            "anyOf": [id_schema, {"type": "string", "pattern": "^[0-9]*$"}, {"type": "null"}],
        },
        "proposed_wording": {
            "type": ["string", "null"],
            "maxLength": 5000,
            "description": (
                "Nội dung đề xuất sửa thành, cho phần đã chọn (cần `part`), tối đa 5000 ký tự; lưu nguyên văn, "
                f"thoát HTML khi hiển thị. {no_nul}"
            ),
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
                "part",
                "proposed_wording",
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
                "part": nullable(ref("DraftPartRef")),
                "proposed_wording": {
                    "type": ["string", "null"],
                    "description": "Nội dung người góp ý đề xuất sửa thành (nguyên văn, chưa thoát HTML).",
                },
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
            "required": [
                "id",
                "author_name",
                "body",
                "created_at",
                "stance",
                "section",
                "part",
                "proposed_wording",
                "featured",
                "official_reply",
            ],
            "additionalProperties": False,
            "properties": {
                "id": {"type": "integer"},
                "author_name": {"type": "string"},
                "body": {"type": "string"},
                "created_at": {"type": "string", "format": "date-time"},
                "stance": {"anyOf": [{"type": "string", "enum": stances}, {"type": "null"}]},
                "section": nullable(ref("ForumSection")),
                "part": nullable(ref("DraftPartRef")),
                "proposed_wording": {"type": ["string", "null"]},
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
        "DraftPartRef": {
            "type": "object",
            "description": "Phần của dự thảo (chương, điều, khoản) mà ý kiến góp ý cho.",
            "required": ["id", "label"],
            "additionalProperties": False,
            "properties": {
                "id": {"type": "integer"},
                "label": {"type": "string", "description": "Ví dụ: “Điều 9”, “Khoản 2 Điều 9”."},
            },
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
            "góp ý. Cùng quy tắc với biểu mẫu trên trang (cms/comments)."
        ),
    }
    return {"tag": tag, "schemas": schemas, "paths": paths}
