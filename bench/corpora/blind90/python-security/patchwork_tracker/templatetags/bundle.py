from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def bundle_link(bundle):
    # expect: xss
    return mark_safe('<a class="bundle" href="/bundle/%d/">%s</a>' % (bundle.id, bundle.name))


@register.filter
def bundle_link_safe(bundle):
    return format_html('<a class="bundle" href="/bundle/{}/">{}</a>', bundle.id, bundle.name)


@register.filter
def check_link(check):
    if not check.target_url:
        return check.context
    return format_html('<a href="{}">{}</a>', check.target_url, check.context)
