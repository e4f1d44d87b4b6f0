"""The moderation admin's forms: the queue's filters, the official reply, erasure.
The views using them are in admin_views.py."""

from datetime import datetime, time, timedelta

from django import forms
from django.utils import timezone
from wagtail.models import Site

from cms.core.params import MAX_ID
from cms.core.text import fold_for_matching

from . import moderation
from .models import STANCE_CHOICES, Comment

# A forum's section (cms.forums.models.ForumSection), reached through Comment's own
# foreign key so the engine imports nothing from the forums app above it.
SECTION_MODEL = Comment._meta.get_field("section").related_model
# A part of a forum's draft (cms.forums.models.DraftPart, issue 15), reached the same way.
PART_MODEL = Comment._meta.get_field("part").related_model


class QueueFilterForm(forms.Form):
    site = forms.ModelChoiceField(
        label="Cơ quan báo chí", queryset=Site.objects.none(), required=False, empty_label="Tất cả"
    )
    page = forms.IntegerField(
        label="ID trang",
        required=False,
        min_value=1,
        max_value=MAX_ID,
        error_messages={"invalid": "ID trang là một số."},
    )
    section = forms.ModelChoiceField(
        label="Mục góp ý", queryset=SECTION_MODEL.objects.none(), required=False, empty_label="Tất cả"
    )
    part = forms.ModelChoiceField(
        label="Phần dự thảo", queryset=PART_MODEL.objects.none(), required=False, empty_label="Tất cả"
    )
    stance = forms.ChoiceField(label="Quan điểm", choices=[("", "Tất cả")] + STANCE_CHOICES, required=False)
    date_from = forms.DateField(
        label="Gửi từ ngày", required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    date_to = forms.DateField(
        label="Đến ngày", required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    reason = forms.CharField(label="Lý do có chứa", required=False, max_length=200)
    q = forms.CharField(label="Tìm trong nội dung, họ tên", required=False, max_length=200)

    def __init__(self, *args, sites=None, **kwargs):
        super().__init__(*args, **kwargs)
        site_queryset = Site.objects.select_related("root_page").order_by("site_name", "hostname")
        sections = SECTION_MODEL.objects.select_related("page").order_by("page__title", "sort_order")
        parts = PART_MODEL.objects.select_related("page", "parent").order_by("page__title", "page_id", "sort_order")
        if sites is not None:
            site_queryset = site_queryset.filter(pk__in=[site.pk for site in sites])
            sections = sections.filter(moderation.site_filter(sites))
            parts = parts.filter(moderation.site_filter(sites))
        self.fields["site"].queryset = site_queryset
        self.fields["site"].label_from_instance = lambda site: site.site_name or site.hostname
        self.fields["section"].queryset = sections
        self.fields["section"].label_from_instance = lambda section: f"{section.page.title} — {section.title}"
        self.fields["part"].queryset = parts
        self.fields["part"].label_from_instance = lambda part: f"{part.page.title} — {part.full_label}"

    def apply(self, queryset):
        """Filters that are valid; invalid ones are reported by the form and ignored."""
        data = self.cleaned_data if self.is_bound else {}
        if data.get("site"):
            queryset = queryset.filter(page__path__startswith=data["site"].root_page.path)
        if data.get("page"):
            queryset = queryset.filter(page_id=data["page"])
        if data.get("section"):
            queryset = queryset.filter(section=data["section"])
        if data.get("part"):
            queryset = queryset.filter(part=data["part"])
        if data.get("stance"):
            queryset = queryset.filter(stance=data["stance"])
        tz = timezone.get_current_timezone()
        if data.get("date_from"):
            queryset = queryset.filter(created_at__gte=datetime.combine(data["date_from"], time.min, tzinfo=tz))
        if data.get("date_to"):
            end = datetime.combine(data["date_to"] + timedelta(days=1), time.min, tzinfo=tz)
            queryset = queryset.filter(created_at__lt=end)
        if data.get("reason"):
            queryset = queryset.filter(status_reason__icontains=data["reason"].strip())
        if data.get("q"):
            # Folded like Comment.search_text: `dang` finds `Đảng`, on SQLite and PostgreSQL alike.
            term = " ".join(fold_for_matching(data["q"]).split())
            if term:
                queryset = queryset.filter(search_text__contains=term)
        return queryset


class OfficialReplyForm(forms.Form):
    text = forms.CharField(
        label="Nội dung trả lời chính thức",
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=5000,
        error_messages={"required": "Cần nhập nội dung trả lời chính thức."},
    )
    by = forms.CharField(
        label="Cơ quan trả lời",
        max_length=200,
        error_messages={"required": "Cần ghi cơ quan trả lời."},
        help_text="Ví dụ: Sở Giáo dục và Đào tạo",
    )


class ErasureForm(forms.Form):
    email = forms.EmailField(
        label="Email của người yêu cầu",
        error_messages={"required": "Cần nhập địa chỉ email.", "invalid": "Địa chỉ email không hợp lệ."},
    )
    confirm = forms.BooleanField(
        label="Tôi xác nhận người này đã yêu cầu xóa dữ liệu cá nhân; việc này không hoàn tác được.",
        error_messages={"required": "Hãy đánh dấu ô xác nhận."},
    )
