"""OpenAPI description of the forums' own endpoint (issue 15): the tally of a forum's
approved opinions, merged into /api/schema/ by cms/api/openapi.py."""

from cms.comments.models import STANCE_CHOICES
from cms.core.openapi import error_response, json_response, nullable, ref

from .drafts import KIND_CHOICES

NO_STANCE = "khong-ghi"


def forums_part():
    stances = [value for value, _ in STANCE_CHOICES] + [NO_STANCE]
    count = {"type": "integer", "minimum": 0}
    stance_row = {
        "type": "object",
        "additionalProperties": False,
        "required": ["stance", "label", "count"],
        "properties": {"stance": {"type": "string", "enum": stances}, "label": {"type": "string"}, "count": count},
    }
    return {
        "tag": {
            "name": "Diễn đàn góp ý",
            "description": "Số ý kiến góp ý đã duyệt của một diễn đàn, theo phần dự thảo, quan điểm, địa bàn, kênh.",
        },
        "schemas": {
            "ForumTally": {
                "type": "object",
                "additionalProperties": False,
                "required": ["forum", "count", "people", "by_stance", "by_part", "by_locality", "by_channel"],
                "properties": {
                    "forum": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["id", "title", "url", "phase"],
                        "properties": {
                            "id": {"type": "integer"},
                            "title": {"type": "string"},
                            "url": nullable({"type": "string"}),
                            "phase": {"type": "string", "enum": ["upcoming", "open", "closed"]},
                        },
                    },
                    "count": {**count, "description": "Số ý kiến đã duyệt (không tính câu trả lời)."},
                    "people": {
                        **count,
                        "description": "Số người mà các ý kiến đại diện (ý kiến một hội nghị tính số người dự).",
                    },
                    "by_stance": {"type": "array", "items": stance_row},
                    "by_part": {
                        "type": "array",
                        "description": "Theo phần dự thảo, theo thứ tự của dự thảo; `id` null: góp ý chung.",
                        "items": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["id", "label", "heading", "kind", "count", "by_stance"],
                            "properties": {
                                "id": nullable({"type": "integer"}),
                                "label": {"type": "string"},
                                "heading": {"type": "string"},
                                "kind": nullable({"type": "string", "enum": [value for value, _ in KIND_CHOICES]}),
                                "count": count,
                                "by_stance": {"type": "array", "items": stance_row},
                            },
                        },
                    },
                    "by_locality": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["locality", "count", "people"],
                            "properties": {"locality": nullable({"type": "string"}), "count": count, "people": count},
                        },
                    },
                    "by_channel": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["channel", "label", "count", "people"],
                            "properties": {
                                "channel": {"type": "string", "enum": ["truc-tuyen", "hoi-nghi", "thu", "dien-thoai"]},
                                "label": {"type": "string"},
                                "count": count,
                                "people": count,
                            },
                        },
                    },
                },
            }
        },
        "paths": {
            "/api/forums/{forum_id}/tally/": {
                "get": {
                    "operationId": "forumTally",
                    "tags": ["Diễn đàn góp ý"],
                    "summary": "Số ý kiến đã duyệt của một diễn đàn",
                    "description": (
                        "Đếm sẵn (cập nhật cùng mỗi quyết định kiểm duyệt), nên trả lời tức thì dù diễn đàn có "
                        "hàng triệu ý kiến. Chỉ ý kiến đã duyệt, không tính câu trả lời. Cũng nhận `HEAD`."
                    ),
                    "parameters": [
                        {
                            "name": "forum_id",
                            "in": "path",
                            "required": True,
                            "description": "Mã (id) trang diễn đàn góp ý.",
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        "200": json_response("Số ý kiến.", ref("ForumTally")),
                        "404": error_response(
                            "Không có diễn đàn đã đăng với mã này (kể cả mã không phải số).",
                            {"__all__": ["Không tìm thấy diễn đàn góp ý (hoặc diễn đàn chưa được đăng)."]},
                        ),
                    },
                }
            }
        },
    }
