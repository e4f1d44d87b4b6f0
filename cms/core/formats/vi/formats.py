"""Input formats matching what the admin shows (WAGTAIL_DATE_FORMAT "%d/%m/%Y").

Django's own `vi` locale sets no *_INPUT_FORMATS, so without this module a date the
admin displays as 05/07/2023 was parsed month-first (7 May) on save, a day above 12
could not be saved, and a go-live time was read backwards. Day first always; ISO
forms stay accepted for the API, imports and scripts. Everything else (separators,
display formats) still comes from Django's `vi` locale.
"""

DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # 05/07/2023: what the admin's date picker writes
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%Y-%m-%d",  # ISO
]
TIME_INPUT_FORMATS = ["%H:%M", "%H:%M:%S", "%H:%M:%S.%f"]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M",  # 11/12/2026 08:00: what the admin's date-time picker writes
    "%d/%m/%Y %H:%M:%S",
    "%d-%m-%Y %H:%M",
    "%d.%m.%Y %H:%M",
    "%Y-%m-%d %H:%M:%S",  # ISO
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%d/%m/%Y",
    "%Y-%m-%d",
]
