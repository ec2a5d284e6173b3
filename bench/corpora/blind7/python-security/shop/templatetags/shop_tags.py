from django import template
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def price_badge(product):
    return format_html('<span class="badge badge-{}">{}</span>', product.currency.lower(), product.price)


@register.filter
def highlight(text, term):
    if not term:
        return text
    # expect: xss
    return mark_safe(text.replace(term, "<mark>%s</mark>" % term))


@register.filter
def highlight_safe(text, term):
    escaped = escape(text)
    return mark_safe(escaped.replace(escape(term), format_html("<mark>{}</mark>", term)))


@register.simple_tag
def review_body(review):
    # expect: xss
    return mark_safe(f"<blockquote>{review.body}</blockquote><cite>{review.author_name}</cite>")


@register.simple_tag
def tag_list(tags):
    return format_html_join(", ", '<a href="/tags/{}/">{}</a>', ((t.slug, t.name) for t in tags))


@register.simple_tag
def stars(rating):
    full = int(rating)
    return mark_safe("&#9733;" * full + "&#9734;" * (5 - full))


@register.inclusion_tag("shop/_breadcrumbs.html")
def breadcrumbs(category):
    return {"trail": category.get_ancestors(include_self=True)}
