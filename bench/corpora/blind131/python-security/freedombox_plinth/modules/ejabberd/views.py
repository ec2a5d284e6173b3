from django.contrib import messages
from django.utils.translation import gettext as _

from freedombox_plinth.modules.ejabberd import forms, privileged
from freedombox_plinth.views import AppView


class EjabberdAppView(AppView):
    app_id = "ejabberd"
    form_class = forms.EjabberdForm

    def form_valid(self, form):
        old = form.initial
        new = form.cleaned_data
        if old.get("domain_names") != new["domain_names"]:
            privileged.set_domain_names(new["domain_names"].split())
        if old.get("enable_message_archive") != new["enable_message_archive"]:
            privileged.mam("enable" if new["enable_message_archive"] else "disable")
        messages.success(self.request, _("Configuration updated"))
        return super().form_valid(form)
