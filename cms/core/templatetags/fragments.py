"""{% fragment "name" vary_on… %}…{% endfragment %}: Django's {% cache %} with the reader
pages' lifetime and version (cms/core/fragments.py) filled in, and no caching at all where
they are missing (error pages, e-mails, anything rendered without the request)."""

from django import template
from django.core.cache import InvalidCacheBackendError, caches
from django.core.cache.utils import make_template_fragment_key

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        seconds = context.get("fragment_seconds") or 0
        version = context.get("fragment_version") or ""
        if not seconds or not version:
            return self.nodelist.render(context)
        name = self.name.resolve(context)
        key = make_template_fragment_key(name, [version, *(var.resolve(context) for var in self.vary_on)])
        try:
            cache = caches["fragments"]
        except InvalidCacheBackendError:  # settings without the alias: render, keep nothing
            return self.nodelist.render(context)
        value = cache.get(key)
        if value is None:
            value = self.nodelist.render(context)
            cache.set(key, value, seconds)
        return value


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("'fragment' needs a name: {% fragment \"name\" vary_on… %}")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]])
