"""Getters over the request context."""


def query_param(http_context, name, default=None):
    values = http_context.query.get(name)
    if not values:
        return default
    return values[0] if isinstance(values, list) else values


def body_field(http_context, name, default=None):
    body = http_context.json_body() or {}
    return body.get(name, default)
