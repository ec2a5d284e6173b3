"""Views of the modul items, wired to the generic base views."""
import logging

from pyramid.view import view_config

from ringo.lib.helpers import import_model
from ringo.views.base import delete_, list_, print_, update_

ModulItem = import_model("ringo.model.modul.ModulItem")

log = logging.getLogger(__name__)


@view_config(route_name=ModulItem.get_action_routename("list"),
             renderer="/default/list.mako",
             permission="list")
def list_items(request):
    return list_(ModulItem, request)


@view_config(route_name=ModulItem.get_action_routename("update"),
             renderer="/default/update.mako",
             permission="update")
def update(request):
    return update_(ModulItem, request)


@view_config(route_name=ModulItem.get_action_routename("delete"),
             renderer="/default/confirm.mako",
             permission="delete")
def delete(request):
    return delete_(ModulItem, request)


@view_config(route_name=ModulItem.get_action_routename("print"),
             permission="read")
def print_item(request):
    return print_(ModulItem, request)
