"""{% responsive_picture image "card" alt="" eager=True %}: the site's pictures (cms/core/pictures.py)."""

from django import template

from cms.core.pictures import picture

register = template.Library()


@register.simple_tag
def responsive_picture(image, kind, alt="", eager=False, **attrs):
    if not image:
        return ""
    return picture(image, kind, alt=alt, eager=eager, **{key.replace("_", "-"): value for key, value in attrs.items()})
