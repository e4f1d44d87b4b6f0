"""Serializers for ExemplarPage's API fields (Wagtail API v2)."""

from rest_framework import serializers

from cms.core.api_representations import image_representation
from cms.news.api_fields import DirectiveRefsSerializer  # noqa: F401  (used by the model)


def _absolute(request, url):
    return request.build_absolute_uri(url) if request is not None and url else url


class DisplaySerializer(serializers.Field):
    def to_representation(self, value):
        return value() if callable(value) else value


class NamedSerializer(serializers.Field):
    def to_representation(self, item):
        return {"id": item.pk, "name": item.name, "slug": item.slug}


class GallerySerializer(serializers.Serializer):
    def to_representation(self, item):
        data = image_representation(item.image, self.context.get("request"), caption=item.caption)
        data["image"] = item.image.pk  # the name of before issue 13
        return data


class RecognitionSerializer(serializers.Serializer):
    def to_representation(self, item):
        return {
            "award": item.award,
            "granting_body": item.granting_body,
            "decision_number": item.decision_number,
            "year": item.year,
        }


class ArticleRefListSerializer(serializers.Field):
    def to_representation(self, articles):
        request = self.context.get("request")
        return [{"id": a.pk, "title": a.title, "url": _absolute(request, a.url)} for a in articles]
