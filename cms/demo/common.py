"""Helpers every part of the demo uses: the local time zone, relative dates, publishing
a page with a back-dated history, slugs and article look-ups.

The loader and the section modules (directives, exemplars, forums) import this module;
it imports none of them, so imports only go downwards.
"""

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from wagtail.models import PageLogEntry, Revision

from cms.core.text import vn_slugify
from cms.news.models import ArticlePage, HomePage

from .validate import Invalid

CITY = "city"  # the outlets' keys in data/site.yaml
DISTRICT = "district"
LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
# Outlets and columns "went online" before the oldest demo article.
SITE_LAUNCH = datetime(2023, 1, 2, 8, 0, tzinfo=LOCAL_TZ)


class Out:
    """Progress messages to a stream (None: silent)."""

    def __init__(self, stream):
        self.stream = stream

    def __call__(self, message):
        if self.stream is not None:
            self.stream.write(message + ("" if message.endswith("\n") else "\n"))


# ---------------------------------------------------------------- relative dates

_OFFSET = re.compile(r"^([+-])(\d+(?:\.\d+)?)([mhd])$")
_DAYS_PER_UNIT = {"d": 1, "h": 1 / 24, "m": 1 / 1440}


def offset_days(text):
    """ "-3h", "-2d", "+21d", "-0.5d" -> days from the load time (negative: before)."""
    match = _OFFSET.match(text.strip()) if isinstance(text, str) else None
    if match is None:
        raise Invalid(f'cần một khoảng thời gian như "-3h", "-2d", "+21d"; không phải {text!r}')
    sign, number, unit = match.groups()
    value = float(number) if "." in number else int(number)
    if unit != "d":
        value = value * _DAYS_PER_UNIT[unit]
    return -value if sign == "-" else value


def offset(text):
    """A relative date: a timedelta from the load time."""
    return timedelta(days=offset_days(text))


def age_range(text):
    """ "-2d..-30d": (2, 30), the publication age in days, drawn at random in between."""
    if not isinstance(text, str) or ".." not in text:
        raise Invalid(f'cần một khoảng như "-2d..-30d" (từ 2 đến 30 ngày trước); không phải {text!r}')
    near, far = (offset_days(part) for part in text.split("..", 1))
    if near > 0 or far > 0:
        raise Invalid(f"thời điểm đăng phải ở quá khứ (dấu -), không phải {text!r}")
    return (-near, -far)


def local_minute(text):
    """ "YYYY-MM-DD HH:MM" in Asia/Ho_Chi_Minh."""
    if isinstance(text, datetime):
        text = f"{text:%Y-%m-%d %H:%M}"
    try:
        datetime.strptime(text, "%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        raise Invalid(f'cần thời điểm dạng "YYYY-MM-DD HH:MM", không phải {text!r}') from None
    return text


def local(value):
    return datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=LOCAL_TZ)


def local_time(now, day, hour=8, minute=30):
    """That day at that time, but never later than ten minutes ago."""
    when = datetime.combine(day, time(hour, minute), LOCAL_TZ)
    return min(when, now - timedelta(minutes=10))


# ---------------------------------------------------------------- pages


def slug(title, taken):
    base = vn_slugify(title)[:70].rstrip("-")
    if len(vn_slugify(title)) > 70 and "-" in base:
        base = base.rsplit("-", 1)[0]
    value, n = base, 2
    while value in taken:
        value, n = f"{base}-{n}", n + 1
    taken.add(value)
    return value


def publish(page, when=None, last=None):
    """Publish the page's current state; backdate it to `when` (and `last` if it was updated)."""
    revision = page.save_revision()
    revision.publish()
    if when is not None:
        last = last or when
        type(page).objects.filter(pk=page.pk).update(
            first_published_at=when, last_published_at=last, latest_revision_created_at=last
        )
        Revision.objects.filter(pk=revision.pk).update(created_at=last)
        PageLogEntry.objects.filter(page_id=page.pk).update(timestamp=when)
        page.first_published_at, page.last_published_at, page.latest_revision_created_at = when, last, last
    return page


def homes(data):
    """The outlets' home pages, {outlet: page}, or None when one is missing."""
    found = {
        outlet: HomePage.objects.filter(slug=data.outlets[outlet]["slug"], depth=2).first()
        for outlet in (CITY, DISTRICT)
    }
    return None if None in found.values() else found


class Articles:
    """Demo articles by title, read once each."""

    def __init__(self, homes):
        self.homes = homes
        self.found = {}

    def __call__(self, title, outlet=None):
        if title not in self.found:
            pages = ArticlePage.objects.filter(title=title)
            if outlet is not None:
                pages = pages.descendant_of(self.homes[outlet])
            page = pages.first()
            if page is None:
                raise LookupError(f"Nội dung mẫu: không tìm thấy bài viết “{title}”.")
            self.found[title] = page
        return self.found[title]
