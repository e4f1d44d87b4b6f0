"""Opinions gathered offline (hội nghị, thư, điện thoại) entered by staff on someone's
behalf into a forum: a forum-only screen beside the comment engine's moderation admin
(/admin/kiem-duyet/nhap-y-kien/), with the same rights and outlet scoping."""

from datetime import datetime, time

from django import forms
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone

from cms.comments import moderation
from cms.comments.admin_views import QUEUE_URL_NAME, admin_context, deny
from cms.comments.models import OFFLINE_SOURCES, STANCE_CHOICES, Comment
from cms.core.params import parse_id

from .models import DraftPart, ForumPage, ForumSection

OFFLINE_ENTRY_URL_NAME = "forums_offline_entry"


class OfflineEntryForm(forms.Form):
    forum = forms.ModelChoiceField(
        label="Diễn đàn góp ý",
        queryset=ForumPage.objects.none(),
        error_messages={"required": "Chọn diễn đàn.", "invalid_choice": "Diễn đàn không có trong danh sách."},
    )
    source = forms.ChoiceField(
        label="Nguồn ý kiến",
        choices=[("", "— Chọn nguồn —")] + [choice for choice in OFFLINE_SOURCES if choice[0]],
        error_messages={"required": "Chọn nguồn của ý kiến.", "invalid_choice": "Nguồn không hợp lệ."},
    )
    author_name = forms.CharField(label="Họ tên người góp ý", max_length=100, required=False)
    organisation = forms.CharField(label="Cơ quan, tổ chức", max_length=200, required=False)
    locality = forms.CharField(label="Phường, xã", max_length=100, required=False)
    section = forms.ModelChoiceField(
        label="Mục góp ý",
        queryset=ForumSection.objects.none(),
        required=False,
        empty_label="(Không theo mục)",
        error_messages={"invalid_choice": "Mục góp ý không có trong danh sách."},
    )
    part = forms.ModelChoiceField(
        label="Phần dự thảo",
        queryset=DraftPart.objects.none(),
        required=False,
        empty_label="(Góp ý chung cho cả dự thảo)",
        error_messages={"invalid_choice": "Phần dự thảo không có trong danh sách."},
    )
    meeting = forms.CharField(
        label="Tên hội nghị, buổi làm việc",
        max_length=255,
        required=False,
        help_text="Ví dụ: Hội nghị lấy ý kiến cử tri phường Ninh Kiều, 12/11/2026.",
    )
    people_count = forms.IntegerField(
        label="Số người mà ý kiến đại diện",
        min_value=1,
        max_value=10_000_000,
        initial=1,
        required=False,
        help_text="Ý kiến chung của một hội nghị: số người dự. Để trống: 1.",
        error_messages={
            "invalid": "Số người là một số nguyên.",
            "min_value": "Số người ít nhất là 1.",
            "max_value": "Số người tối đa 10.000.000.",
        },
    )
    stance = forms.ChoiceField(label="Quan điểm", choices=[("", "(Không ghi)")] + STANCE_CHOICES, required=False)
    body = forms.CharField(
        label="Nội dung ý kiến",
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=20000,
        error_messages={"required": "Cần nhập nội dung ý kiến."},
    )
    received_on = forms.DateField(
        label="Ngày nhận ý kiến",
        required=False,
        help_text="Để trống: hôm nay.",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, *args, sites=None, **kwargs):
        super().__init__(*args, **kwargs)
        forums = ForumPage.objects.order_by("-opens_at", "title")
        sections = ForumSection.objects.select_related("page").order_by("page__title", "sort_order")
        if sites is not None:
            forums = forums.filter(moderation.site_filter(sites, prefix=""))
            sections = sections.filter(moderation.site_filter(sites))
        self.fields["forum"].queryset = forums
        parts = DraftPart.objects.select_related("page", "parent").order_by("page__title", "sort_order")
        if sites is not None:
            parts = parts.filter(moderation.site_filter(sites))
        self.fields["part"].queryset = parts
        self.fields["part"].label_from_instance = lambda part: (
            f"{part.page.title} — {part.full_label}" + (f". {part.heading}" if part.heading else "")
        )
        self.fields["section"].queryset = sections
        self.fields["section"].label_from_instance = lambda section: f"{section.page.title} — {section.title}"

    def clean(self):
        data = super().clean()
        if not (data.get("author_name", "").strip() or data.get("organisation", "").strip()):
            self.add_error("author_name", "Ghi họ tên người góp ý hoặc tên cơ quan, tổ chức.")
        forum, section = data.get("forum"), data.get("section")
        if forum and section and section.page_id != forum.pk:
            self.add_error("section", "Mục này không thuộc diễn đàn đã chọn.")
        part = data.get("part")
        if forum and part and part.page_id != forum.pk:
            self.add_error("part", "Phần dự thảo này không thuộc diễn đàn đã chọn.")
        if data.get("meeting", "").strip() and data.get("source") != "hoi-nghi":
            self.add_error("meeting", "Tên hội nghị chỉ ghi khi nguồn ý kiến là hội nghị, buổi làm việc.")
        received_on = data.get("received_on")
        if received_on and received_on > timezone.localdate():
            self.add_error("received_on", "Ngày nhận ý kiến không thể ở tương lai.")
        return data


def offline_entry(request):
    user = request.user
    if not moderation.can_moderate(user):
        return deny(request)
    sites = moderation.moderated_sites(user)
    initial = {"forum": parse_id(request.GET.get("forum"))} if parse_id(request.GET.get("forum")) else {}
    form = OfflineEntryForm(request.POST or None, sites=sites, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        author_name = data["author_name"].strip() or data["organisation"].strip()
        comment = Comment(
            page=data["forum"].page_ptr,
            author_name=author_name,
            organisation=data["organisation"].strip(),
            locality=data["locality"].strip(),
            section=data["section"],
            part=data.get("part"),
            meeting=" ".join(data.get("meeting", "").split()),
            people_count=data.get("people_count") or 1,
            stance=data["stance"],
            body=data["body"].strip(),
            source=data["source"],
        )
        if data.get("received_on"):
            received = datetime.combine(data["received_on"], time(12), tzinfo=timezone.get_current_timezone())
            comment.created_at = min(received, timezone.now())
        moderation.record_offline_entry(comment, user)
        messages.success(request, f"Đã nhập ý kiến của {author_name} vào “{data['forum'].title}” (đã duyệt).")
        return HttpResponseRedirect(reverse(OFFLINE_ENTRY_URL_NAME) + f"?forum={data['forum'].pk}&da-luu={comment.pk}")
    saved = None
    saved_id = request.GET.get("da-luu") or ""
    if parse_id(saved_id):
        saved = moderation.visible_comments(user).filter(pk=int(saved_id)).first()
    return TemplateResponse(
        request,
        "forums_admin/offline_entry.html",
        admin_context(
            "Nhập ý kiến thu thập trực tiếp",
            form=form,
            saved=saved,
            queue_url=reverse(QUEUE_URL_NAME),
            detail_url=reverse("comments_moderation_detail", args=[saved.pk]) if saved else None,
        ),
        status=400 if request.method == "POST" else 200,
    )


def admin_urls():
    """For the "register_admin_urls" hook (Wagtail adds its admin-access check)."""
    return [path("kiem-duyet/nhap-y-kien/", offline_entry, name=OFFLINE_ENTRY_URL_NAME)]
