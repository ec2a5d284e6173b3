from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators import csrf as csrf_decorators
from django.views.decorators.csrf import csrf_exempt, csrf_protect, ensure_csrf_cookie
from django.views.decorators.http import require_POST

from .models import Profile


# expect: csrf
@csrf_exempt
@login_required
def update_email(request):
    request.user.email = request.POST["email"]
    request.user.save(update_fields=["email"])
    return JsonResponse({"ok": True})


# expect: csrf
@csrf_decorators.csrf_exempt
@require_POST
def delete_account(request):
    request.user.delete()
    return JsonResponse({"deleted": True})


# expect: csrf
@method_decorator(csrf_exempt, name="dispatch")
class ProfileView(View):
    def post(self, request):
        Profile.objects.filter(user=request.user).update(bio=request.POST.get("bio", ""))
        return JsonResponse({"ok": True})


@login_required
def change_plan(request):
    request.user.profile.plan = request.POST["plan"]
    request.user.profile.save()
    return JsonResponse({"ok": True})


# expect: csrf
change_plan_api = csrf_exempt(change_plan)


@csrf_protect
@require_POST
def update_phone(request):
    request.user.profile.phone = request.POST["phone"]
    request.user.profile.save()
    return JsonResponse({"ok": True})


@ensure_csrf_cookie
def spa_shell(request):
    return JsonResponse({"csrf": "cookie set"})
