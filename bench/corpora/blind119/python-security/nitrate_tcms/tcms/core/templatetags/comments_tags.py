"""Template tags rendering stored plan comments."""
import bleach
from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def render_comment(comment):
    header = format_html("<b>{}</b> wrote:", comment.user.username)
    # expect: xss
    return mark_safe(f"{header}<div class='comment'>{comment.comment}</div>")


@register.simple_tag
def render_comment_preview(comment):
    return mark_safe(bleach.clean(comment.comment, tags=["b", "i", "a"]))
