"""Serializers for ArticlePage's API fields (Wagtail API v2)."""

from rest_framework import serializers

from cms.core.api_representations import document_representation


def outlet_url(page, request, route, slug):
    """The address of a page of the outlet `page` belongs to (its Site's home page, a
    HomePage): its author page (route "author") or tag page (route "tag")."""
    if not hasattr(page, "_outlet_root_url"):
        parts = page.get_url_parts(request)
        page._outlet_root_url = parts[1] if parts else None
    if page._outlet_root_url is None:
        return None
    from .models import HomePage  # the models module imports this one

    url = page._outlet_root_url + "/" + HomePage.get_resolver().reverse(route, slug).lstrip("/")
    return request.build_absolute_uri(url) if request is not None else url


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
        request = self.context.get("request")
        authors = [
            link.author for link in _prefetched_or(self, links, lambda manager: manager.select_related("author"))
        ]
        return [
            {
                "id": author.pk,
                "name": author.name,
                "pen_name": author.pen_name,
                "byline": author.byline,
                "role": author.role,
                "slug": author.slug,
                "url": outlet_url(links.instance, request, "author", author.slug) if author.slug else None,
            }
            for author in dict.fromkeys(authors)  # the same author chosen twice signs once, as on the page
        ]


class TagListSerializer(serializers.Field):
    def to_representation(self, tags):
        return [tag.name for tag in tags.all()]


class TagObjectsSerializer(serializers.Field):
    """Tags as {"name", "slug", "url"}: url is the outlet's tag page (/chu-de/<slug>/)."""

    def to_representation(self, tags):
        request = self.context.get("request")
        return [
            {"name": tag.name, "slug": tag.slug, "url": outlet_url(tags.instance, request, "tag", tag.slug)}
            for tag in tags.all()
        ]


class ColumnSerializer(serializers.Field):
    def to_representation(self, column):
        return {"id": column.pk, "title": column.title, "slug": column.slug}


class AttachmentSerializer(serializers.Serializer):
    def to_representation(self, link):
        data = document_representation(link.document, self.context.get("request"))
        # The names of before issue 13, kept for existing clients.
        data.update(file_extension=link.document.file_extension, file_size=data["size"])
        return data


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
