"""Settings for the marketing site (django-configurations style profiles)."""
import os

BASE_DIR = os.path.dirname(os.path.abspath(__file__))

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [os.path.join(BASE_DIR, "templates")],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
            ],
            # expect: xss
            "autoescape": False,
        },
    },
]


class Staging:
    TEMPLATES = [
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "APP_DIRS": True,
            # expect: xss
            "OPTIONS": {"autoescape": False, "debug": True},
        }
    ]


MAIL_TEMPLATES = dict(
    BACKEND="django.template.backends.django.DjangoTemplates",
    DIRS=[os.path.join(BASE_DIR, "mail")],
    # expect: xss
    OPTIONS={"autoescape": False, "string_if_invalid": ""},
)


def templates_for(debug):
    options = {"debug": debug}
    if debug:
        # expect: xss
        options["autoescape"] = False
    return [{"BACKEND": "django.template.backends.django.DjangoTemplates", "OPTIONS": options}]


class Production:
    TEMPLATES = [
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "APP_DIRS": True,
            "OPTIONS": {"autoescape": True},
        },
        {
            "BACKEND": "django.template.backends.jinja2.Jinja2",
            "OPTIONS": {"environment": "site.jinja2.environment"},
        },
    ]
