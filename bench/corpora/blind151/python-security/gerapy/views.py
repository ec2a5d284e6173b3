"""Project and client views of the crawler management server (Django)."""
import json
import logging

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_http_methods

from .build import build_project, find_egg
from .models import Client, Project
from .utils import ProjectFiles, get_scrapyd, parse_spider, parse_spider_argv

logger = logging.getLogger(__name__)


@login_required
@require_http_methods(["POST"])
def project_file_read(request):
    data = json.loads(request.body)
    return HttpResponse(ProjectFiles().read(data["path"], data["label"]))


@login_required
@require_http_methods(["POST"])
def project_file_read_checked(request):
    data = json.loads(request.body)
    return HttpResponse(ProjectFiles().read_checked(data["path"], data["label"]))


@login_required
@require_http_methods(["POST"])
def project_parse(request, project_name):
    data = json.loads(request.body)
    spider_name = data.get("spider")
    args = data.get("args", {})
    if data.get("safe"):
        return JsonResponse(parse_spider_argv(project_name, spider_name, args))
    return JsonResponse(parse_spider(project_name, spider_name, args))


@login_required
def project_build(request, project_name):
    project = Project.objects.get(name=project_name)
    egg = build_project(project.name)
    project.egg = egg
    project.save()
    return JsonResponse({"egg": egg})


@login_required
@require_http_methods(["POST"])
def client_create(request):
    data = json.loads(request.body)
    client = Client.objects.create(name=data["name"], ip=data["ip"], port=int(data.get("port", 6800)))
    return JsonResponse({"id": client.id})


@login_required
def project_deploy(request, client_id, project_name):
    client = Client.objects.get(id=int(client_id))
    project = Project.objects.get(name=project_name)
    egg_path = find_egg(project.name)
    scrapyd = get_scrapyd(client)
    with open(egg_path, "rb") as egg:
        scrapyd.add_version(project_name, "v1", egg.read())
    return JsonResponse({"status": "ok"})


@login_required
def client_search(request):
    name = request.GET.get("q", "")
    clients = Client.objects.filter(name__icontains=name).values("id", "name", "ip")
    return JsonResponse({"clients": list(clients)})
