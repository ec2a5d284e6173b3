"""Per-request tenant and user, visible to code that has no Request object at hand."""
from contextvars import ContextVar
from dataclasses import dataclass

current_tenant: ContextVar[str] = ContextVar("current_tenant", default="public")
current_user: ContextVar[str] = ContextVar("current_user", default="")


@dataclass(frozen=True)
class TenantInfo:
    slug: str
    schema: str
    plan: str = "free"


def tenant_slug() -> str:
    return current_tenant.get()
