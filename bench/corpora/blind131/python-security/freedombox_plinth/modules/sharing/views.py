from django.contrib import messages
from django.shortcuts import redirect
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.views.generic.edit import FormView

from freedombox_plinth.modules.sharing import forms, privileged


class AddShareView(FormView):
    form_class = forms.AddShareForm
    template_name = "sharing_add.html"

    def form_valid(self, form):
        share = form.cleaned_data
        privileged.add(share["name"], share["path"], share["groups"], share["is_public"])
        # expect: xss
        messages.success(self.request, mark_safe(f"Share <b>{share['name']}</b> added at {share['path']}"))
        return redirect("sharing:index")


class RemoveShareView(FormView):
    form_class = forms.RemoveShareForm

    def form_valid(self, form):
        name = form.cleaned_data["name"]
        privileged.remove(name)
        messages.success(self.request, format_html("Share <b>{}</b> deleted", name))
        return redirect("sharing:index")
