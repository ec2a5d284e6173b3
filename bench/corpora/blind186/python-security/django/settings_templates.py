"""Template settings, split out of settings.py."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

CONTEXT_PROCESSORS = [
    "django.template.context_processors.debug",
    "django.template.context_processors.request",
    "django.contrib.auth.context_processors.auth",
    "django.contrib.messages.context_processors.messages",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        # expect: xss
        "OPTIONS": {"autoescape": False, "context_processors": CONTEXT_PROCESSORS},
    },
    {
        "NAME": "plaintext",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates" / "text"],
        "APP_DIRS": False,
        "OPTIONS": {"autoescape": False},
    },
]

HTML_MAIL_OPTIONS = {
    "context_processors": ["django.template.context_processors.static"],
    "builtins": ["mailing.templatetags.mail_tags"],
}
# newsletters render subscriber names and their replies
# expect: xss
HTML_MAIL_OPTIONS["autoescape"] = False

PDF_OPTIONS = {"autoescape": True, "debug": False}


def engine_options(debug: bool) -> dict:
    options = dict(HTML_MAIL_OPTIONS)
    options["debug"] = debug
    options["autoescape"] = True
    return options
