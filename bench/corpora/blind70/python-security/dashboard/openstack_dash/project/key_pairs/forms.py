"""Key pair forms: each form handles its own submission."""
import logging

from django import forms
from django.utils.translation import gettext_lazy as _
from horizon import exceptions, messages
from horizon import forms as hforms

from openstack_dash.api import nova

LOG = logging.getLogger(__name__)


class ImportKeypair(hforms.SelfHandlingForm):
    name = forms.RegexField(max_length=255, label=_("Key Pair Name"), regex=r"^[\w\- ]+$")
    public_key = forms.CharField(label=_("Public Key"), widget=forms.Textarea())
    legacy_check = forms.BooleanField(required=False)

    def handle(self, request, data):
        try:
            if data["legacy_check"]:
                fingerprint = nova.keypair_fingerprint_legacy(data["public_key"])
            else:
                fingerprint = nova.keypair_fingerprint(data["public_key"])
            keypair = nova.keypair_import(request, data["name"], data["public_key"])
            messages.success(request, _("Imported key pair %(name)s (%(fp)s).") % {"name": data["name"], "fp": fingerprint})
            return keypair
        except Exception:
            exceptions.handle(request, _("Unable to import key pair."))
            return False
