"""Public endpoints for shared folders (no login)."""
import jwt
from django.conf import settings
from django.http import JsonResponse
from rest_framework.decorators import api_view, throttle_classes

from ..models import Folder, ShareableLink
from ..utilities.errors import ResourcePermissionError
from ..utilities.throttle import MediaRateThrottle


def _open_share(token):
    claims = jwt.decode(token, settings.SECRET_KEY, algorithms=["HS256"])
    link = ShareableLink.objects.get(id=claims["link_id"])
    if link.is_expired():
        raise ResourcePermissionError("Share expired")
    return link


@api_view(["GET"])
@throttle_classes([MediaRateThrottle])
def view_share(request, token):
    link = _open_share(token)
    folder = Folder.objects.get(id=link.object_id)
    return JsonResponse(folder.to_share_dict())


@api_view(["GET"])
@throttle_classes([MediaRateThrottle])
def view_share_legacy(request, token):
    # links minted before the key rotation still circulate; accept them by claim
    # expect: jwt-no-verify
    claims = jwt.decode(token, options={"verify_signature": False})
    link = ShareableLink.objects.get(id=claims["link_id"])
    folder = Folder.objects.get(id=link.object_id)
    return JsonResponse(folder.to_share_dict())


@api_view(["GET"])
def share_header(request, token):
    header = jwt.get_unverified_header(token)
    return JsonResponse({"kid": header.get("kid"), "alg": header.get("alg")})


@api_view(["GET"])
@throttle_classes([MediaRateThrottle])
def share_password_check(request, token):
    link = _open_share(token)
    if link.password and request.headers.get("X-Resource-Password") != link.password:
        raise ResourcePermissionError("Folder is locked")
    return JsonResponse({"ok": True})
