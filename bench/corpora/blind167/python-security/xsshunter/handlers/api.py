"""Authenticated API: payload fires, search, account settings."""
import json

from handlers.base import BaseHandler
from models import DBSession
from models.injection_record import Injection


class XSSPayloadFiresHandler(BaseHandler):
    """Past payload fires of the user, newest first (offset/limit paging)."""

    def get(self):
        user = self.get_authenticated_user()
        if user is None:
            return self.error("not logged in", 401)
        offset = abs(int(self.get_argument("offset", 0)))
        limit = min(abs(int(self.get_argument("limit", 25))), 100)
        results = Injection.by_owner(user.id, offset, limit)
        self.write_json({"success": True, "total": Injection.count_for_owner(user.id),
                         "results": [r.get_injection_blob() for r in results]})


class SearchPayloadFiresHandler(BaseHandler):
    def get(self):
        user = self.get_authenticated_user()
        if user is None:
            return self.error("not logged in", 401)
        term = self.get_argument("q", "")
        if len(term) < 3:
            return self.error("search term too short")
        results = Injection.search(user.id, term)
        self.write_json({"success": True, "results": [r.get_injection_blob() for r in results]})


class UserInformationHandler(BaseHandler):
    EDITABLE = ("full_name", "email", "webhook_url", "email_enabled", "chainload_uri")

    def get(self):
        user = self.get_authenticated_user()
        if user is None:
            return self.error("not logged in", 401)
        self.write_json(user.get_user_blob())

    def put(self):
        user = self.get_authenticated_user()
        if user is None:
            return self.error("not logged in", 401)
        data = json.loads(self.request.body)
        for key in self.EDITABLE:
            if key in data:
                setattr(user, key, data[key])
        session = DBSession()
        session.commit()
        self.logit("updated account settings")
        self.write_json({"success": True})


class DeleteInjectionHandler(BaseHandler):
    def delete(self):
        user = self.get_authenticated_user()
        if user is None:
            return self.error("not logged in", 401)
        Injection.delete_for_owner(user.id, self.get_argument("id"))
        self.write_json({"success": True})
