"""An editor who switches the admin to English still sees dates as dd/mm/yyyy
(WAGTAIL_DATE_FORMAT is one setting for every language), so they are read the
same way: day first. Display formats come from Django's `en` locale."""

from cms.core.formats.vi.formats import DATE_INPUT_FORMATS, DATETIME_INPUT_FORMATS, TIME_INPUT_FORMATS

__all__ = ["DATE_INPUT_FORMATS", "DATETIME_INPUT_FORMATS", "TIME_INPUT_FORMATS"]
