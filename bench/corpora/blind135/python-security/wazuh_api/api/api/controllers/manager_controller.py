"""Manager file endpoints."""
from connexion import request

from api.controllers.util import json_response
from api.util import raise_if_exc, remove_nones_to_dict
from wazuh import manager
from wazuh.core.cluster.dapi.dapi import DistributedAPI


async def put_file(body: bytes, path: str = None, overwrite: bool = False):
    f_kwargs = {"path": path, "content": body.decode("utf-8"), "overwrite": overwrite}
    dapi = DistributedAPI(f=manager.upload_file, f_kwargs=remove_nones_to_dict(f_kwargs), request_type="local_any")
    return json_response(raise_if_exc(await dapi.distribute_function()))
