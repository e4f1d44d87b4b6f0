"""Vietnamese date lines and numbers, as the outlets print them."""

from django import template
from django.utils import timezone

register = template.Library()

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


@register.filter
def vn_dateline(value):
    """`Thứ hai - 15/05/2023 03:15` in Asia/Ho_Chi_Minh time."""
    if not value:
        return ""
    local = timezone.localtime(value)
    return f"{WEEKDAYS[local.weekday()]} - {local:%d/%m/%Y %H:%M}"


@register.filter
def iso_datetime(value):
    """ISO 8601 in Asia/Ho_Chi_Minh time without microseconds, which HTML's
    <time datetime> does not allow (the W3C validator flags `|date:'c'`)."""
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(microsecond=0).isoformat()


@register.filter
def vn_date(value):
    if not value:
        return ""
    if hasattr(value, "hour") and timezone.is_aware(value):
        value = timezone.localtime(value)
    return f"{value:%d/%m/%Y}"


@register.filter
def vn_number(value):
    """1234567 -> 1.234.567 (Vietnamese thousands separator)."""
    try:
        return f"{int(value):,}".replace(",", ".")
    except (TypeError, ValueError):
        return value


@register.filter
def filesize_vn(num_bytes):
    try:
        size = float(num_bytes)
    except (TypeError, ValueError):
        return ""
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            text = f"{size:.0f}" if unit == "B" else f"{size:.1f}".replace(".", ",")
            return f"{text} {unit}"
        size /= 1024
