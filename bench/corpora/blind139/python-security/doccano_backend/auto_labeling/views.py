from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from .pipeline.models import RequestModelFactory


class RestAPIRequestTesting(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request, *args, **kwargs):
        model = RequestModelFactory.create(
            model_name=request.data["model_name"],
            model_attrs=request.data["model_attrs"],
        )
        return Response(model.send(text=request.data.get("text", "example")))
