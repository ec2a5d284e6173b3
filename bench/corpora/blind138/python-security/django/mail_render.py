"""Render notification e-mails and pages with Django's template engine."""
from django.conf import settings
from django.template import Context, Engine, Template
from django.template.loader import render_to_string

text_engine = Engine(dirs=[settings.BASE_DIR / "templates" / "text"], autoescape=False)


def render_notification(template_src, user, message):
    # expect: xss
    ctx = Context({"user": user, "message": message}, autoescape=False)
    return Template(template_src).render(ctx)


def render_digest(items, user):
    # expect: xss
    options = {"autoescape": False, "use_l10n": True}
    return Template("<ul>{% for i in items %}<li>{{ i.title }}</li>{% endfor %}</ul>").render(Context({"items": items, "user": user}, **options))


def banner_engine():
    opts = {"dirs": [settings.BASE_DIR / "templates" / "banners"], "debug": False}
    # expect: xss
    opts["autoescape"] = False
    return Engine(**opts)


def render_comment(comment):
    return Template("<p>{{ comment.body }}</p>").render(Context({"comment": comment}, autoescape=True))


def render_page(request, page):
    return render_to_string("pages/detail.html", {"page": page}, request=request)


def render_sms(user, code):
    return text_engine.from_string("Hi {{ name }}, your code is {{ code }}").render(Context({"name": user.first_name, "code": code}))
