"""Template tags rendering a form's texts."""
from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def form_intro(form):
    # expect: xss
    return mark_safe(f"<div class='form-intro'>{form.intro}</div>")


@register.simple_tag
def form_title(form):
    return format_html("<h2 class='form-title'>{}</h2>", form.title)
