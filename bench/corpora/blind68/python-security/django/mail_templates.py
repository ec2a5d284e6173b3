"""Template engines and contexts for transactional e-mail and the help centre."""
from django.conf import settings
from django.template import Context, Engine, Template
from django.template.loader import render_to_string

BASE_DIR = settings.BASE_DIR

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
            # expect: xss
            "autoescape": False,
        },
    },
]

HELP_CENTRE_OPTIONS = {"libraries": {"helpdesk": "helpdesk.templatetags.helpdesk"}}
# expect: xss
HELP_CENTRE_OPTIONS["autoescape"] = False

TEXT_MAIL_ENGINE = Engine(dirs=[str(BASE_DIR / "mail_text")], autoescape=False)


def newsletter_engine():
    # expect: xss
    return Engine(dirs=[str(BASE_DIR / "newsletters")], debug=settings.DEBUG, autoescape=False)


def render_ticket_reply(ticket, reply_body):
    tpl = Template("<p>Hi {{ name }},</p><div>{{ body }}</div>")
    # expect: xss
    ctx = Context({"name": ticket.requester_name, "body": reply_body}, autoescape=False)
    return tpl.render(ctx)


def render_receipt_text(order):
    tpl = TEXT_MAIL_ENGINE.get_template("receipt.txt")
    return tpl.render(Context({"order": order}))


def render_receipt_html(order):
    return render_to_string("mail/receipt.html", {"order": order, "autoescape": True})


def render_ticket_preview(ticket):
    tpl = Template("<p>{{ subject }}</p>")
    return tpl.render(Context({"subject": ticket.subject}, autoescape=True))
