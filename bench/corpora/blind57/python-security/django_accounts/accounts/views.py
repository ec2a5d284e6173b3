import csv
import json
import logging

from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.views.generic import FormView

from .avatars import fetch_avatar, fetch_gravatar
from .directory import DirectoryClient
from .forms import AvatarForm, DirectoryLoginForm, ExportForm

logger = logging.getLogger("accounts")


class DirectoryLoginView(FormView):
    template_name = "accounts/login.html"
    form_class = DirectoryLoginForm
    success_url = reverse_lazy("home")

    def form_valid(self, form):
        email = form.cleaned_data["email"]
        strict = self.request.GET.get("strict", "1") == "1"
        client = DirectoryClient()
        entries = client.lookup_by_mail_escaped(email) if strict else client.lookup_by_mail(email)
        if not entries:
            # expect: log-injection
            logger.warning("directory login failed for %s" % self.request.POST.get("email"))
            return self.form_invalid(form)
        display = form.cleaned_data.get("display_name") or str(entries[0].cn)
        # expect: trust-boundary
        self.request.session["display_name"] = display
        self.request.session["theme"] = form.cleaned_data.get("theme") or "light"
        self.request.session["entry_count"] = len(entries)
        return super().form_valid(form)


class AvatarView(LoginRequiredMixin, FormView):
    template_name = "accounts/avatar.html"
    form_class = AvatarForm
    success_url = reverse_lazy("profile")

    def form_valid(self, form):
        profile = self.request.user.profile
        if form.cleaned_data["use_gravatar"] or not form.cleaned_data["avatar_url"]:
            image = fetch_gravatar(self.request.user.email)
        else:
            image = fetch_avatar(form.cleaned_data["avatar_url"])
        profile.avatar.save(f"avatar-{self.request.user.pk}.png", image)
        return super().form_valid(form)


class ExportView(LoginRequiredMixin, FormView):
    template_name = "accounts/export.html"
    form_class = ExportForm

    def form_valid(self, form):
        fmt = form.cleaned_data["fmt"]
        filename = form.cleaned_data.get("filename") or "profile"
        rows = [("username", self.request.user.username), ("email", self.request.user.email)]
        if fmt == "json":
            response = HttpResponse(json.dumps(dict(rows)), content_type="application/json")
        else:
            response = HttpResponse(content_type="text/csv")
            csv.writer(response).writerows(rows)
        # expect: header-injection
        response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
        response["X-Export-Format"] = fmt
        return response


def switch_theme(request):
    theme = request.GET.get("theme", "light")
    if theme not in ("light", "dark"):
        theme = "light"
    request.session["theme"] = theme
    return redirect("profile")
