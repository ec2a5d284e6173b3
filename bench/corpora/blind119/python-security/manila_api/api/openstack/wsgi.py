"""Minimal stand-in for manila.api.openstack.wsgi: Controller and the action decorator."""


class Controller:
    resource_name = None

    def __init__(self, view_builder=None):
        self._view_builder = view_builder


def action(name):
    def decorator(func):
        func.wsgi_action = name
        return func
    return decorator
