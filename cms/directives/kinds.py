"""Kinds of directive documents (loại văn bản), their number codes and issuer levels.

The kind code is the part of a number (số hiệu) that names the kind: `23-CT/TU`
is a Chỉ thị (CT). Party documents write `<số>-<loại>/<cơ quan>`, State documents
`<số>/<loại>-<cơ quan>`; both carry the same three parts.
"""

from django.db.models import Q
from django.utils import timezone

# value -> (label, accepted codes; the first is how the code is written)
KINDS = {
    "nghi-quyet": ("Nghị quyết", ["NQ"]),
    "chi-thi": ("Chỉ thị", ["CT"]),
    "ket-luan": ("Kết luận", ["KL"]),
    # The Party writes Quy định as QĐi (since 2017) and earlier as QĐ.
    "quy-dinh": ("Quy định", ["QĐi", "QĐ"]),
    "quyet-dinh": ("Quyết định", ["QĐ"]),
    "ke-hoach": ("Kế hoạch", ["KH"]),
    "huong-dan": ("Hướng dẫn", ["HD"]),
    "thong-bao": ("Thông báo", ["TB"]),
    "cong-van": ("Công văn", ["CV"]),
}

KIND_CHOICES = [(value, label) for value, (label, _codes) in KINDS.items()]

ISSUER_LEVELS = [
    ("trung-uong", "Trung ương"),
    ("thanh-uy", "Thành ủy"),
    ("quan-huyen-uy", "Quận ủy – Huyện ủy"),
    ("dang-uy-phuong-xa", "Đảng ủy phường – xã"),
    ("ubnd-thanh-pho", "UBND thành phố"),
    ("ubnd-phuong-xa", "UBND phường – xã"),
    ("khac", "Cơ quan khác"),
]

STATUS_CHOICES = [
    ("con-hieu-luc", "Còn hiệu lực"),
    ("het-hieu-luc", "Hết hiệu lực"),
    ("bi-thay-the", "Bị thay thế"),
    ("chua-co-hieu-luc", "Chưa có hiệu lực"),
]

# How one directive relates to another ("this one <verb> that one"); each is
# shown both ways on the two pages.
RELATION_CHOICES = [
    ("implements", "Triển khai thực hiện"),
    ("guides", "Hướng dẫn thực hiện"),
    ("replaces", "Thay thế"),
    ("amends", "Sửa đổi, bổ sung"),
    # NukeViet's "văn bản liên quan" (issue 16): related, without saying how.
    ("relates", "Liên quan"),
]
RELATION_INVERSE_LABELS = {
    "implements": "Được triển khai bởi",
    "guides": "Được hướng dẫn bởi",
    "replaces": "Bị thay thế bởi",
    "amends": "Được sửa đổi, bổ sung bởi",
    "relates": "Liên quan",
}

MILESTONE_CHOICES = [
    ("ban-hanh", "Ban hành"),
    ("trien-khai", "Triển khai"),
    ("so-ket", "Sơ kết"),
    ("tong-ket", "Tổng kết"),
    ("khac", "Mốc khác"),
]


def status_rule(status, today=None):
    """Q on a queryset annotated by with_replaced_flag(): the derived status is `status`
    (None for an unknown status). Shared by with_status and the library's counts."""
    today = today or timezone.localdate()
    not_replaced = Q(is_replaced=False)
    automatic = Q(status_override="")
    if status == "bi-thay-the":
        rule = automatic & Q(is_replaced=True)
    elif status == "chua-co-hieu-luc":
        rule = automatic & not_replaced & Q(effective_from__gt=today)
    elif status == "het-hieu-luc":
        rule = automatic & not_replaced & Q(effective_from__lte=today, effective_until__lt=today)
    elif status == "con-hieu-luc":
        rule = (
            automatic
            & not_replaced
            & Q(effective_from__lte=today)
            & (Q(effective_until__isnull=True) | Q(effective_until__gte=today))
        )
    else:
        return None
    return rule | Q(status_override=status)


# ---------------------------------------------------------------- tasks (nhiệm vụ) of a directive

# What editors choose. "Chậm tiến độ" is never stored: a task not done whose deadline
# has passed (today in Asia/Ho_Chi_Minh) is late, whatever editors last chose.
TASK_NOT_STARTED = "chua-trien-khai"
TASK_IN_PROGRESS = "dang-thuc-hien"
TASK_DONE = "hoan-thanh"
TASK_LATE = "cham-tien-do"
TASK_STATUS_CHOICES = [
    (TASK_NOT_STARTED, "Chưa triển khai"),
    (TASK_IN_PROGRESS, "Đang thực hiện"),
    (TASK_DONE, "Hoàn thành"),
]
TASK_STATUS_LABELS = {**dict(TASK_STATUS_CHOICES), TASK_LATE: "Chậm tiến độ"}
# The API's ?status= names (English, like the rest of /api/) and the stored values they mean.
TASK_API_STATUSES = {
    "not_started": TASK_NOT_STARTED,
    "in_progress": TASK_IN_PROGRESS,
    "done": TASK_DONE,
    "late": TASK_LATE,
}

REPORT_KIND_CHOICES = [
    ("thuong", "Cập nhật tiến độ"),
    ("so-ket", "Sơ kết"),
    ("tong-ket", "Tổng kết"),
]
