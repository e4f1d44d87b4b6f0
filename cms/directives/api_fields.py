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


# ---------------------------------------------------------------- tasks (issue 15)


def _page_ref(page, request):
    if page is None:
        return None
    return {"id": page.pk, "title": page.title, "url": _absolute(request, page.url)}


def report_data(report, request=None):
    return {
        "id": report.pk,
        "date": report.date.isoformat(),
        "kind": report.kind,
        "kind_label": report.get_kind_display(),
        "text": report.text,
        "article": _page_ref(report.live_article, request),
        "exemplar": _page_ref(report.live_exemplar, request),
    }


def body_data(body):
    return {"id": body.pk, "name": body.name, "short_name": body.short_name, "slug": body.slug}


def task_data(task, request=None, reports=None, directive=False):
    """One task as the API gives it; `status` is the shown one (late is derived)."""
    data = {
        "id": task.pk,
        "label": task.label,
        "title": task.title,
        "description": task.description,
        "bodies": [body_data(body) for body in task.bodies.all()],
        "deadline": task.deadline.isoformat() if task.deadline else None,
        "status": task.shown_status(),
        "status_label": task.status_label,
        "editor_status": task.status,
        "is_late": task.is_late(),
        "days_late": task.days_late(),
    }
    if directive:
        data["directive"] = _directive_ref(task.page, request)
    if reports is not None:
        data["reports"] = [report_data(report, request) for report in reports]
    return data


class TaskSerializer(serializers.Serializer):
    def to_representation(self, task):
        reports = getattr(task, "report_list", None)
        if reports is None:
            reports = sorted(task.reports.all(), key=lambda r: (r.date, r.pk or 0), reverse=True)
        return task_data(task, self.context.get("request"), reports=reports)


class TaskSummarySerializer(serializers.Field):
    def to_representation(self, page):
        summary = page.task_summary()
        return {
            "total": summary["total"],
            "done": summary["done"],
            "late": summary["late_count"],
            "late_task_ids": [task.pk for task in summary["late"]],
        }
