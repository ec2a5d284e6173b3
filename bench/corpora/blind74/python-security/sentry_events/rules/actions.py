"""Alert rule actions: a registry filled at import time, run by the rule processor."""
import logging
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.template import Context, Template
from django.template.loader import get_template

logger = logging.getLogger("sentry.rules")
ACTION_HANDLERS = {}


@dataclass
class AlertRuleSpec:
    kind: str
    target: str = ""
    message_template: str = ""
    tags: dict = field(default_factory=dict)


def register_action(kind):
    def wrapper(func):
        ACTION_HANDLERS[kind] = func
        return func

    return wrapper


@register_action("email")
def notify_email(spec, event):
    try:
        validate_email(spec.target)
    except ValidationError:
        logger.info("rule.email.invalid_target")
        return False
    body = get_template("sentry/emails/alert.txt").render({"event": event, "note": spec.message_template})
    send_mail("Alert", body, None, [spec.target])
    return True


@register_action("custom_message")
def notify_custom_message(spec, event):
    source = spec.message_template or "{{ event.title }}"
    # expect: template-injection
    rendered = Template(source).render(Context({"event": event}))
    logger.info("rule.custom_message.rendered", extra={"length": len(rendered)})
    return rendered


@register_action("fixed_message")
def notify_fixed_message(spec, event):
    template = Template("Alert for {{ event.title }}: {{ note }}")
    return template.render(Context({"event": event, "note": spec.message_template}))
