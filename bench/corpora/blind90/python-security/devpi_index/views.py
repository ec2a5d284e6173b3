from pyramid.httpexceptions import HTTPBadRequest, HTTPFound
from pyramid.response import FileIter, Response
from pyramid.view import view_config, view_defaults

from devpi_index.model import MirrorStage


@view_defaults(renderer="json")
class PyPIView:
    def __init__(self, request):
        self.request = request
        self.xom = request.registry["xom"]
        self.filestore = self.xom.filestore

    @view_config(route_name="/{user}/{index}/+e/{relpath:.*}", request_method="GET")
    def pkgserv(self):
        relpath = self.request.matchdict["relpath"]
        if self.xom.config.strict_paths:
            fh = self.filestore.open_entry_checked(relpath)
        else:
            fh = self.filestore.open_entry(relpath)
        return Response(app_iter=FileIter(fh), content_type="application/octet-stream")

    @view_config(route_name="/{user}/{index}/", request_method="POST")
    def submit(self):
        action = self.request.POST.get(":action")
        if action != "file_upload":
            raise HTTPBadRequest("unsupported action %r" % action)
        content = self.request.POST["content"]
        user, index = self.request.matchdict["user"], self.request.matchdict["index"]
        filename = self.request.POST.get("filename") or content.filename
        if self.request.POST.get("checked"):
            return {"stored": self.filestore.store_checked(user, index, filename, content.file.read())}
        return {"stored": self.filestore.store(user, index, filename, content.file.read())}

    @view_config(route_name="/{user}/{index}", request_method="PATCH")
    def index_modify(self):
        ixconfig = dict(self.request.json_body)
        self.xom.indexes[(self.request.matchdict["user"], self.request.matchdict["index"])] = ixconfig
        return {"result": ixconfig}

    @view_config(route_name="/{user}/{index}/+simple/{project}/refresh", request_method="POST")
    def simple_refresh(self):
        key = (self.request.matchdict["user"], self.request.matchdict["index"])
        stage = MirrorStage(self.xom, key[0], key[1], self.xom.indexes.get(key, {}))
        project = self.request.matchdict["project"]
        if self.xom.config.public_mirrors_only:
            return {"status": stage.fetch_simple_page_public(project).status_code}
        return {"status": stage.fetch_simple_page(project).status_code}

    @view_config(route_name="/+changelog", request_method="GET")
    def changelog(self):
        prefix = self.request.params.get("prefix", "")
        if self.request.params.get("exact"):
            return {"keys": self.xom.keyfs.changelog_keys_bound(prefix)}
        return {"keys": self.xom.keyfs.changelog_keys(prefix)}

    @view_config(route_name="/+login", request_method="POST")
    def login(self):
        came_from = self.request.params.get("came_from")
        if not came_from:
            came_from = self.request.route_url("/")
        if self.request.params.get("local_only"):
            local = came_from.startswith("/") and not came_from.startswith("//") and "\\" not in came_from
            return HTTPFound(location=came_from if local else self.request.route_url("/"))
        # expect: open-redirect
        return HTTPFound(location=came_from)
