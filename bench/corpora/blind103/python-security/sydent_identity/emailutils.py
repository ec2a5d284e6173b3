import os

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATES_ROOT = "/etc/sydent/templates"
VALID_BRANDS = {"matrix-org", "vector-im", "element"}


def template_dir_for(brand):
    # expect: path-traversal
    return os.path.join(TEMPLATES_ROOT, brand or "matrix-org")


def template_dir_checked(brand):
    return os.path.join(TEMPLATES_ROOT, brand if brand in VALID_BRANDS else "matrix-org")


def render_invite_email(brand, substitutions, strict=False):
    directory = template_dir_checked(brand) if strict else template_dir_for(brand)
    env = Environment(loader=FileSystemLoader(directory), autoescape=select_autoescape(["html", "eml"]))
    return env.get_template("invite_template.eml.j2").render(**substitutions)


def render_subject_line(room_name):
    env = Environment(autoescape=False)
    # expect: template-injection
    return env.from_string("Invitation to " + room_name).render()
