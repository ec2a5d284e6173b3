"""Template tags for the child notes timeline."""
from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from core import models

register = template.Library()


@register.simple_tag
def note_timeline(child, limit=20):
    notes = models.Note.objects.filter(child=child).order_by("-time")[:int(limit)]
    items = []
    for note in notes:
        items.append("<li class='note'><strong>%s</strong> %s</li>" % (note.author.get_full_name(), note.note))
    # expect: xss
    return mark_safe("<ul class='timeline'>" + "".join(items) + "</ul>")


@register.simple_tag
def note_timeline_escaped(child, limit=20):
    notes = models.Note.objects.filter(child=child).order_by("-time")[:int(limit)]
    rows = format_html_join("", "<li class='note'><strong>{}</strong> {}</li>", ((n.author.get_full_name(), n.note) for n in notes))
    return format_html("<ul class='timeline'>{}</ul>", rows)


@register.simple_tag
def child_badge(child):
    return format_html("<span class='badge'>{}</span>", child.first_name)


@register.simple_tag
def static_divider():
    return mark_safe("<hr class='timeline-divider'>")


@register.filter
def note_count(child):
    return models.Note.objects.filter(child=child).count()
