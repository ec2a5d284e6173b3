"""GET /api/v2.1/search-file/?q=..."""
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from ...utils.search import search_file_names, search_file_names_bound


class SearchFileView(APIView):
    permission_classes = (IsAuthenticated,)

    def get(self, request):
        repo_ids = [r for r in request.GET.getlist("repo_id") if len(r) == 36]
        rows = search_file_names(repo_ids)
        return Response({"data": [{"repo_id": r[0], "path": r[1]} for r in rows]})


class SearchFileBoundView(APIView):
    permission_classes = (IsAuthenticated,)

    def get(self, request):
        repo_ids = [r for r in request.GET.getlist("repo_id") if len(r) == 36]
        rows = search_file_names_bound(repo_ids)
        return Response({"data": [{"repo_id": r[0], "path": r[1]} for r in rows]})
