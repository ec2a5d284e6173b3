"""Flow plans: the stages to run and the context they share."""
from dataclasses import dataclass, field
from typing import Any

PLAN_CONTEXT_PENDING_USER = "pending_user"
PLAN_CONTEXT_PENDING_USER_IDENTIFIER = "pending_user_identifier"
PLAN_CONTEXT_REDIRECT = "redirect"
PLAN_CONTEXT_SOURCE = "source"

SESSION_KEY_PLAN = "authentik/flows/plan"
SESSION_KEY_GET = "authentik/flows/get"
SESSION_KEY_APPLICATION_PRE = "authentik/flows/application_pre"


@dataclass
class FlowPlan:
    flow_pk: str
    bindings: list = field(default_factory=list)
    context: dict[str, Any] = field(default_factory=dict)

    def next(self):
        return self.bindings[0] if self.bindings else None

    def pop(self):
        return self.bindings.pop(0)


class FlowPlanner:
    def __init__(self, flow):
        self.flow = flow

    def plan(self, request, default_context: dict | None = None) -> FlowPlan:
        plan = FlowPlan(flow_pk=str(self.flow.pk), bindings=list(self.flow.stage_bindings()))
        plan.context.update(default_context or {})
        return plan
