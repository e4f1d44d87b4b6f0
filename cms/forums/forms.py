"""What a forum adds to the reader's comment form (cms.comments.forms.CommentForm),
through the engine's `add_comment_fields` hook on the page: a stance, the forum's
sections, and the contact details the forum requires."""

from django import forms

from cms.comments.forms import ChoiceField, TextField
from cms.comments.models import STANCE_CHOICES

PROPOSED_WORDING_MAX = 5000


def add_forum_fields(page, form):
    fields = form.fields
    fields["body"].label = "Ý kiến góp ý"
    fields["body"].error_messages["required"] = "Vui lòng nhập ý kiến góp ý."
    fields["notify_on_publish"].label = "Báo cho tôi qua email khi ý kiến được đăng"
    if not page.require_email:
        fields["author_email"].required = False
        fields["author_email"].help_text = "Không bắt buộc; không hiển thị công khai."
    if page.require_phone:
        fields["phone"] = TextField(
            label="Điện thoại",
            max_length=20,
            help_text="Không hiển thị công khai.",
            error_messages={"required": "Vui lòng nhập số điện thoại."},
        )
    if page.require_locality:
        fields["locality"] = TextField(
            label="Phường, xã nơi bạn sống hoặc làm việc",
            max_length=100,
            error_messages={"required": "Vui lòng cho biết phường, xã."},
        )
    if page.require_organisation:
        fields["organisation"] = TextField(
            label="Cơ quan, tổ chức",
            max_length=200,
            error_messages={"required": "Vui lòng cho biết cơ quan, tổ chức của bạn."},
        )
    fields["stance"] = ChoiceField(
        label="Quan điểm của bạn",
        choices=STANCE_CHOICES,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Vui lòng chọn quan điểm: đồng ý, không đồng ý hoặc ý kiến khác.",
            "invalid_choice": "Quan điểm không hợp lệ.",
        },
    )
    # Read once: the choices and the lookup in CommentForm.clean_section use the same rows.
    form.sections = {str(section.pk): section for section in page.sections.all()}
    if form.sections:
        fields["section"] = ChoiceField(
            label="Góp ý cho mục",
            required=False,
            choices=[("", "Góp ý chung (không theo mục)")]
            + [(key, section.title) for key, section in form.sections.items()],
            error_messages={"invalid_choice": "Mục góp ý không có trong diễn đàn này."},
        )
    # Issue 15: an opinion on one part of the draft, and proposed wording. The field is
    # there whenever the forum has parts, so an id of another forum's part is refused.
    parts = page.parts() if page.pk else []
    form.parts = {str(part.pk): part for part in parts}
    if form.parts:
        fields["part"] = ChoiceField(
            label="Góp ý cho phần dự thảo",
            required=False,
            choices=[("", "Góp ý chung cho cả dự thảo")]
            + [
                (key, f"{part.label}. {part.heading}" if part.heading else part.label)
                for key, part in form.parts.items()
            ],
            error_messages={"invalid_choice": "Phần dự thảo này không có trong diễn đàn."},
        )
        fields["proposed_wording"] = TextField(
            label="Đề xuất sửa thành (không bắt buộc)",
            required=False,
            max_length=PROPOSED_WORDING_MAX,
            widget=forms.Textarea(attrs={"rows": 3, "maxlength": PROPOSED_WORDING_MAX}),
            help_text="Nội dung bạn đề nghị thay cho phần đã chọn.",
        )
