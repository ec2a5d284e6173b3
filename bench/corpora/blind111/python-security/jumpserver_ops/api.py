"""DRF viewsets and views in JumpServer's ops/terminal/settings style."""
import os

from django.conf import settings
from django.http import FileResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from rest_framework import generics, viewsets
from rest_framework.response import Response

from .models import CommandExecution, Session
from .serializers import CommandExecutionSerializer, LDAPUserSearchSerializer
from .tasks import LDAPUtil, run_command_execution

REPLAY_DIR = os.path.join(settings.PROJECT_DIR, "data", "media", "replay")


class CommandExecutionViewSet(viewsets.ModelViewSet):
    serializer_class = CommandExecutionSerializer

    def get_queryset(self):
        return CommandExecution.objects.filter(user_id=str(self.request.user.id))

    def perform_create(self, serializer):
        instance = serializer.save(user=self.request.user)
        run_command_execution.delay(instance.id)


class LDAPUserListApi(generics.ListAPIView):
    def list(self, request, *args, **kwargs):
        s = LDAPUserSearchSerializer(data=request.query_params)
        s.is_valid(raise_exception=True)
        users = LDAPUtil().search_users(s.validated_data.get("search_value"), s.validated_data["attr"])
        return Response([u.entry_to_json() for u in users])


class SessionReplayApi(generics.RetrieveAPIView):
    def retrieve(self, request, *args, **kwargs):
        session = Session.objects.get(id=kwargs["pk"])
        date = request.query_params.get("date") or session.date_start.strftime("%Y-%m-%d")
        path = os.path.join(REPLAY_DIR, date, f"{session.id}.replay.gz")
        # expect: path-traversal
        return FileResponse(open(path, "rb"))

    def local_path(self, session):
        date = session.date_start.strftime("%Y-%m-%d")
        return os.path.join(REPLAY_DIR, date, f"{session.id}.replay.gz")


def redirect_user_first_login_or_index(request, redirect_field_name):
    url = request.POST.get(redirect_field_name)
    if not url:
        url = request.GET.get(redirect_field_name)
    if url and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
        return url
    return settings.LOGIN_REDIRECT_URL


def login_done(request):
    return redirect(redirect_user_first_login_or_index(request, "next"))


def logout_done(request):
    next_url = request.GET.get("next", "/")
    # expect: open-redirect
    return HttpResponseRedirect(next_url)
