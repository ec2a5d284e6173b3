"""Web actions: the client picks one by ``@action`` and calls ``execute()``."""
import logging

from roundup_tracker.cgi.exceptions import Redirect, SeriousError
from roundup_tracker.cgi import templating

logger = logging.getLogger("roundup.web")


class Action:
    def __init__(self, client):
        self.client = client
        self.form = client.form
        self.db = client.db
        self.nodeid = client.nodeid
        self.classname = client.classname
        self.base = client.base

    def execute(self):
        return self.handle()

    def examine_url(self, url):
        """Only allow redirects into this tracker."""
        if not url.startswith(self.base):
            raise SeriousError("Base url %r does not match tracker url %r" % (url, self.base))
        return url


class LoginAction(Action):
    def handle(self):
        username = self.form["__login_name"].value
        if "__came_from" in self.form:
            came_from = self.form["__came_from"].value
        else:
            came_from = self.base
        self.client.login(username, self.form["__login_password"].value)
        # expect: open-redirect
        raise Redirect(came_from)


class LoginCheckedAction(LoginAction):
    def handle(self):
        came_from = self.form.getfirst("__came_from", self.base)
        self.client.login(self.form["__login_name"].value, self.form["__login_password"].value)
        raise Redirect(self.examine_url(came_from))


class SearchAction(Action):
    def handle(self):
        text = self.form.getfirst("@search_text", "")
        sort = self.form.getfirst("@sort", "activity")
        ids = self.db.issue.text_search(text, sort)
        logger.info("search %r returned %d issues", text, len(ids))
        self.client.template_args["ids"] = ids


class ExportCSVAction(Action):
    def handle(self):
        columns = self.form.getfirst("@columns", "id,title").split(",")
        filterspec = self.form.getfirst("@filter", "")
        rows = self.db.issue.export_rows(columns, filterspec)
        name = self.form.getfirst("@filename") or "query"
        self.client.setHeader("Content-Type", "text/csv")
        self.client.setHeader("Content-Disposition", "attachment; filename=%s.csv" % name.replace("\r", "").replace("\n", ""))
        return "\n".join(",".join(map(str, row)) for row in rows)


class ShowTemplateAction(Action):
    def handle(self):
        page = self.form.getfirst("@template", "index")
        return templating.render_page(self.client.instance_home, page)

    def handle_checked(self):
        page = self.form.getfirst("@template", "index")
        return templating.render_known_page(self.client.instance_home, page)
