from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import render

from geonode_layers.services import tasks
from geonode_layers.services.forms import CreateServiceForm
from geonode_layers.services.models import Service


@login_required
def register_service(request):
    form = CreateServiceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        url = form.cleaned_data["url"]
        service = Service.objects.create(base_url=url, type=form.cleaned_data["type"])
        tasks.harvest_resources.delay(service.pk, hardened=bool(request.POST.get("hardened")))
        return HttpResponseRedirect("/services/%d/" % service.pk)
    return render(request, "services/service_register.html", {"form": form})
