"""Serializers for ArticlePage's API fields (Wagtail API v2)."""

from rest_framework import serializers
from wagtail.models import Site

from cms.core.api_representations import api_page_url, document_representation

from .blocks import article_summary


def outlet_url(page, request, route, slug):
    """The address of a page of the outlet `page` belongs to (its Site's home page, a
    HomePage): its author page (route "author") or tag page (route "tag"). Built as
    Wagtail's Page.get_url does: from the request's host when the page is on that site."""
    if not hasattr(page, "_outlet_url_parts"):
        page._outlet_url_parts = page.get_url_parts(request)
    if page._outlet_url_parts is None:
        return None
    site_id, root_url, _ = page._outlet_url_parts
    from .models import HomePage  # the models module imports this one

    path = "/" + HomePage.get_resolver().reverse(route, slug).lstrip("/")
    if request is not None:
        site = Site.find_for_request(request)
        if site is not None and site.pk == site_id:
            return request.build_absolute_uri(path)
    return root_url + path


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


class FrontPageSerializer(serializers.Field):
    """The home page's automatic lists (HomePage.front_page_lists, as the HTML page)."""

    def to_representation(self, lists):
        context = {"request": self.context.get("request")}
        lead = lists["lead_story"]
        return {
            "lead_story": article_summary(lead, context) if lead is not None else None,
            "latest": [article_summary(article, context) for article in lists["latest"]],
            "sections": [
                {
                    "column": {
                        "id": section["column"].pk,
                        "title": section["column"].title,
                        "slug": section["column"].slug,
                        "url": api_page_url(section["column"], context),
                    },
                    "articles": [article_summary(article, context) for article in section["articles"]],
                }
                for section in lists["sections"]
            ],
        }
