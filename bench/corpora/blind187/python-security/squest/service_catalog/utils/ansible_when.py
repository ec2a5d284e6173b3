"""Evaluate Ansible-like `when` conditions against an instance context."""
import logging

from jinja2 import Environment, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

logger = logging.getLogger(__name__)

_plain_env = Environment(undefined=StrictUndefined)
_sandbox = SandboxedEnvironment(undefined=StrictUndefined)


class AnsibleWhen:
    @staticmethod
    def ansible_when_statement(when, context):
        """Return True when the condition string evaluates truthy for this context."""
        if not when:
            return True
        statement = "{% if " + when + " %}True{% else %}False{% endif %}"
        try:
            # expect: code-injection
            return _plain_env.from_string(statement).render(context) == "True"
        except Exception as exc:  # noqa: BLE001 - a broken condition hides the link
            logger.warning("[AnsibleWhen] condition %r failed: %s", when, exc)
            return False

    @staticmethod
    def render_text(template_text, context):
        """Docs and custom-link URLs are templated in the sandbox."""
        try:
            return _sandbox.from_string(template_text).render(context)
        except Exception as exc:  # noqa: BLE001
            logger.warning("[AnsibleWhen] template failed: %s", exc)
            return ""

    @staticmethod
    def build_context(instance, user):
        return {
            "instance": {
                "id": instance.id,
                "name": instance.name,
                "spec": instance.spec,
                "user_spec": instance.user_spec,
                "state": instance.state,
            },
            "user": {"username": user.username, "is_superuser": user.is_superuser},
        }
