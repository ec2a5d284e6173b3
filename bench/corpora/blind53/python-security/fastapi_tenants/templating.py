"""Report rendering with Jinja2."""
from jinja2 import Environment, FileSystemLoader, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

files_env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))
string_env = Environment(autoescape=True)
sandbox = SandboxedEnvironment(autoescape=True)


def render_header(title: str, tenant: str) -> str:
    source = "<header><h1>" + title + "</h1><small>{{ tenant }}</small></header>"
    # expect: template-injection
    return string_env.from_string(source).render(tenant=tenant)


def render_header_safe(title: str, tenant: str) -> str:
    tmpl = string_env.from_string("<header><h1>{{ title }}</h1><small>{{ tenant }}</small></header>")
    return tmpl.render(title=title, tenant=tenant)


def render_report(rows: list[dict], title: str) -> str:
    return files_env.get_template("report.html").render(rows=rows, title=title)


def render_footer(note: str) -> str:
    env = Environment()
    # expect: template-injection
    return env.from_string(note).render(year=2026)


def render_footer_sandboxed(note: str) -> str:
    return sandbox.from_string(note).render(year=2026)


def render_notice(kind: str) -> str:
    notices = {"maintenance": "Down for maintenance at {{ when }}", "welcome": "Welcome back"}
    return string_env.from_string(notices.get(kind, "")).render(when="02:00 UTC")
