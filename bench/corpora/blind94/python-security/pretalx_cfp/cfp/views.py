from django import forms
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View

from pretalx_cfp.cfp.flow import CfPFlow, InfoStep, ProfileStep
from pretalx_cfp.submission import services


class InfoForm(forms.Form):
    title = forms.CharField(max_length=200)
    abstract = forms.CharField(widget=forms.Textarea)
    resource_name = forms.CharField(max_length=200, required=False)


class ProfileForm(forms.Form):
    name = forms.CharField(max_length=120)
    avatar_url = forms.URLField(required=False)


class SubmitInfoView(View):
    def post(self, request, event):
        form = InfoForm(request.POST)
        if form.is_valid():
            InfoStep(request.event).set_data(request, form.cleaned_data)
            return redirect("cfp:event.submit.profile", event=request.event.slug)
        return redirect("cfp:event.submit.info", event=request.event.slug)


class SubmitProfileView(View):
    def post(self, request, event):
        form = ProfileForm(request.POST)
        if not form.is_valid():
            return redirect("cfp:event.submit.profile", event=request.event.slug)
        ProfileStep(request.event).set_data(request, form.cleaned_data)
        data = CfPFlow(request.event).collect(request)
        submission = services.create_submission(request.event, request.user, data, request.requested_track)
        return redirect(submission.urls.user_base)


class LoginView(View):
    def post(self, request, event):
        next_url = request.GET.get("next", "")
        if next_url and url_has_allowed_host_and_scheme(next_url, allowed_hosts=None):
            return HttpResponseRedirect(next_url)
        return redirect("cfp:event.user.submissions", event=request.event.slug)


class LogoutView(View):
    def post(self, request, event):
        target = request.POST.get("next_url") or request.event.urls.base
        # expect: open-redirect
        return redirect(target)
