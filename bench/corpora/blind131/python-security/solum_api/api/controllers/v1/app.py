import pecan
from pecan import rest
import wsmeext.pecan as wsme_pecan

from solum_api.api.controllers.v1.datamodel import app as app_model
from solum_api.api.handlers import app_handler
from solum_api.common import exception
from solum_api.common import policy


class AppsController(rest.RestController):

    @exception.wrap_wsme_pecan_controller_exception
    @wsme_pecan.wsexpose([app_model.App])
    def get_all(self):
        policy.check("get_apps", pecan.request.security_context)
        handler = app_handler.AppHandler(pecan.request.security_context)
        name = pecan.request.GET.get("name", "")
        return handler.get_all(name=name, limit=pecan.request.GET.get("limit", "50"))

    @exception.wrap_wsme_pecan_controller_exception
    @wsme_pecan.wsexpose(app_model.App, body=app_model.App, status_code=201)
    def post(self, data):
        policy.check("create_app", pecan.request.security_context)
        handler = app_handler.AppHandler(pecan.request.security_context)
        return handler.create(data.as_dict(app_model.App))


class LanguagePackLogsController(rest.RestController):

    @pecan.expose(content_type="text/plain")
    def get_one(self, lp_name):
        handler = app_handler.AppHandler(pecan.request.security_context)
        return handler.read_lp_log(lp_name)
