"""A small checker for the demo's YAML files: each file's shape is written as rules
(see content.py), and a file that does not match stops the load with one message
naming the file and the entry, before anything is written to the database.

Rules: a Python type (str, int, float, bool: a value of that type), a list of one rule
(a list whose items match it), a dict (a mapping with those fields; "name?" marks an
optional one; no other field allowed), MapOf(rule) (any keys, values matching rule),
OneOf(...) (one of the values), Block(kind=rule, ...) ({kind: value}), or any callable value -> converted value that raises
Invalid (e.g. the relative dates of dates.py).
"""

from datetime import date


class DemoDataError(Exception):
    """A demo data file is missing, unreadable or does not match its rules."""


class Invalid(ValueError):
    """Raised by a rule; the checker adds where it happened."""


class MapOf:
    def __init__(self, rule):
        self.rule = rule


class OneOf:
    def __init__(self, *choices):
        self.choices = choices


class Block:
    """A StreamField block written as {kind: value}: one key, one of `kinds` (name -> rule)."""

    def __init__(self, **kinds):
        self.kinds = kinds


def rgb(value):
    if not (isinstance(value, list) and len(value) == 3 and all(isinstance(v, int) and 0 <= v <= 255 for v in value)):
        raise Invalid("cần một màu [đỏ, lục, lam], mỗi số từ 0 đến 255")
    return tuple(value)


def iso_date(value):
    """A date written as 2025-06-10 (YAML reads it as a date, or as a string when quoted)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return value
    raise Invalid(f"cần một ngày dạng YYYY-MM-DD, không phải {value!r}")


def optional(rule):
    """The rule, or null."""

    def check(value):
        return None if value is None else check_value(value, rule)

    return check


_TYPE_NAMES = {str: "một chuỗi", int: "một số nguyên", float: "một số", bool: "true hoặc false"}

# How an entry is named in a message: the first of these fields it has.
_LABEL_FIELDS = ("number", "title", "name", "who", "word", "key", "username")


def _label(item):
    if isinstance(item, dict):
        for field in _LABEL_FIELDS:
            if isinstance(item.get(field), str):
                text = item[field]
                return f' ("{text[:40]}…")' if len(text) > 40 else f' ("{text}")'
    return ""


class _At(Exception):
    """An Invalid with the path (outermost first) where it happened."""

    def __init__(self, path, message):
        self.path, self.message = path, message


def check_value(value, rule):
    if isinstance(rule, type):
        ok = isinstance(value, rule) and not (rule in (int, float) and isinstance(value, bool))
        if rule is float and isinstance(value, int) and not isinstance(value, bool):
            ok = True
        if not ok:
            raise Invalid(f"cần {_TYPE_NAMES.get(rule, rule.__name__)}, không phải {value!r}")
        return value
    if isinstance(rule, OneOf):
        if value not in rule.choices:
            raise Invalid(f"cần một trong {', '.join(map(str, rule.choices))}; không phải {value!r}")
        return value
    if isinstance(rule, list):
        if not isinstance(value, list):
            raise Invalid("cần một danh sách")
        result = []
        for number, item in enumerate(value, start=1):
            try:
                result.append(check_value(item, rule[0]))
            except Invalid as error:
                raise _At([f"mục {number}{_label(item)}"], str(error)) from None
            except _At as error:
                raise _At([f"mục {number}{_label(item)}", *error.path], error.message) from None
        return result
    if isinstance(rule, MapOf):
        if not isinstance(value, dict):
            raise Invalid("cần một bảng (tên: giá trị)")
        result = {}
        for key, item in value.items():
            try:
                result[key] = check_value(item, rule.rule)
            except Invalid as error:
                raise _At([f'"{key}"'], str(error)) from None
            except _At as error:
                raise _At([f'"{key}"', *error.path], error.message) from None
        return result
    if isinstance(rule, Block):
        if not (isinstance(value, dict) and len(value) == 1 and next(iter(value)) in rule.kinds):
            raise Invalid(f"cần một khối {{loại: giá trị}}, loại là một trong {', '.join(rule.kinds)}")
        (kind, item), *_ = value.items()
        try:
            return {kind: check_value(item, rule.kinds[kind])}
        except Invalid as error:
            raise _At([f'khối "{kind}"'], str(error)) from None
        except _At as error:
            raise _At([f'khối "{kind}"', *error.path], error.message) from None
    if isinstance(rule, dict):
        if not isinstance(value, dict):
            raise Invalid("cần một bảng các trường")
        fields = {name.rstrip("?"): name.endswith("?") for name in rule}
        for name in fields:
            if not fields[name] and name not in value:
                raise Invalid(f'thiếu trường "{name}"')
        for name in value:
            if name not in fields:
                raise Invalid(f'trường lạ "{name}" (các trường: {", ".join(fields)})')
        result = {}
        for name, item in value.items():
            sub = rule[name] if name in rule else rule[name + "?"]
            try:
                result[name] = check_value(item, sub)
            except Invalid as error:
                raise _At([f'trường "{name}"'], str(error)) from None
            except _At as error:
                raise _At([f'trường "{name}"', *error.path], error.message) from None
        return result
    if callable(rule):
        return rule(value)
    raise TypeError(f"unknown rule {rule!r}")


def check(value, rule, filename):
    """The value converted by the rule; DemoDataError "<file>, <where>: <what>" if it does not match."""
    try:
        return check_value(value, rule)
    except Invalid as error:
        raise DemoDataError(f"{filename}: {error}") from None
    except _At as error:
        path = list(error.path)
        if path[0].startswith('trường "'):  # a top-level section: named without quotes
            path[0] = path[0][len('trường "') : -1]
        raise DemoDataError(f"{filename}, {' › '.join(path)}: {error.message}") from None


def fail(filename, where, message):
    raise DemoDataError(f"{filename}, {where}: {message}")
