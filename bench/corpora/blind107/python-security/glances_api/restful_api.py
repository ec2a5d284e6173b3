"""RESTful API: a FastAPI router built inside a class, as the Glances web server does."""
from fastapi import APIRouter, Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from .auth import authentication
from .stats import GlancesStats
from .servers import ServersList
from .ports import PortScanner
from .alerts import evaluate_expression, evaluate_threshold
from .webui import webui_file, WEBUI_DIR


class GlancesRestfulApi:
    API_VERSION = "4"

    def __init__(self, args):
        self.args = args
        self.stats = GlancesStats()
        self.servers = ServersList()
        self.ports = PortScanner()
        self._app = FastAPI()
        self._router = APIRouter(prefix="/api/" + self.API_VERSION, dependencies=[Depends(authentication)])
        self._router.add_api_route("/{plugin}/{item}/{value}", self._api_value)
        self._router.add_api_route("/serverslist/add", self._api_add_server, methods=["POST"])
        self._router.add_api_route("/ports/check", self._api_port_check)
        self._router.add_api_route("/alert/check", self._api_alert_check)
        self._router.add_api_route("/alert/threshold", self._api_alert_threshold)
        self._app.include_router(self._router)
        self._app.add_api_route("/", self._index, response_class=HTMLResponse)
        self._app.add_api_route("/static-raw/{filename:path}", self._static_raw)
        self._app.mount("/static", StaticFiles(directory=WEBUI_DIR), name="static")

    def _api_value(self, plugin: str, item: str, value: str):
        if plugin not in self.stats.getPluginsList():
            raise HTTPException(status_code=400, detail="Unknown plugin")
        return JSONResponse(self.stats.get_plugin(plugin).get_stats_value(item, value))

    def _api_add_server(self, host: str, port: int = 61208):
        return self.servers.add_and_probe(host, port)

    def _api_port_check(self, host: str, port: int = 0):
        return {"ping": self.ports.ping(host), "ping_checked": self.ports.ping_checked(host)}

    def _api_alert_check(self, expr: str):
        return {"result": evaluate_expression(expr, self.stats.getAllAsDict())}

    def _api_alert_threshold(self, metric: str, limit: float):
        return {"result": evaluate_threshold(metric, limit, self.stats.getAllAsDict())}

    def _index(self, refresh: int = 2, title: str = "Glances"):
        page = "<html><head><title>%s</title></head><body data-refresh='%d'></body></html>" % (title, refresh)
        # expect: xss
        return HTMLResponse(content=page)

    def _static_raw(self, filename: str):
        return FileResponse(webui_file(filename))
