"""User search form."""
from django import forms
from django.utils.translation import gettext_lazy as _
from horizon import forms as hforms

from openstack_dash.api import keystone

SEARCH_ATTRIBUTES = (("uid", _("User ID")), ("mail", _("Email")), ("cn", _("Full name")))


class FindUserForm(hforms.SelfHandlingForm):
    name = forms.CharField(max_length=64, label=_("Name starts with"))
    attribute = forms.ChoiceField(choices=SEARCH_ATTRIBUTES, initial="uid")
    escaped = forms.BooleanField(required=False, initial=True)

    def handle(self, request, data):
        if data["escaped"]:
            results = keystone.user_find_escaped(request, data["name"])
        else:
            results = keystone.user_find(request, data["name"], data["attribute"])
        request.session["last_user_search_count"] = len(results)
        return results
