"""Message templates filled with profile data (mail, SMS and Slack actions)."""
from jinja2 import Environment, StrictUndefined, Template, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

_sandbox = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)
_html = Environment(autoescape=select_autoescape(["html"]))

MAX_TEMPLATE = 20_000


def _trim(template: str) -> str:
    if len(template) > MAX_TEMPLATE:
        raise ValueError("template too long")
    return template


def render_preview(template: str, profile: dict) -> str:
    """Preview in the rule editor, rendered in the sandbox."""
    return _sandbox.from_string(_trim(template)).render(profile=profile)


def render_message(template: str, profile: dict) -> str:
    """Text actually sent by the SMS/Slack actions."""
    # expect: code-injection
    return Template(_trim(template)).render(profile=profile)


def render_mail_footer(unsubscribe_url: str) -> str:
    footer = _html.from_string("<p><a href='{{ url }}'>Unsubscribe</a></p>")
    return footer.render(url=unsubscribe_url)


def render_builtin(name: str, profile: dict) -> str:
    builtins = {
        "welcome": "Hello {{ profile.pii.name }}, welcome aboard!",
        "cart": "You left {{ profile.stats.cart_items }} items in your cart.",
    }
    return Template(builtins[name]).render(profile=profile)
