"""Serializers for DirectivePage's API fields (Wagtail API v2)."""

from rest_framework import serializers

from cms.core.api_representations import document_representation
from cms.core.models import DocumentDownloads
from cms.news.api_fields import TagListSerializer  # noqa: F401  (re-exported for the model)


def _absolute(request, url):
    return request.build_absolute_uri(url) if request is not None else url


class IssuerSerializer(serializers.Field):
    def to_representation(self, issuer):
        return {
            "id": issuer.pk,
            "name": issuer.name,
            "short_name": issuer.short_name,
            "code": issuer.code,
            "level": issuer.level,
            "level_label": issuer.get_level_display(),
            "slug": issuer.slug,
        }


class DirectiveFileSerializer(serializers.Serializer):
    def to_representation(self, item):
        document = item.document
        data = document_representation(document, self.context.get("request"))
        data.update(
            label=item.label,
            is_original=item.is_original,
            # The names of before issue 13, kept for existing clients.
            file_extension=document.file_extension,
            file_size=data["size"],
            downloads=DocumentDownloads.totals_for([document.pk]).get(document.pk, 0),
        )
        return data


def _directive_ref(directive, request):
    return {
        "id": directive.pk,
        "number": directive.number,
        "kind": directive.kind,
        "title": directive.title,
        "url": _absolute(request, directive.url),
    }


class RelationListSerializer(serializers.Field):
    def to_representation(self, page):
        request = self.context.get("request")
        return [
            {
                "kind": rel["kind"],
                "direction": rel["direction"],
                "label": rel["label"],
                "directive": _directive_ref(rel["directive"], request),
            }
            for rel in page.all_relations()
        ]


class MilestoneSerializer(serializers.Serializer):
    def to_representation(self, milestone):
        article = milestone.article if milestone.article_id and milestone.article.live else None
        return {
            "date": milestone.date.isoformat(),
            "kind": milestone.kind,
            "kind_label": milestone.get_kind_display(),
            "title": milestone.title,
            "article": {"id": article.pk, "title": article.title} if article else None,
        }


class IdListSerializer(serializers.Field):
    def to_representation(self, queryset):
        return list(queryset.values_list("pk", flat=True))
