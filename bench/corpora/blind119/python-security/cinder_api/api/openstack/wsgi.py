"""Stand-in for cinder.api.openstack.wsgi."""


class Controller:
    def __init__(self, view_builder=None):
        self._view_builder = view_builder


def action(name):
    def decorator(func):
        func.wsgi_action = name
        return func
    return decorator
