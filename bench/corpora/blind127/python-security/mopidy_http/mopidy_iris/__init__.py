"""An Iris-like Mopidy web extension: registers its Tornado app with the http:app registry."""
from mopidy import ext


def iris_factory(config, core):
    from mopidy_iris import handlers
    from mopidy_iris.core import IrisCore

    iris = IrisCore(config, core)
    return [
        (r"/http/([^/]*)", handlers.HttpHandler, {"core": core, "config": config, "iris": iris}),
        (r"/playlist/(.*)", handlers.PlaylistPageHandler, {"core": core, "config": config, "iris": iris}),
    ]


class Extension(ext.Extension):
    ext_name = "iris"

    def setup(self, registry):
        registry.add("http:app", {"name": self.ext_name, "factory": iris_factory})
