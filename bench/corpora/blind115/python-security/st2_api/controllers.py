import pecan
from pecan import abort
from pecan.rest import RestController

from .persistence import ActionExecution, KeyValuePair
from .services import executions as execution_service
from .services import packs as pack_service
from .utils import get_requester, jsexpose


class ActionExecutionsController(RestController):
    @jsexpose(body_cls=dict, status_code=201)
    def post(self, liveaction):
        requester = get_requester()
        action_ref = liveaction.get("action")
        parameters = liveaction.get("parameters") or {}
        return execution_service.schedule(action_ref, parameters, requester)

    @jsexpose(arg_types=[str])
    def get_one(self, id):
        return ActionExecution.get_by_id(id)

    @jsexpose()
    def get_all(self, **kw):
        sort = kw.get("sort_desc", "start_timestamp")
        action = kw.get("action")
        return ActionExecution.query(action=action, order_by=sort)


class PacksController(RestController):
    @jsexpose(body_cls=dict, status_code=202)
    def install(self, pack_install_request):
        packs = pack_install_request.get("packs", [])
        force = bool(pack_install_request.get("force", False))
        return pack_service.install_packs(packs, force=force)

    @jsexpose(arg_types=[str, str])
    def views_file(self, ref, file_path):
        content = pack_service.read_pack_file(ref, file_path)
        if content is None:
            abort(404)
        return content


class KeyValuePairController(RestController):
    @jsexpose(arg_types=[str])
    def get_one(self, name):
        scope = pecan.request.GET.get("scope", "st2kv.system")
        return KeyValuePair.get_by_scope_and_name(scope, name)
