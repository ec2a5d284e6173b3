"""CherryPy tools: the tenant is read from the request before the handler runs."""
import cherrypy


def _resolve_tenant():
    req = cherrypy.request
    req.tenant = req.headers.get("X-Tenant", "default")
    req.report_filter = req.params.pop("filter", "")
    req.report_format = "pdf"


cherrypy.tools.tenant = cherrypy.Tool("before_handler", _resolve_tenant, priority=20)


def _apply_locale():
    req = cherrypy.request
    lang = req.headers.get("Accept-Language", "en")[:2].lower()
    req.locale = lang if lang in {"en", "de", "fr"} else "en"


def _audit_access():
    req = cherrypy.request
    cherrypy.log("report access %s status=%s" % (req.method, cherrypy.response.status))


cherrypy.tools.locale = cherrypy.Tool("before_handler", _apply_locale, priority=30)
cherrypy.tools.audit = cherrypy.Tool("on_end_request", _audit_access)


def current_tenant() -> str:
    return getattr(cherrypy.request, "tenant", "default")
