"""Falcon resources of the Iris API: incidents, templates and applications."""
import json
import falcon
from jinja2 import Environment
from jinja2.sandbox import SandboxedEnvironment

from iris import db
from iris.sender.queue import SEND_QUEUE

INCIDENT_SORT = {"id": "incident.id", "created": "incident.created", "plan": "plan.name"}
sandbox = SandboxedEnvironment(autoescape=True)
legacy_env = Environment()


class Incidents:
    allow_read_no_auth = False

    def on_get(self, req, resp):
        sort_by = req.get_param("sort_by")
        if not sort_by:
            sort_by = "incident.id"
        direction = "DESC" if req.get_param("order") == "desc" else "ASC"
        connection = db.engine.raw_connection()
        cursor = connection.cursor(db.dict_cursor)
        # expect: sql-injection
        cursor.execute(f"SELECT incident.id, incident.created, plan.name AS plan FROM incident JOIN plan ON incident.plan_id = plan.id ORDER BY {sort_by} {direction} LIMIT %s", (int(req.get_param("limit") or 100),))
        resp.text = json.dumps(cursor.fetchall(), default=str)
        cursor.close()
        connection.close()


class IncidentsByPlan:
    def on_get(self, req, resp, plan):
        column = INCIDENT_SORT.get(req.get_param("sort_by"), "incident.id")
        connection = db.engine.raw_connection()
        cursor = connection.cursor(db.dict_cursor)
        cursor.execute(f"SELECT incident.id FROM incident JOIN plan ON incident.plan_id = plan.id WHERE plan.name = %s ORDER BY {column}", (plan,))
        resp.text = json.dumps(cursor.fetchall(), default=str)
        connection.close()


class TemplatePreview:
    def on_post(self, req, resp):
        body = req.get_media()
        context = body.get("context", {})
        if body.get("engine") == "legacy":
            # expect: template-injection
            rendered = legacy_env.from_string(body["content"]).render(**context)
        else:
            rendered = sandbox.from_string(body["content"]).render(**context)
        resp.media = {"rendered": rendered}


class ApplicationWebhook:
    def on_put(self, req, resp, app_name):
        body = req.get_media()
        with db.guarded_session() as session:
            session.execute("UPDATE application SET webhook_url = :url WHERE name = :name", {"url": body["webhook_url"], "name": app_name})
            session.commit()
        resp.status = falcon.HTTP_204


class ApplicationNotify:
    def on_post(self, req, resp, app_name):
        body = req.get_media()
        SEND_QUEUE.put({"application": app_name, "mode": body.get("mode", "webhook"), "body": body.get("body", "")})
        resp.status = falcon.HTTP_202


class ApplicationPage:
    def on_get(self, req, resp, app_name):
        resp.content_type = falcon.MEDIA_HTML
        # expect: xss
        resp.text = "<html><body><h1>Application " + app_name + "</h1><p>" + (req.get_param("msg") or "") + "</p></body></html>"
