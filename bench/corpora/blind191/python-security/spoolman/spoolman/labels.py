"""Label rendering for printable spool stickers."""
from jinja2 import Environment, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

_sandbox = SandboxedEnvironment(autoescape=select_autoescape(default=True))
_files = Environment(autoescape=select_autoescape(["html"]))

DEFAULT_TEMPLATE = "<div class='label'>{{ spool.filament.vendor.name }} {{ spool.filament.name }}</div>"


def _context(item):
    return {
        "spool": item,
        "filament": item.filament,
        "weight": round(item.remaining_weight or 0),
    }


def render_label(template_source: str, item) -> str:
    # expect: code-injection
    return Environment(autoescape=True).from_string(template_source).render(**_context(item))


def render_label_preview(template_source: str, item) -> str:
    template = _sandbox.from_string(template_source or DEFAULT_TEMPLATE)
    return template.render(**_context(item))


def render_default(item) -> str:
    return _sandbox.from_string(DEFAULT_TEMPLATE).render(**_context(item))


def validate_template(template_source: str) -> bool:
    try:
        _sandbox.parse(template_source)
    except Exception:  # noqa: BLE001 - any syntax error means invalid
        return False
    return len(template_source) < 4096


def label_size(name: str) -> tuple[int, int]:
    sizes = {"small": (40, 30), "medium": (62, 29), "large": (102, 51)}
    return sizes.get(name, sizes["medium"])
