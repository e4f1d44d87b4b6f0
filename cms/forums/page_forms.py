"""The forum's page form: a draft pasted as text becomes the forum's parts."""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm

from cms.comments.models import APPROVED, Comment
from cms.core.forms import NewsroomPageForm

from .drafts import DraftTooLong, parse_draft


class ForumPageForm(NewsroomPageForm):
    draft_source = forms.CharField(
        label="Dán toàn văn dự thảo",
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=(
            "Dán văn bản dự thảo (Chương I…, Điều 1. …, 1. …) rồi lưu: hệ thống tự nhận dạng các chương, "
            "điều, khoản và thay cho danh sách phần bên dưới; sau đó sửa từng phần bằng tay nếu cần. "
            "Không dùng được khi đã có ý kiến góp ý gắn với các phần."
        ),
    )

    def clean_draft_source(self):
        text = self.cleaned_data.get("draft_source") or ""
        if "\x00" in text:
            raise forms.ValidationError("Văn bản có ký tự không hợp lệ (ký tự NUL).")
        if not text.strip():
            return ""
        try:
            parsed = parse_draft(text)
        except DraftTooLong as error:
            raise forms.ValidationError(str(error))
        if not parsed:
            raise forms.ValidationError(
                "Không nhận dạng được chương, điều nào: mỗi điều cần bắt đầu một dòng bằng “Điều 1.”, “Điều 2.”…"
            )
        if self.instance.pk and self.instance.draft_parts.filter(comments__isnull=False).exists():
            raise forms.ValidationError(
                "Các phần của dự thảo đã có ý kiến góp ý: không thể nhận dạng lại, hãy sửa từng phần bên dưới."
            )
        self.parsed_parts = parsed
        return text

    def save(self, commit=True):
        page = super().save(commit=False)
        parsed = getattr(self, "parsed_parts", None)
        if parsed:
            from .models import DraftPart  # the models import this module's form

            page.draft_parts = [
                DraftPart(
                    kind=part.kind,
                    number=part.number[:50],
                    heading=part.heading[:255],
                    text=part.text,
                    sort_order=order,
                )
                for order, part in enumerate(parsed)
            ]
        if commit:
            page.save()
        return page


class ResponsePageForm(WagtailAdminPageForm):
    """The response's parts and representative opinions must be the forum's own."""

    def is_valid(self):
        # After the formsets are cleaned (ClusterForm cleans the page's fields first).
        if not super().is_valid():
            return False
        forum = self.parent_page if self.instance.pk is None else self.instance.get_parent()
        items = self.formsets.get("items")
        if forum is None or items is None:
            return True
        valid = True
        for form in items.forms:
            if not hasattr(form, "cleaned_data") or form.cleaned_data.get("DELETE"):
                continue
            part = form.cleaned_data.get("part")
            if part is not None and part.page_id != forum.pk:
                form.add_error("part", "Phần này không thuộc dự thảo của diễn đàn.")
                valid = False
            raw = (form.cleaned_data.get("representative_ids") or "").replace(" ", "")
            ids = [int(value) for value in raw.split(",") if value.isdigit() and len(value) <= 12]
            if ids:
                found = set(
                    Comment.objects.filter(pk__in=ids, page_id=forum.pk, status=APPROVED).values_list("pk", flat=True)
                )
                missing = [str(value) for value in ids if value not in found]
                if missing:
                    form.add_error(
                        "representative_ids",
                        f"Không có ý kiến đã duyệt mã số {', '.join(missing)} trong diễn đàn này.",
                    )
                    valid = False
        return valid
