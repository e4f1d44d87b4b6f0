"""The public comment form, used as is by the HTML page and by the JSON API,
so both apply exactly the same rules."""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError

from cms.core.params import MAX_ID
from cms.core.text import is_ascii_digits, without_invisible

from .models import REPORT_REASONS
from .services import InvalidParent, reply_target

# The salt is a stored value (stamps in forms already shown): kept from the forums app.
FORM_STAMP_SALT = "forums.comment"
NUL_MESSAGE = "Nội dung có ký tự không hợp lệ (ký tự NUL); vui lòng gõ lại."
MAX_LENGTH_MESSAGE = "Tối đa %(limit_value)d ký tự (bạn đã nhập %(show_value)d)."


def form_stamp():
    """When the form was shown, signed so it cannot be forged."""
    return signing.dumps(time.time(), salt=FORM_STAMP_SALT)


def stamp_time(value):
    """The time a stamp was made, or None when missing or tampered with.

    No max_age: a form left open for a day was still filled in by a person."""
    if not value or not isinstance(value, str):
        return None
    try:
        return float(signing.loads(value, salt=FORM_STAMP_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return None


class NoNulMixin:
    """Django's own NUL check answers in English and only after other checks."""

    def to_python(self, value):
        if isinstance(value, str) and "\x00" in value:
            raise ValidationError(NUL_MESSAGE, code="null_characters_not_allowed")
        return super().to_python(value)


class TextField(NoNulMixin, forms.CharField):
    pass


class EmailField(NoNulMixin, forms.EmailField):
    pass


class ChoiceField(NoNulMixin, forms.ChoiceField):
    pass


def clean_phone_number(phone):
    digits = "".join(ch for ch in phone if is_ascii_digits(ch))
    if phone and (len(digits) < 9 or len(digits) > 12 or any(ch not in "0123456789 +.-()" for ch in phone)):
        raise ValidationError("Số điện thoại không hợp lệ (9–12 chữ số).")
    return phone


class CommentForm(forms.Form):
    author_name = TextField(
        label="Họ và tên",
        max_length=100,
        error_messages={"required": "Vui lòng nhập họ tên của bạn."},
    )
    author_email = EmailField(
        label="Email",
        max_length=254,
        help_text="Không hiển thị công khai.",
        error_messages={"required": "Vui lòng nhập email của bạn.", "invalid": "Địa chỉ email không hợp lệ."},
    )
    body = TextField(
        label="Nội dung",
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Vui lòng nhập nội dung bình luận."},
    )
    parent = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_ID,
        widget=forms.HiddenInput,
        error_messages={
            "invalid": "Bình luận được trả lời không hợp lệ.",
            "min_value": "Bình luận được trả lời không hợp lệ.",
            "max_value": "Bình luận được trả lời không hợp lệ.",
        },
    )
    notify_on_publish = forms.BooleanField(required=False, label="Báo cho tôi qua email khi bình luận được đăng")
    # Hidden from people by CSS: only robots fill it in.
    website = TextField(required=False, label="Để trống ô này", max_length=200)
    stamp = TextField(required=False, widget=forms.HiddenInput)

    def __init__(self, page, data=None, **kwargs):
        super().__init__(data=data, **kwargs)
        self.page = page.specific if hasattr(page, "specific") else page
        self.sections = {}  # a forum's sections, filled in by its hook
        self.parts = {}  # a forum's draft parts (issue 15), likewise
        fields = self.fields
        # Page-type fields (a forum's stance, sections, required contact details).
        self.page.add_comment_fields(self)
        fields["body"].widget.attrs["maxlength"] = settings.COMMENT_MAX_LENGTH
        for field in fields.values():
            field.error_messages["max_length"] = MAX_LENGTH_MESSAGE
        if not self.is_bound:
            self.initial["stamp"] = form_stamp()
        self.order_fields(
            [
                "author_name",
                "author_email",
                "phone",
                "locality",
                "organisation",
                "stance",
                "section",
                "part",
                "body",
                "proposed_wording",
                "notify_on_publish",
            ]
        )

    # --- fields

    def clean_author_name(self):
        name = " ".join(self.cleaned_data["author_name"].split())
        if not without_invisible(name).strip():
            raise ValidationError("Vui lòng nhập họ tên của bạn.")
        return name

    def clean_phone(self):
        return clean_phone_number(self.cleaned_data.get("phone", "").strip())

    def clean_body(self):
        # Django already stripped the ends; browsers send CRLF line ends, counted
        # once like the textarea's maxlength does. Otherwise stored as typed: it is
        # escaped when shown, never "cleaned" of HTML.
        body = self.cleaned_data["body"].replace("\r\n", "\n")
        # Only zero-width spaces and the like: nothing a reader could see.
        if not without_invisible(body).strip():
            raise ValidationError(self.fields["body"].error_messages["required"], code="required")
        minimum, maximum = settings.COMMENT_MIN_LENGTH, settings.COMMENT_MAX_LENGTH
        if len(body) < minimum:
            raise ValidationError(f"Nội dung quá ngắn: cần ít nhất {minimum} ký tự.")
        if len(body) > maximum:
            raise ValidationError(f"Nội dung quá dài: tối đa {maximum} ký tự (bạn đã nhập {len(body)}).")
        return body

    def clean_section(self):
        key = self.cleaned_data.get("section")
        return self.sections.get(key) if key else None

    def clean_part(self):
        key = self.cleaned_data.get("part")
        return self.parts.get(key) if key else None

    def clean_proposed_wording(self):
        wording = (self.cleaned_data.get("proposed_wording") or "").replace("\r\n", "\n").strip()
        if wording and not without_invisible(wording).strip():
            return ""
        return wording

    def clean_parent(self):
        parent_id = self.cleaned_data.get("parent")
        if parent_id is None:
            return None
        try:
            reply_target(self.page, parent_id)
        except InvalidParent as error:
            raise ValidationError(error.message)
        return parent_id

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("proposed_wording") and not cleaned.get("part") and "part" not in self.errors:
            self.add_error("part", "Chọn phần dự thảo mà bạn đề xuất sửa.")
        if cleaned.get("notify_on_publish") and not cleaned.get("author_email") and "author_email" not in self.errors:
            self.add_error("author_email", "Cần có email để chúng tôi báo cho bạn khi bình luận được đăng.")
        return cleaned

    # --- robot signals, passed to the checks (never shown as field errors)

    @property
    def honeypot(self):
        value = self.data.get("website", "") if self.is_bound else ""
        return value if isinstance(value, str) else "x"

    @property
    def shown_at(self):
        return stamp_time(self.data.get("stamp")) if self.is_bound else None


class ReportForm(forms.Form):
    reason = ChoiceField(
        label="Lý do",
        choices=REPORT_REASONS,
        error_messages={
            "required": "Vui lòng chọn lý do báo vi phạm.",
            "invalid_choice": "Lý do báo vi phạm không hợp lệ.",
        },
    )
    note = TextField(label="Ghi chú", required=False, max_length=500, error_messages={"max_length": MAX_LENGTH_MESSAGE})
