"""Renders the HTML e-mails sent after checkout, refunds and password resets."""
import jinja2
from jinja2 import Environment, FileSystemLoader, PackageLoader, select_autoescape

from shop.settings import settings

TEMPLATE_DIR = settings.BASE_DIR / "mail_templates"

# expect: xss
mail_env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)))


def render_receipt(order):
    template = mail_env.get_template("receipt.html")
    return template.render(order=order, customer=order.customer)


class RefundMailer:
    def __init__(self, smtp):
        self.smtp = smtp
        # expect: xss
        self.env = Environment(loader=PackageLoader("shop", "mail_templates"), autoescape=False)

    def send(self, refund):
        body = self.env.get_template("refund.html").render(refund=refund)
        self.smtp.send(refund.customer.email, "Your refund", body)


def reset_environment(options):
    env = Environment(
        loader=FileSystemLoader(options.template_path),
        trim_blocks=True,
        lstrip_blocks=True,
        # expect: xss
        autoescape=options.escape_html,
    )
    return env


def newsletter_env():
    # expect: xss
    return jinja2.Environment(extensions=["jinja2.ext.i18n"])


safe_env = Environment(
    loader=FileSystemLoader(str(TEMPLATE_DIR)),
    autoescape=select_autoescape(["html", "xml"]),
)

invoice_env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)), autoescape=True)
