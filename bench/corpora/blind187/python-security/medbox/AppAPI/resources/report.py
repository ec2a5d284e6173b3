"""Printable adherence report for the patient's doctor."""
import html

import falcon

from AppAPI.db import queries


class AdherenceReport:
    def on_get(self, req, resp):
        days = req.get_param_as_int("days", default=30, min_value=1, max_value=365)
        patient = req.get_param("patient", default="")
        rows = queries.adherence_rows(req.context.conn, req.context.user_id, days)
        fmt = req.get_param("format", default="json")
        if fmt == "json":
            resp.media = {
                "patient": patient,
                "days": days,
                "doses": [{"date": str(r[0]), "medication": r[1], "taken": bool(r[2])} for r in rows],
            }
            return
        body_rows = "".join(
            f"<tr><td>{r[0]}</td><td>{html.escape(r[1])}</td><td>{'yes' if r[2] else 'no'}</td></tr>" for r in rows
        )
        resp.content_type = falcon.MEDIA_HTML
        # expect: xss
        resp.text = f"<html><body><h1>Adherence report for {patient}</h1><p>Last {days} days</p><table>{body_rows}</table></body></html>"

    def on_get_summary(self, req, resp):
        patient = html.escape(req.get_param("patient", default=""))
        resp.content_type = falcon.MEDIA_HTML
        resp.text = f"<html><body><h1>Summary for {patient}</h1></body></html>"
