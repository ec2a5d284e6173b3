"""Containers controller (pecan) of the container service API."""
import shlex

import pecan
from pecan import rest

from zun.api import utils as api_utils
from zun.common import exception
from zun.common import policy


class ContainersController(rest.RestController):
    """Controller for containers."""

    _custom_actions = {
        "get_archive": ["GET"],
        "put_archive": ["POST"],
        "logs": ["GET"],
    }

    @pecan.expose("json")
    @exception.wrap_pecan_controller_exception
    def get_all(self, **kwargs):
        context = pecan.request.context
        policy.enforce(context, "container:get_all", action="container:get_all")
        sort_key = kwargs.pop("sort_key", None)
        if not sort_key:
            sort_key = ""
        sort_dir = api_utils.validate_sort_dir(kwargs.pop("sort_dir", "asc"))
        limit = api_utils.validate_limit(kwargs.pop("limit", None))
        return {"containers": pecan.request.compute_api.container_list(context, limit, sort_key or "id", sort_dir)}

    @pecan.expose("json")
    @exception.wrap_pecan_controller_exception
    def post(self, run=False, **container_dict):
        context = pecan.request.context
        compute_api = pecan.request.compute_api
        policy.enforce(context, "container:create", action="container:create")
        command = container_dict.pop("command", None)
        if command is not None and isinstance(command, str):
            container_dict["command"] = shlex.split(command)
        registry = container_dict.pop("registry", None)
        container = compute_api.container_create(context, run=run, registry=registry, **container_dict)
        pecan.response.status = 202
        return container

    @pecan.expose("json")
    @exception.wrap_pecan_controller_exception
    def get_archive(self, container_ident, path):
        context = pecan.request.context
        container = api_utils.get_resource("Container", container_ident)
        policy.enforce(context, "container:get_archive", action="container:get_archive")
        data = pecan.request.compute_api.container_get_archive(context, container, path)
        return {"data": data}

    @pecan.expose("json")
    @exception.wrap_pecan_controller_exception
    def logs(self, container_ident, tail="all"):
        context = pecan.request.context
        container = api_utils.get_resource("Container", container_ident)
        lines = "all" if tail == "all" else str(int(tail))
        return pecan.request.compute_api.container_logs(context, container, lines)
