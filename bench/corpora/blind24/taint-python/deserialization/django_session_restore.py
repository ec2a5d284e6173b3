"""Restores a wizard from a cookie (Django)."""
import base64

import jsonpickle
from django.shortcuts import render


def resume_wizard(request):
    raw = request.COOKIES.get("wizard_state", "")
    # expect: deserialization
    state = jsonpickle.decode(base64.urlsafe_b64decode(raw).decode())
    return render(request, "wizard/step.html", {"state": state})
