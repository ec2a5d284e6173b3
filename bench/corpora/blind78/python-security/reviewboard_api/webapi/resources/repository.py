"""Repository resource: create checks that the repository is reachable first."""
import logging
import os
import tempfile

from django.http import FileResponse, JsonResponse

from reviewboard_api.reviews.models import Repository
from reviewboard_api.scmtools.git import GitClient, SCMError
from reviewboard_api.webapi.base import WebAPIResource
from reviewboard_api.webapi.decorators import webapi_login_required, webapi_request_fields

logger = logging.getLogger(__name__)

DIFF_UPLOAD_ROOT = "/var/lib/reviewboard/uploaded/diffs"


class RepositoryResource(WebAPIResource):
    name = "repository"
    uri_object_key = "repository_id"
    allowed_methods = ("GET", "POST")
    fields = {"id": {}, "name": {}, "path": {}, "tool": {}}

    @webapi_login_required
    @webapi_request_fields(
        required={"name": {"type": str}, "path": {"type": str}},
        optional={"username": {"type": str}, "tool": {"type": str}},
    )
    def create(self, request, name=None, path=None, username=None, tool="git", *args, **kwargs):
        if not request.user.has_perm("scmtools.add_repository"):
            return JsonResponse({"stat": "fail", "err": {"code": 101}}, status=403)
        try:
            GitClient.check_repository(path, username)
        except SCMError as e:
            return JsonResponse({"stat": "fail", "err": {"code": 206, "msg": str(e)}}, status=400)
        repository = Repository.objects.create(name=name, path=path, tool=tool)
        return JsonResponse({"stat": "ok", "repository": self.serialize_object(repository)}, status=201)

    def get(self, request, repository_id=None, *args, **kwargs):
        repository = Repository.objects.get(pk=int(repository_id))
        return JsonResponse({"stat": "ok", "repository": self.serialize_object(repository)})


class DiffFileResource(WebAPIResource):
    name = "diff_file"
    allowed_methods = ("GET", "POST")

    def get_list(self, request, *args, **kwargs):
        """Download an uploaded diff by the name the client gave it."""
        name = request.GET.get("filename", "")
        path = os.path.join(DIFF_UPLOAD_ROOT, str(request.user.pk), name)
        # expect: path-traversal
        return FileResponse(open(path, "rb"), as_attachment=True)

    @webapi_login_required
    @webapi_request_fields(required={"repository": {"type": int}}, optional={"basedir": {"type": str}})
    def create(self, request, repository=None, basedir="", *args, **kwargs):
        upload = request.FILES.get("path")
        if upload is None:
            return JsonResponse({"stat": "fail", "err": {"code": 105}}, status=400)
        repo = Repository.objects.get(pk=repository)
        fd, patch_path = tempfile.mkstemp(suffix=".diff")
        with os.fdopen(fd, "wb") as fh:
            for chunk in upload.chunks():
                fh.write(chunk)
        errors = GitClient(repo.path).apply_patch(patch_path, basedir or ".")
        os.unlink(patch_path)
        return JsonResponse({"stat": "ok" if not errors else "fail", "errors": errors})

    def get(self, request, diff_id=None, *args, **kwargs):
        safe_name = f"{int(diff_id)}.diff"
        return FileResponse(open(os.path.join(DIFF_UPLOAD_ROOT, str(request.user.pk), safe_name), "rb"))


repository_resource = RepositoryResource()
diff_file_resource = DiffFileResource()
