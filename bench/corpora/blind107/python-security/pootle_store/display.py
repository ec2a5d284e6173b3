from django.utils.html import format_html
from django.utils.safestring import mark_safe


def unit_source_html(unit):
    highlighted = "<span class='source'>%s</span>" % unit.source
    # expect: xss
    return mark_safe(highlighted)


def unit_source_html_escaped(unit):
    return format_html("<span class='source'>{}</span>", unit.source)
