"""Deploy, repository and contact views in Spug's View/JsonParser style."""
import os
import re
import shlex

from django.conf import settings
from django.http import FileResponse
from django.views.generic import View

from ..libs.parser import Argument, JsonParser
from ..libs.utils import Helper, json_response
from .models import Contact, Deploy
from .tasks import dispatch_alarm, fetch_repo

REPOS_DIR = settings.REPOS_DIR


class DeployView(View):
    def post(self, request):
        form, error = JsonParser(
            Argument("app_id", type=int, help="请选择应用"),
            Argument("git_repo", help="请输入git仓库地址"),
            Argument("dst_dir", help="请输入发布部署路径"),
        ).parse(request.body)
        if error is None:
            deploy = Deploy.objects.create(app_id=form.app_id, git_repo=form.git_repo, dst_dir=form.dst_dir)
            fetch_repo(deploy.id)
        return json_response(error=error)


class BranchView(View):
    def get(self, request):
        form, error = JsonParser(Argument("id", type=int), Argument("branch", required=False, default="master")).parse(request.GET)
        if error is None:
            deploy = Deploy.objects.get(pk=form.id)
            repo_dir = os.path.join(REPOS_DIR, str(deploy.id))
            if not re.fullmatch(r"[\w./-]{1,100}", form.branch):
                return json_response(error="invalid branch")
            Helper(f"{deploy.id}").local(f"cd {repo_dir} && git checkout {shlex.quote(form.branch)}")
        return json_response(error=error)


class RepoFileView(View):
    def get(self, request):
        deploy = Deploy.objects.get(pk=int(request.GET["id"]))
        filename = request.GET.get("file")
        if not filename:
            filename = "README.md"
        full = os.path.join(REPOS_DIR, str(deploy.id), filename)
        # expect: path-traversal
        return FileResponse(open(full, "rb"))


class RepoFileSafeView(View):
    def get(self, request):
        deploy = Deploy.objects.get(pk=int(request.GET["id"]))
        base = os.path.realpath(os.path.join(REPOS_DIR, str(deploy.id)))
        full = os.path.realpath(os.path.join(base, request.GET.get("file", "README.md")))
        if os.path.commonpath([base, full]) != base:
            return json_response(error="forbidden")
        return FileResponse(open(full, "rb"))


class ContactView(View):
    def post(self, request):
        form, error = JsonParser(
            Argument("name", help="请输入联系人姓名"),
            Argument("ding", required=False),
            Argument("qy_wx", required=False),
        ).parse(request.body)
        if error is None:
            contact = Contact.objects.create(**form)
            dispatch_alarm(contact.id, "test", "联系人测试")
        return json_response(error=error)
