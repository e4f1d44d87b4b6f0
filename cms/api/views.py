"""The OpenAPI description of the project's own endpoints and a page to browse it."""

import json

import yaml
from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from .openapi import build_schema


class _YamlDumper(yaml.SafeDumper):
    """Multi-line descriptions as readable `|` blocks."""


_YamlDumper.add_representer(
    str,
    lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None),
)


@require_safe
def schema(request):
    """GET /api/schema/ (JSON) or /api/schema/?format=yaml."""
    fmt = request.GET.get("format", "json")
    if fmt not in ("json", "yaml"):
        return JsonResponse({"errors": {"format": ["Chỉ nhận json hoặc yaml."]}}, status=400)
    document = build_schema()
    if fmt == "yaml":
        text = yaml.dump(document, Dumper=_YamlDumper, allow_unicode=True, sort_keys=False, width=120)
        return HttpResponse(text, content_type="application/yaml; charset=utf-8")
    return HttpResponse(json.dumps(document, ensure_ascii=False, indent=2), content_type="application/json")


@require_safe
def docs(request):
    """GET /api/schema/docs/: Swagger UI from local static files (drf-spectacular-sidecar), no CDN."""
    context = {"schema_url": reverse("api_schema"), "site_name": settings.WAGTAIL_SITE_NAME}
    return render(request, "api/schema_docs.html", context)
