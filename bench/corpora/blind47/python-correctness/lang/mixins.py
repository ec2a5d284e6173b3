"""View mixins for the reporting UI."""
import json


class JSONRenderMixin:
    def render(self, context):
        return json.dumps(context)


class HTMLRenderMixin:
    def render(self, context):
        return "<pre>{}</pre>".format(context)


class AuditMixin:
    def log(self, message):
        print("[audit]", message)


class MetricsMixin:
    def log(self, message):
        print("[metrics]", message)


class TimestampMixin:
    def stamp(self):
        return "now"


# expect: mro-method-conflict
class ReportView(JSONRenderMixin, HTMLRenderMixin):
    template = "report.html"


# expect: mro-method-conflict
class ExportJob(TimestampMixin, AuditMixin, MetricsMixin):
    def run(self):
        self.log("export started at " + self.stamp())


# expect: mro-method-conflict
class DashboardView(AuditMixin, HTMLRenderMixin, MetricsMixin):
    def get(self, context):
        self.log("dashboard")
        return self.render(context)


class BaseCache:
    def clear(self):
        return None


class LocalCache(BaseCache):
    def clear(self):
        super().clear()
        return "local"


class SharedCache(BaseCache):
    def clear(self):
        super().clear()
        return "shared"


class LayeredCache(LocalCache, SharedCache):
    """Cooperative: each clear() calls super(), so both layers run."""


class AuditedReport(TimestampMixin, AuditMixin):
    def build(self):
        self.log("report at " + self.stamp())
