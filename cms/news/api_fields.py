"""Serializers for ArticlePage's API fields (Wagtail API v2)."""

from rest_framework import serializers


def _prefetched_or(field, manager, query):
    """The related objects: from the listing's prefetch (the API queryset) when there
    is one, otherwise `query(manager)`."""
    instance = getattr(manager, "instance", None)
    cache = getattr(instance, "_prefetched_objects_cache", {})
    if field.source in cache:
        return manager.all()
    return query(manager).all()


class AuthorListSerializer(serializers.Field):
    def to_representation(self, links):
        return [
            {
                "id": link.author.pk,
                "name": link.author.name,
                "pen_name": link.author.pen_name,
                "role": link.author.role,
                "slug": link.author.slug,
            }
            for link in _prefetched_or(self, links, lambda manager: manager.select_related("author"))
        ]


class TagListSerializer(serializers.Field):
    def to_representation(self, tags):
        return [tag.name for tag in tags.all()]


class ColumnSerializer(serializers.Field):
    def to_representation(self, column):
        return {"id": column.pk, "title": column.title, "slug": column.slug}


class AttachmentSerializer(serializers.Serializer):
    def to_representation(self, link):
        document = link.document
        request = self.context.get("request")
        url = document.url
        if request is not None:
            url = request.build_absolute_uri(url)
        return {
            "id": document.pk,
            "title": document.title,
            "url": url,
            "file_extension": document.file_extension,
            "file_size": document.get_file_size(),
        }


class DirectiveRefsSerializer(serializers.Field):
    def to_representation(self, directives):
        request = self.context.get("request")
        return [
            {
                "id": directive.pk,
                "number": directive.number,
                "kind": directive.kind,
                "title": directive.title,
                "url": request.build_absolute_uri(directive.url) if request is not None else directive.url,
            }
            for directive in directives
        ]
