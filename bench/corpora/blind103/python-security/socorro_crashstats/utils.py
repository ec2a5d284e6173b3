import re

CRASH_ID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{6}[0-9]{6}$")


def find_crash_id(value):
    value = (value or "").strip()
    return value if CRASH_ID_RE.match(value) else None


def get_params(request, names, defaults=None):
    defaults = defaults or {}
    return {name: request.GET.get(name, defaults.get(name)) for name in names}


def build_default_context(request, product=None):
    return {"product": product or request.GET.get("product") or "Firefox", "version": request.GET.get("version")}
