"""Template tags of the messages app."""
from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def thread_subject(thread):
    return format_html("<strong>{}</strong>", thread.subject)


@register.simple_tag
def thread_preview(thread):
    last = thread.messages.order_by("-pk").first()
    body = last.content[:80] if last else ""
    # expect: xss
    return mark_safe(f"<span class=\"preview\">{body}</span>")


@register.filter
def unread_badge(count):
    return mark_safe('<span class="badge">%d</span>' % int(count))
