"""@-endpoints of an add-on: plone.restapi Service subclasses with reply()."""
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service

from .feeds import import_feed, import_feed_safe
from .reports import ReportStore
from .linkcheck import LinkChecker
from .directory import LDAPDirectory
from .exports import export_file_path, export_file_path_checked


class FeedImportPost(Service):
    def reply(self):
        data = json_body(self.request)
        xml_text = data.get("xml") or ""
        items = import_feed(self.context, xml_text)
        return {"imported": len(items)}


class FeedImportSafePost(Service):
    def reply(self):
        data = json_body(self.request)
        return {"imported": len(import_feed_safe(self.context, data.get("xml", "")))}


class ReportGet(Service):
    def reply(self):
        store = ReportStore.from_registry()
        owner = self.request.form.get("owner")
        period = self.request.form.get("period", "month")
        return {"items": store.rows_for(owner, period)}


class LinkCheckPost(Service):
    def reply(self):
        data = json_body(self.request)
        checker = LinkChecker(self.context.portal_url())
        return {"status": checker.check(data.get("url")), "internal": checker.check_internal(data.get("url"))}


class ExportGet(Service):
    def reply(self):
        name = self.request.form.get("name")
        path = export_file_path(name)
        self.request.response.setHeader("Content-Type", "application/zip")
        with open(path, "rb") as fh:
            return fh.read()


class ExportCheckedGet(Service):
    def reply(self):
        path = export_file_path_checked(self.request.form.get("name"))
        with open(path, "rb") as fh:
            return fh.read()


class DirectorySearchGet(Service):
    def reply(self):
        term = self.request.form.get("q", "")
        exact = self.request.form.get("exact")
        directory = LDAPDirectory.from_registry()
        return {"users": directory.search(term) if not exact else directory.search_escaped(term)}
