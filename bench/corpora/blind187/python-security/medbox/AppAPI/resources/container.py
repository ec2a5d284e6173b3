"""Pill containers inside a paired device."""
import falcon

from AppAPI.db import queries


class ContainerCollection:
    def on_get(self, req, resp):
        device_id = req.get_param("device_id", required=True)
        rows = queries.list_containers(req.context.conn, req.context.user_id, device_id)
        resp.media = {"containers": [{"id": r[0], "name": r[1], "pills_left": r[2]} for r in rows]}


class ContainerItem:
    def on_get(self, req, resp, container_id):
        row = queries.get_container(req.context.conn, req.context.user_id, container_id)
        if row is None:
            raise falcon.HTTPNotFound()
        resp.media = {"id": row[0], "name": row[1], "pills_left": row[2]}

    def on_patch(self, req, resp, container_id):
        fields = req.get_media() or {}
        if "pills_left" in fields:
            try:
                fields["pills_left"] = int(fields["pills_left"])
            except (TypeError, ValueError):
                raise falcon.HTTPBadRequest(title="pills_left must be an integer")
        updated = queries.update_container(req.context.conn, req.context.user_id, container_id, fields)
        if not updated:
            raise falcon.HTTPNotFound()
        resp.media = {"updated": updated}

    def on_delete(self, req, resp, container_id):
        limit = req.get_param_as_int("keep_history_days", default=30, min_value=0, max_value=365)
        resp.media = {"deleted": container_id, "history_days": limit}
