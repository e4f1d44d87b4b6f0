"""The public nomination form (đề cử điển hình tiên tiến)."""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from PIL import Image

from cms.core.image_forms import check_image_decodes
from cms.core.text import is_ascii_digits

from .models import EXEMPLAR_KINDS, Locality, Nomination

# Humans take a few seconds to fill the form in; robots post at once.
MIN_SECONDS_TO_FILL = 3
FORM_STAMP_SALT = "exemplars.nomination"
ALLOWED_IMAGE_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP"}


def form_stamp():
    return signing.dumps(time.time(), salt=FORM_STAMP_SALT)


class NominationForm(forms.ModelForm):
    # A field hidden from people by CSS: only robots fill it in.
    website = forms.CharField(required=False, label="Để trống ô này", max_length=200)
    stamp = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Nomination
        fields = ["name", "kind", "locality", "reason", "contact_name", "contact_phone", "contact_email", "photo"]
        labels = {
            "name": "Tên cá nhân, tập thể, mô hình hoặc sáng kiến",
            "reason": "Vì sao bạn đề cử (thành tích, cách làm, kết quả)",
            "contact_name": "Họ và tên người đề cử",
            "contact_phone": "Số điện thoại",
            "contact_email": "Email",
            "photo": "Ảnh (không bắt buộc; JPEG, PNG hoặc WebP)",
        }
        widgets = {"reason": forms.Textarea(attrs={"rows": 6})}
        error_messages = {
            "name": {"required": "Vui lòng nhập tên điển hình bạn đề cử."},
            "kind": {"required": "Vui lòng chọn loại điển hình.", "invalid_choice": "Loại điển hình không hợp lệ."},
            "locality": {
                "required": "Vui lòng chọn phường, xã.",
                "invalid_choice": "Phường, xã không có trong danh sách.",
            },
            "reason": {"required": "Vui lòng cho biết vì sao bạn đề cử."},
            "contact_name": {"required": "Vui lòng nhập họ tên của bạn để tòa soạn liên hệ."},
            "contact_email": {"invalid": "Địa chỉ email không hợp lệ."},
            "photo": {"invalid_image": "File ảnh không đọc được: hãy gửi ảnh JPEG, PNG hoặc WebP."},
        }

    MAX_REASON_LENGTH = 5000

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", "— Chọn loại —")] + EXEMPLAR_KINDS
        self.fields["locality"].queryset = Locality.objects.all()
        self.fields["locality"].empty_label = "— Chọn phường, xã —"
        self.fields["reason"].widget.attrs["maxlength"] = self.MAX_REASON_LENGTH
        for field in self.fields.values():
            field.error_messages["max_length"] = "Tối đa %(limit_value)d ký tự (bạn đã nhập %(show_value)d)."
        if not self.is_bound:
            self.initial["stamp"] = form_stamp()

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if len(reason) > self.MAX_REASON_LENGTH:
            raise ValidationError(f"Tối đa {self.MAX_REASON_LENGTH} ký tự (bạn đã nhập {len(reason)}).")
        if len(reason) < 20:
            raise ValidationError("Hãy viết ít nhất 20 ký tự về thành tích của điển hình.")
        return reason

    def clean_contact_phone(self):
        phone = self.cleaned_data.get("contact_phone", "").strip()
        digits = "".join(ch for ch in phone if is_ascii_digits(ch))
        if phone and (len(digits) < 9 or len(digits) > 12 or any(ch not in "0123456789 +.-()" for ch in phone)):
            raise ValidationError("Số điện thoại không hợp lệ (9–12 chữ số).")
        return phone

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if not photo:
            return photo
        if photo.size > settings.NOMINATION_MAX_PHOTO_BYTES:
            raise ValidationError(
                f"Ảnh quá lớn ({filesizeformat(photo.size)}); tối đa {filesizeformat(settings.NOMINATION_MAX_PHOTO_BYTES)}."
            )
        # Django's ImageField already checked Pillow can read it; check the kind
        # and the pixel count (a small file can decode to a huge image).
        photo.seek(0)
        try:
            with Image.open(photo) as image:
                fmt, (width, height) = image.format, image.size
        except (OSError, Image.DecompressionBombError):
            raise ValidationError("Ảnh quá lớn hoặc không đọc được.")
        if fmt not in ALLOWED_IMAGE_FORMATS:
            raise ValidationError("Chỉ nhận ảnh JPEG, PNG hoặc WebP.")
        if width * height > settings.NOMINATION_MAX_PHOTO_PIXELS:
            raise ValidationError(
                f"Ảnh {width}×{height} điểm ảnh quá lớn; tối đa {settings.NOMINATION_MAX_PHOTO_PIXELS // 1_000_000} triệu điểm ảnh."
            )
        # Decoded in full (bounded by the pixel check above): a file cut short in
        # transfer has a whole header and would fail only when an editor uses it.
        check_image_decodes(photo)
        photo.seek(0)
        # Stored under a random name (see Nomination.photo) with the extension of what it is.
        photo.name = "anh." + {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}[fmt]
        return photo

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("contact_phone") or cleaned.get("contact_email")):
            if "contact_phone" not in self.errors and "contact_email" not in self.errors:
                self.add_error("contact_phone", "Để lại số điện thoại hoặc email để tòa soạn liên hệ.")
        return cleaned

    # --- robot checks (not shown as field errors)

    def is_robot(self):
        if self.data.get("website"):
            return True
        try:
            shown_at = signing.loads(self.data.get("stamp", ""), salt=FORM_STAMP_SALT, max_age=24 * 3600)
        except signing.BadSignature:
            return False  # an old or missing stamp is not proof of a robot; the rate limit still applies
        return time.time() - float(shown_at) < MIN_SECONDS_TO_FILL
