from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from restapi.authentication import ldap_backend


class LDAPLoginView(APIView):
    permission_classes = (AllowAny,)

    def post(self, request, *args, **kwargs):
        username = request.data.get("username", "").strip().lower()
        backend = ldap_backend.backend()
        entries = backend.find_user(username)
        groups = backend.find_group_member(username)
        return Response({"found": bool(entries), "groups": len(groups)})
