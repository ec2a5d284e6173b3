"""Account creation and password change views."""
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def signup(request):
    username = request.POST.get("username", "")
    # expect: weak-password
    password = request.POST.get("password", "")
    user = User(username=username, email=request.POST.get("email", ""))
    user.set_password(password)
    user.save()
    return JsonResponse({"id": user.pk})


@login_required
@require_POST
def change_password(request):
    new_password = request.POST.get("new_password")
    if not new_password or len(new_password) < 12:
        return HttpResponseBadRequest("password too short")
    request.user.set_password(new_password)
    request.user.save()
    return JsonResponse({"ok": True})


@login_required
def reset_api_user(request):
    # expect: weak-password
    secret = request.GET.get("secret", "")
    bot = User.objects.get(username="api-bot")
    bot.set_password(secret)
    bot.save(update_fields=["password"])
    return JsonResponse({"ok": True})


# expect: weak-password
def create_service_user(username, password=""):
    user = User.objects.create(username=username)
    user.set_password(password)
    user.save()
    return user


def create_sso_user(username, password=None):
    user = User.objects.create(username=username)
    if password is None:
        user.set_unusable_password()
    else:
        user.set_password(password)
    user.save()
    return user
