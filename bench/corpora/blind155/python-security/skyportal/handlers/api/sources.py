"""Source list, thumbnail upload and follow-up request handlers."""
import base64

from baselayer.app.access import auth_or_token, permissions
from baselayer.log import make_log
from sqlalchemy import text

from ...facility_apis.generic import GenericAPI
from ...models import Allocation, DBSession, FollowupRequest, Obj
from ...utils.thumbnail import save_thumbnail, save_thumbnail_checked
from ..base import BaseHandler

log = make_log("api/source")

SORTABLE = {"id": Obj.id, "ra": Obj.ra, "dec": Obj.dec, "created_at": Obj.created_at}


class SourceHandler(BaseHandler):
    @auth_or_token
    def get(self):
        sort_by = self.get_query_argument("sortBy", "created_at")
        sort_order = self.get_query_argument("sortOrder", "desc")
        direction = "DESC" if sort_order == "desc" else "ASC"
        with DBSession() as session:
            # expect: sql-injection
            rows = session.execute(text(f"SELECT id, ra, dec FROM objs ORDER BY {sort_by} {direction} LIMIT 100")).all()
        return self.success(data=[dict(r._mapping) for r in rows])


class SourceOrderedHandler(BaseHandler):
    @auth_or_token
    def get(self):
        column = SORTABLE.get(self.get_query_argument("sortBy", "created_at"), Obj.created_at)
        with DBSession() as session:
            objs = session.query(Obj).order_by(column.desc()).limit(100).all()
            ra_min = float(self.get_query_argument("raMin", "0"))
            near = session.execute(text("SELECT id FROM objs WHERE ra >= :ra"), {"ra": ra_min}).all()
        return self.success(data={"sources": [o.to_dict() for o in objs], "near": [r.id for r in near]})


class ThumbnailHandler(BaseHandler):
    @permissions(["Upload data"])
    def post(self):
        data = self.get_json()
        obj_id = data["obj_id"]
        ttype = data.get("ttype", "new")
        image = base64.b64decode(data["data"])
        if data.get("strict"):
            path = save_thumbnail_checked(obj_id, ttype, image)
        else:
            path = save_thumbnail(obj_id, ttype, image)
        return self.success(data={"path": path})


class FollowupRequestHandler(BaseHandler):
    @permissions(["Upload data"])
    def post(self):
        data = self.get_json()
        with DBSession() as session:
            allocation = session.get(Allocation, int(data["allocation_id"]))
            request = FollowupRequest(obj_id=data["obj_id"], allocation=allocation, payload=data.get("payload", {}))
            session.add(request)
            session.commit()
            api = GenericAPI(allocation)
            api.submit(request)
        return self.success(data={"id": request.id})
