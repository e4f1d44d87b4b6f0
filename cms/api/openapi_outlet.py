"""OpenAPI description of /api/v2/outlet/ (cms/api/outlet.py): the part "Cơ quan báo chí",
merged into /api/schema/ by cms/api/openapi.py."""

from cms.core.models import SOCIAL_NETWORKS
from cms.core.openapi import error_response, json_response, nullable, ref

TAG = "Cơ quan báo chí"


def _object(properties, description=None):
    schema = {
        "type": "object",
        "additionalProperties": False,
        "required": list(properties),
        "properties": properties,
    }
    if description:
        schema["description"] = description
    return schema


def outlet_part():
    menu_item = _object(
        {
            "title": {"type": "string"},
            "url": {"type": "string", "format": "uri", "description": "Địa chỉ tuyệt đối của trang."},
            "page_id": {"type": "integer", "description": "Mã trang, dùng với `/api/v2/pages/<id>/`."},
            "children": {"type": "array", "items": ref("OutletMenuItem")},
        },
        "Một mục của menu: trang được đánh dấu «Hiển thị trong menu», theo thứ tự của cây trang.",
    )
    link = _object({"title": {"type": "string"}, "url": {"type": "string", "format": "uri"}})
    outlet = _object(
        {
            "site": _object(
                {
                    "id": {"type": "integer"},
                    "hostname": {"type": "string"},
                    "port": {"type": "integer"},
                    "root_url": {"type": "string"},
                    "is_default": {"type": "boolean"},
                }
            ),
            "name": {"type": "string", "description": "Tên cơ quan báo chí."},
            "slogan": {"type": "string", "description": "Khẩu hiệu (có thể trống)."},
            "logo": nullable(ref("ImageRenditions")),
            "home": _object(
                {
                    "title": {"type": "string"},
                    "url": {"type": "string", "format": "uri"},
                    "page_id": {"type": "integer"},
                },
                "Trang chủ của cơ quan (mục «Trang chủ» đứng đầu thanh điều hướng HTML).",
            ),
            "menu": {
                "type": "array",
                "items": ref("OutletMenuItem"),
                "description": "Giống hệt thanh điều hướng và chân trang của trang HTML (không kể «Trang chủ»).",
            },
            "footer": _object(
                {
                    "name": {"type": "string"},
                    "licence": {"type": "string", "description": "Dòng giấy phép (có thể trống)."},
                    "responsible_person": {"type": "string", "description": "Người chịu trách nhiệm nội dung."},
                    "responsible_person_label": {"type": "string"},
                    "contact_html": {
                        "type": "string",
                        "description": "Địa chỉ, điện thoại, thư điện tử…: HTML do biên tập viên soạn (đậm, nghiêng, liên kết).",
                    },
                    "contact_text": {"type": "string", "description": "Như trên, văn bản thuần."},
                    "links": {"type": "array", "items": link, "description": "RSS, sơ đồ trang."},
                },
                "Những gì chân trang HTML hiển thị.",
            ),
            "licence": {"type": "string"},
            "social": {
                "type": "array",
                "items": _object(
                    {
                        "network": {"type": "string", "enum": [value for value, _label in SOCIAL_NETWORKS]},
                        "label": {"type": "string"},
                        "url": {"type": "string", "format": "uri"},
                    }
                ),
            },
            "theme": {"type": "string", "description": "Giao diện của cơ quan (`thanhpho`, `quan`…)."},
            "language": {"type": "string", "enum": ["vi"]},
            "search": _object(
                {
                    "url": {"type": "string", "description": "Trang tìm kiếm HTML."},
                    "api": {"type": "string", "description": "API tìm kiếm (`/api/search/`)."},
                }
            ),
        }
    )
    return {
        "tag": {"name": TAG, "description": "Phần khung của trang: tên, logo, menu, chân trang, mạng xã hội."},
        "schemas": {"OutletMenuItem": menu_item, "Outlet": outlet},
        "paths": {
            "/api/v2/outlet/": {
                "get": {
                    "operationId": "outlet",
                    "tags": [TAG],
                    "summary": "Thông tin cơ quan báo chí: tên, logo, menu, chân trang",
                    "description": (
                        "Của cơ quan (Site của Wagtail) ứng với tên miền của yêu cầu, hoặc của cơ quan `?site=<mã>`. "
                        "Menu được dựng bằng cùng một hàm với thanh điều hướng của trang HTML. Cũng nhận `HEAD`."
                    ),
                    "parameters": [
                        {
                            "name": "site",
                            "in": "query",
                            "required": False,
                            "description": "Mã Site của cơ quan khác. Không có hoặc trống: cơ quan của tên miền đang gọi.",
                            "schema": {"type": "string", "pattern": "^[0-9]{0,12}$"},
                        }
                    ],
                    "responses": {
                        "200": json_response("Thông tin của cơ quan.", ref("Outlet")),
                        "400": error_response(
                            "`site` không phải số nguyên dương.",
                            {"site": ["Mã cơ quan báo chí (site) phải là số nguyên dương."]},
                        ),
                        "404": error_response(
                            "Không có cơ quan mang mã này, hoặc không cơ quan nào ở tên miền đang gọi.",
                            {"site": ["Không có cơ quan báo chí mang mã 99."]},
                        ),
                    },
                }
            }
        },
    }
