from urllib.parse import urlparse

import requests
from rest_framework import generics, serializers
from rest_framework.response import Response

from patchwork_tracker.models import Bundle, Check

CI_LOG_HOSTS = {"ci.kernel.org", "jenkins.example.org"}


class CheckSerializer(serializers.ModelSerializer):
    class Meta:
        model = Check
        fields = ("target_url", "context", "description")


class BundleSerializer(serializers.ModelSerializer):
    class Meta:
        model = Bundle
        fields = ("name", "public")


class CheckListCreate(generics.ListCreateAPIView):
    serializer_class = CheckSerializer
    queryset = Check.objects.all()


class CheckLogView(generics.GenericAPIView):
    def get(self, request, pk):
        check = Check.objects.get(pk=pk)
        url = request.query_params.get("log_url") or check.target_url
        if request.query_params.get("checked"):
            if urlparse(url).hostname not in CI_LOG_HOSTS:
                return Response(status=400)
            return Response({"log": requests.get(url, timeout=15).text[:4096]})
        # expect: ssrf
        body = requests.get(url, timeout=15).text
        return Response({"log": body[:4096]})


class BundleCreate(generics.CreateAPIView):
    serializer_class = BundleSerializer
    queryset = Bundle.objects.all()
