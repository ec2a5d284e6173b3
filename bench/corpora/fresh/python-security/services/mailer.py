import smtplib
from email.message import EmailMessage

from jinja2 import Environment, PackageLoader, Template, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

html_env = Environment(loader=PackageLoader("shop", "templates/email"), autoescape=select_autoescape())
# expect: xss
legacy_env = Environment(loader=PackageLoader("shop", "templates/legacy_email"), autoescape=False)
text_env = Environment(loader=PackageLoader("shop", "templates/email_txt"), autoescape=False, keep_trailing_newline=True)
sandbox = SandboxedEnvironment(autoescape=True)


def welcome(user) -> EmailMessage:
    msg = EmailMessage()
    msg["To"] = user.email
    msg["Subject"] = "Welcome!"
    msg.set_content(text_env.get_template("welcome.txt").render(user=user))
    msg.add_alternative(html_env.get_template("welcome.html").render(user=user), subtype="html")
    return msg


def legacy_receipt(order) -> str:
    return legacy_env.get_template("receipt.html").render(order=order)


def custom_footer(shop, user) -> str:
    # shop owners edit their footer in the dashboard
    # expect: code-injection
    return Template(shop.footer_template).render(user=user)


def custom_footer_sandboxed(shop, user) -> str:
    return sandbox.from_string(shop.footer_template).render(user=user)


def banner(text: str) -> str:
    # expect: xss
    return Template("<div class=banner>{{ text }}</div>").render(text=text)


def send(msg: EmailMessage, host: str = "smtp.example.com") -> None:
    with smtplib.SMTP(host, 587, timeout=30) as s:
        s.starttls()
        s.send_message(msg)


def send_plain(msg: EmailMessage) -> None:
    # expect: insecure-transport
    with smtplib.SMTP("mail.legacy.example.com", 25, timeout=30) as s:
        s.login("shop", msg["X-Relay-Pass"])
        s.send_message(msg)
