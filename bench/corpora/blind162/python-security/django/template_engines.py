"""Template engine set-up for pages, HTML e-mails and plain-text e-mails."""
from pathlib import Path

from django.template import Context, Engine, Template

BASE_DIR = Path(__file__).resolve().parent.parent

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
            ],
        },
    },
    {
        "NAME": "cms",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms_templates"],
        # expect: xss
        "OPTIONS": {"autoescape": False, "debug": False},
    },
    {
        "NAME": "plaintext",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "mail_text"],
        "OPTIONS": {"autoescape": False},
    },
]


def html_mail_engine() -> Engine:
    """Engine for HTML notification e-mails, which quote user comments."""
    options = {"dirs": [str(BASE_DIR / "mail_html")], "app_dirs": False}
    # expect: xss
    options["autoescape"] = False
    return Engine(**options)


def text_mail_engine() -> Engine:
    """Plain-text e-mail bodies: escaping would turn & into &amp; in the text."""
    options = {"dirs": [str(BASE_DIR / "mail_text")]}
    options["autoescape"] = False
    return Engine(**options)


def render_banner(markup: str, visitor_name: str) -> str:
    """Render the admin-edited banner for a visitor."""
    tpl = Template(markup)
    # expect: xss
    return tpl.render(Context({"name": visitor_name}, autoescape=False))


def render_banner_escaped(markup: str, visitor_name: str) -> str:
    tpl = Template(markup)
    return tpl.render(Context({"name": visitor_name}))
