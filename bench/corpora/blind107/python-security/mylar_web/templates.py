import os

from mako.lookup import TemplateLookup

INTERFACE_DIR = os.path.join(os.path.dirname(__file__), "data", "interfaces", "default")
_lookup = TemplateLookup(directories=[INTERFACE_DIR], default_filters=["h"])


def serve_template(templatename, **kwargs):
    return _lookup.get_template(templatename).render(**kwargs)
