"""Template helpers and admin columns for the blog app."""
from django import template
from django.contrib import admin
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils import safestring

import bleach
import markdown

from .models import Post

register = template.Library()


@register.filter
def render_markdown(text):
    # expect: xss
    return mark_safe(markdown.markdown(text))


@register.simple_tag
def author_badge(post):
    html = '<span class="badge">' + post.author.display_name + "</span>"
    # expect: xss
    return mark_safe(html)


@register.simple_tag
def tag_links(post):
    links = "".join(f'<a href="/tag/{t.slug}">{t.name}</a>' for t in post.tags.all())
    # expect: xss
    return safestring.mark_safe(links)


@admin.register(Post)
class PostAdmin(admin.ModelAdmin):
    list_display = ("title", "status_badge", "preview")

    @admin.display(description="Status")
    def status_badge(self, obj):
        return format_html('<span class="status status-{}">{}</span>', obj.status, obj.get_status_display())

    @admin.display(description="Preview")
    def preview(self, obj):
        # expect: xss
        return mark_safe(
            "<div class='preview'>%s</div>" % obj.summary
        )


@register.simple_tag
def sanitized_markdown(text):
    return mark_safe(bleach.clean(markdown.markdown(text), tags=["p", "a", "em", "strong", "code"]))


@register.simple_tag
def divider():
    return mark_safe("<hr class='divider'>")


@register.simple_tag
def tag_list(post):
    return format_html_join(", ", '<a href="/tag/{}">{}</a>', ((t.slug, t.name) for t in post.tags.all()))
