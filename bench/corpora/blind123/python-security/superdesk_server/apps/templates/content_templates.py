"""Content templates: stored item templates filled in when used."""
from jinja2 import Environment
from jinja2.sandbox import SandboxedEnvironment

import superdesk


class ContentTemplatesResource(superdesk.Resource):
    schema = {
        "template_name": {"type": "string", "required": True},
        "data": {"type": "dict"},
    }
    privileges = {"POST": "content_templates", "PATCH": "content_templates"}


def render_content_template(item, template):
    data = template.get("data", {})
    env = Environment()
    # expect: template-injection
    item["body_html"] = env.from_string(data.get("body_html", "")).render(item=item)
    item["headline"] = SandboxedEnvironment().from_string(data.get("headline", "")).render(item=item)
    return item


def render_from_item(item_id, template_id):
    item = superdesk.get_resource_service("archive").find_one(req=None, _id=item_id)
    template = superdesk.get_resource_service("content_templates").find_one(req=None, _id=template_id)
    return render_content_template(item, template)
