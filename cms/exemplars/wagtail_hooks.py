"""Nominations in the admin: a list editors work through, and one action that
turns a nomination into a draft ExemplarPage."""

from functools import wraps

from django.http import Http404
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import EditView, HistoryView, IndexView, InspectView, UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .admin_views import convert_nomination
from .models import Nomination
from .scoping import nominations_for


class NoDeletePolicy(ModelPermissionPolicy):
    """Nobody deletes what a reader sent, superusers included: a decision is a
    status and a note, so the record stays."""

    def user_has_permission(self, user, action):
        return action != "delete" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, [action for action in actions if action != "delete"])


class OutletScopedMixin:
    """Only the nominations sent to the user's outlets: the others are 404, as if
    they did not exist (their senders' names and e-mails are not for other outlets)."""

    def get_queryset(self):
        return nominations_for(self.request.user, super().get_queryset())


class NominationIndexView(OutletScopedMixin, IndexView):
    def get_base_queryset(self):
        return nominations_for(self.request.user, super().get_base_queryset())

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.exemplar_id is None:
            buttons.insert(
                0,
                Button(
                    "Tạo bản nháp trang điển hình",
                    url=reverse("exemplars_convert_nomination", args=[instance.pk]),
                    icon_name="doc-empty-inverse",
                    priority=5,
                ),
            )
        return buttons


class NominationViewSet(ModelViewSet):
    model = Nomination
    icon = "user"
    menu_label = "Đề cử điển hình"
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = NominationIndexView
    edit_view_class = type("NominationEditView", (OutletScopedMixin, EditView), {})
    inspect_view_class = type("NominationInspectView", (OutletScopedMixin, InspectView), {})
    history_view_class = type("NominationHistoryView", (OutletScopedMixin, HistoryView), {})
    usage_view_class = type("NominationUsageView", (OutletScopedMixin, UsageView), {})
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "name",
        Column("kind", label="Loại", accessor="get_kind_display"),
        "locality",
        "contact_name",
        DateColumn("submitted_at", label="Gửi lúc"),
        Column("status", label="Tình trạng", accessor="get_status_display"),
    ]
    list_filter = ["status", "kind", "locality"]
    search_fields = ["name", "reason", "contact_name"]
    inspect_view_fields = [
        "name",
        "kind",
        "locality",
        "reason",
        "photo",
        "contact_name",
        "contact_phone",
        "contact_email",
        "submitted_at",
        "status",
        "suspect_reason",
        "editor_note",
        "exemplar",
        "registry",
    ]
    # Editors record a decision (status, note); a reader's words are never
    # edited or deleted in the admin.
    form_fields = ["status", "editor_note"]


register_permission_policy(Nomination, NoDeletePolicy(Nomination))
nomination_viewset = NominationViewSet("nominations")


@hooks.register("register_admin_viewset")
def register_nomination_viewset():
    return nomination_viewset


def in_users_outlets(view):
    @wraps(view)
    def wrapper(request, pk, *args, **kwargs):
        if not nominations_for(request.user).filter(pk=pk).exists():
            raise Http404
        return view(request, pk, *args, **kwargs)

    return wrapper


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("de-cu/<int:pk>/tao-ban-nhap/", in_users_outlets(convert_nomination), name="exemplars_convert_nomination")
    ]
