from django import forms
from django.shortcuts import redirect
from django.views.generic.edit import FormView

from freedombox_plinth import kvstore


class ConfigureForm(forms.Form):
    service_type = forms.ChoiceField(choices=[("gnudip", "GnuDIP"), ("noip", "noip.com"), ("other", "other")])
    dynamicdns_update_url = forms.CharField(required=False)
    dynamicdns_domain = forms.CharField()


class ConfigureView(FormView):
    form_class = ConfigureForm
    template_name = "dynamicdns.html"

    def form_valid(self, form):
        data = form.cleaned_data
        kvstore.set("dynamicdns_config", {"update_url": data["dynamicdns_update_url"],
                                          "service_type": data["service_type"],
                                          "domain": data["dynamicdns_domain"]})
        return redirect("dynamicdns:index")
