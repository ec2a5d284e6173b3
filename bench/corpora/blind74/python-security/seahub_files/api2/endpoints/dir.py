"""Directory listing endpoints (v2.1 API)."""
import logging
import re

from rest_framework import status
from rest_framework.authentication import SessionAuthentication
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from ..utils import api_error, get_param, normalize_dir_path, to_python_boolean
from ...utils.repo import repo_dao
from ...utils.storage import file_store

logger = logging.getLogger(__name__)
REPO_ID_RE = re.compile(r"^[0-9a-f-]{36}$")


class DirView(APIView):
    authentication_classes = (SessionAuthentication,)
    permission_classes = (IsAuthenticated,)

    def get(self, request, repo_id, format=None):
        if not REPO_ID_RE.match(repo_id):
            return api_error(status.HTTP_400_BAD_REQUEST, "repo_id invalid.")
        path = request.GET.get("p", "/")
        path = normalize_dir_path(path)
        try:
            with_thumbnail = to_python_boolean(request.GET.get("with_thumbnail", "false"))
        except ValueError:
            with_thumbnail = False
        entries = file_store.list_dir(repo_id, path)
        return Response({"dirent_list": entries, "thumbnail": with_thumbnail})


class DirCheckedView(APIView):
    permission_classes = (IsAuthenticated,)

    def get(self, request, repo_id, format=None):
        if not REPO_ID_RE.match(repo_id):
            return api_error(status.HTTP_400_BAD_REQUEST, "repo_id invalid.")
        path = get_param(request, "p", "/")
        try:
            names = file_store.list_dir_checked(repo_id, normalize_dir_path(path))
        except PermissionError:
            return api_error(status.HTTP_403_FORBIDDEN, "Permission denied.")
        return Response({"names": names})


class OrgReposView(APIView):
    permission_classes = (IsAuthenticated,)

    def get(self, request):
        order_by = request.GET.get("order_by", "name")
        if request.org_id > 0:
            rows = repo_dao.repos_in_org_by_id(request.org_id, order_by)
        else:
            rows = repo_dao.repos_in_org(request.org_name, order_by)
        return Response({"repos": [{"id": r[0], "name": r[1]} for r in rows]})
