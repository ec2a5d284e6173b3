"""Class-based create views and the login redirect."""
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import CreateView

from .forms import HttpStatusCheckForm, ICMPStatusCheckForm, ServiceForm
from .tasks import run_status_check, send_alert


class HttpCheckCreateView(CreateView):
    form_class = HttpStatusCheckForm
    template_name = "cabotapp/statuscheck_form.html"

    def form_valid(self, form):
        response = super().form_valid(form)
        run_status_check.delay("http", self.object.id)
        return response

    def get_success_url(self):
        return reverse("check", kwargs={"pk": self.object.id})


class ICMPCheckCreateView(HttpCheckCreateView):
    form_class = ICMPStatusCheckForm

    def form_valid(self, form):
        self.object = form.save()
        run_status_check.delay("icmp", self.object.id)
        return HttpResponseRedirect(self.get_success_url())


class ServiceCreateView(CreateView):
    form_class = ServiceForm
    template_name = "cabotapp/service_form.html"

    def form_valid(self, form):
        response = super().form_valid(form)
        send_alert.delay(self.object.id, "PASSING")
        return response

    def get_success_url(self):
        return reverse("service", kwargs={"pk": self.object.id})


def login_done(request):
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = reverse("services")
    return HttpResponseRedirect(next_url)


def subscribe_done(request):
    target = request.GET.get("return_to") if request.GET.get("return_to") else reverse("services")
    # expect: open-redirect
    return HttpResponseRedirect(target)
