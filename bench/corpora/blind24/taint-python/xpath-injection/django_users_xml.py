"""Legacy user store in XML (Django view)."""
import xml.etree.ElementTree as ET

from django.http import JsonResponse

ROOT = ET.parse("/srv/legacy/users.xml").getroot()


def legacy_user(request):
    login = request.GET["login"]
    # expect: xpath-injection
    node = ROOT.find(".//user[@login='" + login + "']")
    return JsonResponse({"found": node is not None})
