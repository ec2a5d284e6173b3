"""Helpers that assemble outgoing request headers and per-call context."""
import copy
import uuid

DEFAULT_HEADERS = {"User-Agent": "billing-client/3.2", "Accept": "application/json"}


# expect: mutable-default
def build_headers(token, headers={}):
    headers["Authorization"] = f"Bearer {token}"
    headers["X-Request-Id"] = str(uuid.uuid4())
    return headers


def build_headers_safe(token, headers=None):
    headers = dict(headers or {})
    headers["Authorization"] = f"Bearer {token}"
    return headers


# expect: mutable-default
def with_tenant(tenant_id, context={}):
    context.update({"tenant": tenant_id, "trace": uuid.uuid4().hex})
    return context


def with_locale(locale, context={}):
    context = copy.deepcopy(context)
    context["locale"] = locale
    return context


def header_value(name, headers={}):
    return headers.get(name, DEFAULT_HEADERS.get(name))


# expect: mutable-default
def register_retry_policy(service, policies={}):
    policies.setdefault(service, {"retries": 3, "backoff": 0.5})
    return policies[service]


def merged(base, overrides={}):
    result = dict(base)
    result.update(overrides)
    return result
