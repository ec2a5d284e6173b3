"""Identification stage: the user types a username or e-mail address."""
import logging

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.html import format_html

from authentik_flows.planner import PLAN_CONTEXT_PENDING_USER, PLAN_CONTEXT_PENDING_USER_IDENTIFIER
from authentik_flows.sources.ldap import LDAPSource

LOGGER = logging.getLogger("authentik.stages.identification")


class IdentificationStageView:
    def __init__(self, executor, use_escaped_search: bool = False):
        self.executor = executor
        self.use_escaped_search = use_escaped_search

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if "identifier" in request.GET:
            return self.challenge_html(request) if self.use_escaped_search else self.challenge_html_raw(request)
        return JsonResponse({"component": "ak-stage-identification", "user_fields": ["username", "email"]})

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        uid_field = request.POST.get("uid_field", "").strip()
        if not uid_field:
            return JsonResponse({"errors": {"uid_field": ["This field is required."]}}, status=400)
        self.executor.plan.context[PLAN_CONTEXT_PENDING_USER_IDENTIFIER] = uid_field
        return self._lookup(request)

    def _lookup(self, request: HttpRequest) -> HttpResponse:
        identifier = self.executor.plan.context[PLAN_CONTEXT_PENDING_USER_IDENTIFIER]
        source = LDAPSource.from_settings()
        entries = source.find_user_escaped(identifier) if self.use_escaped_search else source.find_user(identifier)
        if not entries:
            LOGGER.info("identification failed")
            return JsonResponse({"errors": {"uid_field": ["Failed to authenticate."]}}, status=400)
        self.executor.plan.context[PLAN_CONTEXT_PENDING_USER] = entries[0].entry_dn
        return self.executor.stage_ok()

    def challenge_html(self, request: HttpRequest) -> HttpResponse:
        previous = request.GET.get("identifier", "")
        return HttpResponse(format_html('<input name="uid_field" value="{}">', previous))

    def challenge_html_raw(self, request: HttpRequest) -> HttpResponse:
        previous = request.GET.get("identifier", "")
        html = '<input name="uid_field" value="%s">' % previous
        # expect: xss
        return HttpResponse(html)
