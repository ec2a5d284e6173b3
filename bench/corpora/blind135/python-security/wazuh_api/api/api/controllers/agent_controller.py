"""Agent endpoints (connexion operations on aiohttp)."""
import logging

from connexion import request
from connexion.lifecycle import ConnexionResponse

from api.controllers.util import json_response
from api.util import raise_if_exc, remove_nones_to_dict
from wazuh import agent
from wazuh.core.cluster.dapi.dapi import DistributedAPI

logger = logging.getLogger("wazuh-api")


async def get_agents(pretty=False, wait_for_complete=False, q=None, sort=None, select=None, limit=500):
    f_kwargs = {"q": q, "sort": sort, "select": select, "limit": limit}
    dapi = DistributedAPI(f=agent.get_agents, f_kwargs=remove_nones_to_dict(f_kwargs),
                          request_type="local_master", rbac_permissions=request.context["token_info"]["rbac_policies"])
    data = raise_if_exc(await dapi.distribute_function())
    return json_response(data, pretty=pretty)


async def put_upgrade_custom_agents(agents_list=None, wpk_repo=None, version=None, use_http=False):
    f_kwargs = {"agent_list": agents_list, "wpk_repo": wpk_repo, "version": version, "use_http": use_http}
    dapi = DistributedAPI(f=agent.upgrade_agents, f_kwargs=remove_nones_to_dict(f_kwargs),
                          request_type="distributed_master")
    return json_response(raise_if_exc(await dapi.distribute_function()))


async def post_group(body: dict) -> ConnexionResponse:
    f_kwargs = {"group_id": body.get("group_id"), "validate": False}
    dapi = DistributedAPI(f=agent.create_group, f_kwargs=remove_nones_to_dict(f_kwargs), request_type="local_master")
    return json_response(raise_if_exc(await dapi.distribute_function()))
