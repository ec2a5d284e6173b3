"""File repositories: uploads go to the repository the user configured."""
import re

from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from restapi.authentication.token import TokenAuthentication
from restapi.models import FileRepository
from restapi.utils.fileserver import read_local_chunk, upload_chunk

HASH_RE = re.compile(r"^[0-9a-f]{128}$")


class FileRepositoryView(APIView):
    authentication_classes = (TokenAuthentication,)
    permission_classes = (IsAuthenticated,)

    def put(self, request, *args, **kwargs):
        repo = FileRepository.objects.create(
            user=request.user, title=request.data["title"], type=request.data["type"], data=request.data.get("data", {})
        )
        return Response({"file_repository_id": str(repo.id)})


class FileRepositoryUploadView(APIView):
    authentication_classes = (TokenAuthentication,)
    permission_classes = (IsAuthenticated,)

    def post(self, request, *args, **kwargs):
        repo = FileRepository.objects.get(id=request.data["file_repository_id"], user=request.user)
        return Response(upload_chunk(repo, request.data["chunk"], request.data["hash_checksum"]))


class FileserverDownloadView(APIView):
    authentication_classes = (TokenAuthentication,)
    permission_classes = (IsAuthenticated,)

    def post(self, request, *args, **kwargs):
        hash_checksum = request.data["hash_checksum"]
        if request.data.get("ticket_type") == "upload" and not HASH_RE.match(hash_checksum):
            return Response({"error": "bad checksum"}, status=400)
        return Response({"chunk": read_local_chunk(hash_checksum)})
