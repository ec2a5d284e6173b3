"""Model upload endpoint for the recommendations service (DRF)."""
import joblib
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView


class ModelUploadView(APIView):
    parser_classes = [MultiPartParser]

    def post(self, request):
        upload = request.data["model"]
        # expect: deserialization
        model = joblib.load(upload)
        return Response({"type": type(model).__name__})
