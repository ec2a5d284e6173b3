"""Request-scoped values shared without passing the request around."""
from contextvars import ContextVar

current_tenant: ContextVar[str] = ContextVar("current_tenant", default="public")
current_locale: ContextVar[str] = ContextVar("current_locale", default="en")
request_id: ContextVar[str] = ContextVar("request_id", default="-")

KNOWN_SCHEMAS = {"acme": "tenant_acme", "globex": "tenant_globex", "public": "public"}


def tenant_schema() -> str:
    """The database schema of the current tenant (unknown tenants share public)."""
    return KNOWN_SCHEMAS.get(current_tenant.get(), "public")


def describe() -> dict:
    return {
        "tenant": current_tenant.get(),
        "locale": current_locale.get(),
        "request_id": request_id.get(),
    }


def reset() -> None:
    current_tenant.set("public")
    current_locale.set("en")
    request_id.set("-")


class tenant_scope:
    """Context manager used by background jobs to run as a tenant."""

    def __init__(self, tenant: str):
        self.tenant = tenant
        self._token = None

    def __enter__(self):
        self._token = current_tenant.set(self.tenant)
        return self

    def __exit__(self, *exc):
        current_tenant.reset(self._token)
        return False
