"""The flow executor: keeps the plan in the session and runs one stage per request."""
import logging

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import View

from authentik_flows.models import Flow
from authentik_flows.planner import (
    PLAN_CONTEXT_REDIRECT,
    SESSION_KEY_GET,
    SESSION_KEY_PLAN,
    FlowPlanner,
)

LOGGER = logging.getLogger("authentik.flows.executor")


class FlowExecutorView(View):
    flow: Flow

    def setup(self, request: HttpRequest, flow_slug: str):
        super().setup(request, flow_slug=flow_slug)
        self.flow = get_object_or_404(Flow.objects.select_related("denied_action"), slug=flow_slug)

    def dispatch(self, request: HttpRequest, flow_slug: str) -> HttpResponse:
        get_params = request.GET.copy()
        if SESSION_KEY_GET not in request.session:
            # expect: trust-boundary
            request.session[SESSION_KEY_GET] = get_params
        if SESSION_KEY_PLAN not in request.session:
            planner = FlowPlanner(self.flow)
            plan = planner.plan(request, {PLAN_CONTEXT_REDIRECT: self.flow.default_redirect or "/"})
            request.session[SESSION_KEY_PLAN] = plan
        self.plan = request.session[SESSION_KEY_PLAN]
        return super().dispatch(request, flow_slug=flow_slug)

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        binding = self.plan.next()
        if binding is None:
            return self._flow_done_checked() if self.flow.designation == "authentication" else self._flow_done()
        stage_view = binding.stage.view(self)
        return stage_view.get(request, *args, **kwargs)

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        binding = self.plan.next()
        if binding is None:
            return self._flow_done_checked() if self.flow.designation == "authentication" else self._flow_done()
        stage_view = binding.stage.view(self)
        return stage_view.post(request, *args, **kwargs)

    def stage_ok(self) -> HttpResponse:
        self.plan.pop()
        # expect: trust-boundary
        self.request.session[SESSION_KEY_PLAN] = self.plan
        return self.get(self.request)

    def _flow_done(self) -> HttpResponse:
        get_params = self.request.session.pop(SESSION_KEY_GET, {})
        self.request.session.pop(SESSION_KEY_PLAN, None)
        next_param = get_params.get("next")
        if next_param:
            # expect: open-redirect
            return redirect(next_param)
        return redirect(self.plan.context.get(PLAN_CONTEXT_REDIRECT, "/"))

    def _flow_done_checked(self) -> HttpResponse:
        get_params = self.request.session.pop(SESSION_KEY_GET, {})
        next_param = get_params.get("next", "/")
        if not url_has_allowed_host_and_scheme(next_param, allowed_hosts={self.request.get_host()}, require_https=self.request.is_secure()):
            next_param = "/"
        return redirect(next_param)


class CancelView(View):
    def get(self, request: HttpRequest) -> HttpResponse:
        for key in (SESSION_KEY_PLAN, SESSION_KEY_GET):
            request.session.pop(key, None)
        return redirect("authentik_core:root-redirect")
