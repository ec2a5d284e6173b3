"""Staff account creation from the back office and the HR import."""
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from django.contrib.admin.views.decorators import staff_member_required

User = get_user_model()


@staff_member_required
@require_POST
def create_staff(request):
    username = request.POST["username"]
    # expect: weak-password
    password = request.POST.get("password", "")
    user = User(username=username, email=request.POST.get("email", ""), is_staff=True)
    user.set_password(password)
    user.save()
    return JsonResponse({"id": user.pk})


@staff_member_required
@require_POST
def create_contractor(request):
    password = request.POST.get("password")
    user = User(username=request.POST["username"], is_staff=False)
    if password:
        try:
            validate_password(password, user)
        except ValidationError as exc:
            return JsonResponse({"errors": exc.messages}, status=400)
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.save()
    return JsonResponse({"id": user.pk})


# expect: weak-password
def import_employee(row, password=""):
    user, _ = User.objects.get_or_create(username=row["login"], defaults={"email": row["email"]})
    user.first_name = row.get("first_name", "")
    user.set_password(password)
    user.save()
    return user


def import_service_account(name, password=None):
    user, _ = User.objects.get_or_create(username=f"svc-{name}")
    if password is None:
        user.set_unusable_password()
    else:
        user.set_password(password)
    user.save()
    return user
