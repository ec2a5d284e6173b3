"""Account creation and password reset for the partner portal."""
from django.contrib.auth import get_user_model
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from rest_framework.decorators import api_view
from rest_framework.response import Response

User = get_user_model()


@require_POST
def register(request):
    username = request.POST["username"]
    # expect: weak-password
    password = request.POST.get("password", "")
    user = User(username=username)
    user.set_password(password)
    user.save()
    return JsonResponse({"id": user.pk})


@api_view(["POST"])
def reset_password(request):
    user = request.user
    # expect: weak-password
    new_password = request.data.get("new_password", '')
    user.set_password(new_password)
    user.save(update_fields=["password"])
    return Response({"ok": True})


# expect: weak-password
def create_partner(username, email, password=""):
    partner = User.objects.create(username=username, email=email)
    partner.set_password(password)
    partner.save()
    return partner


class Provisioner:
    # expect: weak-password
    def provision(self, username, password="", is_staff=False):
        user = User(username=username, is_staff=is_staff)
        user.set_password(password)
        user.save()
        return user


def invite(username, password=None):
    user = User(username=username)
    if password is None:
        user.set_unusable_password()
    else:
        user.set_password(password)
    user.save()
    return user


@require_POST
def register_checked(request):
    password = request.POST.get("password")
    if not password:
        return JsonResponse({"error": "password required"}, status=400)
    user = User(username=request.POST["username"])
    user.set_password(password)
    user.save()
    return JsonResponse({"id": user.pk})
