from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .utils import create_imageattachment, create_imageattachment_uuid


@login_required
@require_POST
def up_image_async(request, model_name, object_pk):
    if request.POST.get("keep_name"):
        name = create_imageattachment(request.FILES, request.user, request.POST.get("title"))
    else:
        name = create_imageattachment_uuid(request.FILES, request.user)
    return JsonResponse({"status": "success", "file": {"name": name}})
