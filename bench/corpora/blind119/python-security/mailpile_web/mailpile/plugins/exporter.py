"""Export plugin: writes matching messages to an mbox on disk."""
import mailbox
import os

from mailpile_web.mailpile import command_base as base

EXPORT_ROOT = os.path.expanduser("~/.local/share/Mailpile/exports")


class ExportMail(base.Command):
    HTTP_QUERY_VARS = {"path": "destination mbox", "flat": "flatten threads"}

    def command(self):
        name = self._one("path", "export.mbox")
        if self._one("safe") == "1":
            target = os.path.join(EXPORT_ROOT, os.path.basename(name))
        else:
            target = os.path.expanduser(name)
        # expect: path-traversal
        box = mailbox.mbox(target)
        for msg in self.session.results:
            box.add(msg)
        box.flush()
        return f"exported {len(self.session.results)}"
