"""View mixins for the admin panel."""


class JSONMixin:
    def render(self, context):
        return {"data": context}

    def headers(self):
        return {"Content-Type": "application/json"}


class HTMLMixin:
    def render(self, context):
        return "<pre>%s</pre>" % context


class AuditMixin:
    def audit(self, action):
        print("audit", action)


class CSVMixin:
    def headers(self):
        return {"Content-Type": "text/csv"}

    def rows(self, context):
        return [list(r.values()) for r in context]


class BaseView:
    def dispatch(self, request):
        return self.render(self.get_context(request))


# expect: mro-override
class ReportView(JSONMixin, HTMLMixin, BaseView):
    def get_context(self, request):
        return {"rows": []}


class AuditedView(AuditMixin, JSONMixin, BaseView):
    def get_context(self, request):
        self.audit("view")
        return {}


# expect: mro-override
class ExportView(CSVMixin, JSONMixin, BaseView):
    def get_context(self, request):
        return []


# expect: mro-override
class PreviewView(HTMLMixin, JSONMixin):
    pass


class ExplicitView(JSONMixin, HTMLMixin, BaseView):
    def render(self, context):
        return HTMLMixin.render(self, context)

    def get_context(self, request):
        return {}
