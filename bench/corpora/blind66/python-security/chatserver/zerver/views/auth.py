"""Login endpoints for the API and the password-reset lookup."""
from django.contrib.auth import authenticate

from zerver.lib.request import REQ, has_request_variables
from zerver.lib.response import json_error, json_success
from zproject.backends import ZulipLDAPAuthBackend


@has_request_variables
def api_fetch_api_key(request, username=REQ(), password=REQ()):
    user = authenticate(request=request, username=username, password=password)
    if user is None:
        return json_error("Your username or password is incorrect.", status=401)
    return json_success(request, {"api_key": user.api_key, "email": user.delivery_email})


@has_request_variables
def ldap_dn_lookup(request, username=REQ(default="")):
    backend = ZulipLDAPAuthBackend()
    dn = backend.find_user_dn(username)
    return json_success(request, {"found": dn is not None})


@has_request_variables
def password_reset_lookup(request, email=REQ()):
    dn = ZulipLDAPAuthBackend().find_user_by_email(email)
    return json_success(request, {"ldap": dn is not None})
