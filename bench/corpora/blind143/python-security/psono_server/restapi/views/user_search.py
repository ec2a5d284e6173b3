from django.contrib.auth import get_user_model
from rest_framework import status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from restapi.authentication.token import TokenAuthentication
from restapi.utils.users import search_users_by_prefix

User = get_user_model()


class UserSearch(APIView):
    authentication_classes = (TokenAuthentication,)
    permission_classes = (IsAuthenticated,)
    allowed_methods = ("POST", "OPTIONS", "HEAD")

    def post(self, request, *args, **kwargs):
        user_email = request.data.get("user_email")
        user_username = request.data.get("user_username", "")
        if user_email:
            users = User.objects.filter(email__iexact=user_email)[:10]
        else:
            users = search_users_by_prefix(user_username)
        return Response({"users": [{"id": str(u.id), "username": u.username} for u in users]}, status=status.HTTP_200_OK)


class UserSearchSafe(APIView):
    authentication_classes = (TokenAuthentication,)
    permission_classes = (IsAuthenticated,)

    def post(self, request, *args, **kwargs):
        users = User.objects.filter(username__istartswith=request.data.get("user_username", ""))[:10]
        return Response({"users": [u.username for u in users]})
