"""Pyramid application factory."""
from pyramid.config import Configurator

from tokenserver.assignment.sqlnode import SQLNodeAssignment
from tokenserver.assignment import INodeAssignment


def includeme(config):
    config.include("cornice")
    config.scan("tokenserver.views")
    settings = config.registry.settings
    backend = SQLNodeAssignment(settings["tokenserver.sqluri"])
    config.registry.registerUtility(backend, INodeAssignment)


def main(global_config, **settings):
    config = Configurator(settings=settings)
    config.include(includeme)
    return config.make_wsgi_app()
