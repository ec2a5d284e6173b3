from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import DetailView, FormView, UpdateView

from .forms import MailTemplateForm, UploadForm
from .models import MailTemplate, Member, member_balance
from .services import UploadStore, member_badge, member_memo_html


class MemberDashboardView(LoginRequiredMixin, DetailView):
    model = Member
    slug_field = "number"

    def get(self, request, *args, **kwargs):
        member = self.get_object()
        member.memo = request.GET.get("memo", member.memo)
        label = request.GET.get("label", "member")
        balance = member_balance(member.number, request.GET.get("since", "1970-01-01"))
        return HttpResponse(member_badge(member, label) + member_memo_html(member) + str(balance))


class MemberBalanceView(LoginRequiredMixin, DetailView):
    model = Member

    def get(self, request, *args, **kwargs):
        number = kwargs.get("number") or request.GET.get("number", "")
        return JsonResponse({"balance": member_balance(number, "1970-01-01")})


class MailTemplatePreviewView(LoginRequiredMixin, UpdateView):
    model = MailTemplate
    form_class = MailTemplateForm

    def form_valid(self, form):
        template = form.save()
        return HttpResponse(template.to_html_preview({"member": self.request.user}))


class UploadView(LoginRequiredMixin, FormView):
    form_class = UploadForm

    def form_valid(self, form):
        upload = form.cleaned_data["upload_file"]
        store = UploadStore()
        name = form.cleaned_data["target_name"] or upload.name
        store.save(name, upload.chunks())
        store.save_generated(self.request.user.pk, upload.chunks())
        return self.redirect_after()

    def redirect_after(self):
        next_url = self.request.POST.get("next", "")
        if url_has_allowed_host_and_scheme(next_url, allowed_hosts={self.request.get_host()}):
            return redirect(next_url)
        return redirect(reverse("office:upload.list"))
