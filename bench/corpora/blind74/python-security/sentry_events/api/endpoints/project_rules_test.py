"""POST /projects/{org}/{project}/rules/preview-action/: runs the registered rule action."""
import logging

from rest_framework import status

from ..base import Endpoint
from ...rules.actions import ACTION_HANDLERS, AlertRuleSpec

logger = logging.getLogger("sentry.rules")

SPEC_FIELDS = ("kind", "target", "message_template")


def fire(spec: AlertRuleSpec, event):
    match spec.kind:
        case "email" | "custom_message" | "fixed_message":
            handler = ACTION_HANDLERS[spec.kind]
        case _:
            logger.info("rule.unknown_action")
            return None
    try:
        return handler(spec, event)
    finally:
        logger.info("rule.fired", extra={"kind": spec.kind})


class ProjectRuleActionPreviewEndpoint(Endpoint):
    def post(self, request, organization_slug, project_slug):
        spec = AlertRuleSpec(**{name: request.data.get(name, "") for name in SPEC_FIELDS})
        if not spec.kind:
            return self.respond({"kind": "required"}, status=status.HTTP_400_BAD_REQUEST)
        event = {"title": "Example error", "project": project_slug}
        result = fire(spec, event)
        return self.respond({"preview": result if isinstance(result, str) else bool(result)})
