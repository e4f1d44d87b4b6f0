"""Helpers for describing a JSON endpoint in OpenAPI 3.1, shared by the apps that
describe their own paths beside their views (cms/comments/openapi.py,
cms/search/openapi.py); cms/api/openapi.py merges the parts into /api/schema/.

Each part is a function returning {"tag": ..., "schemas": {...}, "paths": {...}}."""

JSON = "application/json"


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


def _object_schema(properties, description=None):
    schema = {"type": "object", "additionalProperties": False, "required": list(properties), "properties": properties}
    if description:
        schema["description"] = description
    return schema


def image_schemas():
    """ImageRenditions: a picture as the API gives it (logo, search results)."""
    rendition = _object_schema(
        {
            "url": {"type": "string", "format": "uri", "description": "Địa chỉ tuyệt đối của ảnh thu nhỏ."},
            "width": {"type": "integer", "minimum": 1},
            "height": {"type": "integer", "minimum": 1},
            "format": {
                "type": "string",
                "enum": ["webp", "jpeg", "png", "gif", "avif", "svg"],
                "description": "Định dạng tệp.",
            },
        }
    )
    return {
        "Rendition": rendition,
        "ImageRenditions": _object_schema(
            {
                "alt": {"type": "string", "description": "Văn bản thay thế (thuộc tính `alt`)."},
                "renditions": {"type": "array", "items": ref("Rendition"), "minItems": 1},
                "srcset": {"type": "string", "description": "Giá trị sẵn cho thuộc tính `srcset` (`url 160w, …`)."},
                "src": {"type": "string", "format": "uri", "description": "Ảnh dự phòng (định dạng gốc) cho `src`."},
                "width": {"type": "integer", "minimum": 1, "description": "Chiều rộng của `src`."},
                "height": {"type": "integer", "minimum": 1, "description": "Chiều cao của `src`."},
            },
            "Một ảnh với vài kích cỡ (WebP) và `srcset` dựng sẵn.",
        ),
    }


SHARED_SCHEMAS = {
    **image_schemas(),
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
