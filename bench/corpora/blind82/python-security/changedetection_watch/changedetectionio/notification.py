from . import safe_jinja


def create_notification_parameters(watch, body_template):
    tokens = {"watch_url": watch.link, "watch_tag": watch.get("tag", "")}
    return safe_jinja.render(body_template, **tokens)


def preview_notification(watch, body_template):
    tokens = {"watch_url": watch.link}
    return safe_jinja.render_unsandboxed(body_template, **tokens)
