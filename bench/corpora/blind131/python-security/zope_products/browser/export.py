import os
import re

from Products.Five.browser import BrowserView

EXPORT_DIR = "/var/lib/zope/exports"
SAFE = re.compile(r"[^A-Za-z0-9_.-]")


class ExportView(BrowserView):

    def __call__(self):
        filename = self.request.form.get("filename", "export.csv")
        data = self.context.exportCSV()
        # expect: path-traversal
        with open(os.path.join(EXPORT_DIR, filename), "w") as out:
            out.write(data)
        return "written"


class ArchiveView(BrowserView):

    def __call__(self):
        name = SAFE.sub("_", self.request.form.get("name", "archive")) + ".csv"
        with open(os.path.join(EXPORT_DIR, "archive", name), "w") as out:
            out.write(self.context.exportCSV())
        return name
