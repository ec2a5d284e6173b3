import re

from murano_api.common import policy
from murano_api.common import wsgi
from murano_api.db.catalog import api as db_api
from murano_api.packages import load_utils

SEARCH_PARAMS = ("category", "owned", "fqn", "sort_dir")
PKG_NAME = re.compile(r"^[A-Za-z0-9_.]+$")


class Controller:
    def search(self, request):
        policy.check("get_package", request.context)
        filters = {k: request.GET.get(k) for k in SEARCH_PARAMS if request.GET.get(k)}
        sort_key = request.GET.get("order_by")
        return {"packages": db_api.package_search(filters, request.context, order_by=sort_key)}

    def upload(self, request, body=None):
        policy.check("upload_package", request.context)
        archive = request.POST["__package__"].file
        target = load_utils.new_package_dir()
        names = load_utils.extract(archive, target)
        safe_names = load_utils.extract_checked(archive, target)
        return {"files": names, "checked": safe_names}

    def import_from_repo(self, request, body):
        policy.check("upload_package", request.context)
        url = body.get("url")
        if url:
            return {"package": load_utils.fetch_archive(url)}
        name = body.get("name", "")
        if not PKG_NAME.match(name):
            raise wsgi.BadRequest("bad package name")
        return {"package": load_utils.fetch_from_repository(name)}


def create_resource():
    return wsgi.Resource(Controller())
