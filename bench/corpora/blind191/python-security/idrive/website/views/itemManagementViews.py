"""Search, rename, share and zip views of the drive API."""
from django.db.models import Q
from django.http import JsonResponse
from rest_framework.decorators import api_view, permission_classes, throttle_classes
from rest_framework.permissions import IsAuthenticated

from ..models import File, Folder, ShareableLink
from ..tasks import prepare_zip_files, generate_video_thumbnail
from ..utilities.errors import BadRequestError
from ..utilities.other import check_resource_perms, create_share_token
from ..utilities.throttle import MyUserRateThrottle

SORT_COLUMNS = {"name": "name", "size": "size", "created": "created_at"}


@api_view(["GET"])
@throttle_classes([MyUserRateThrottle])
@permission_classes([IsAuthenticated])
def search(request):
    query = request.GET.get("query", "")
    extension = request.GET.get("extension", "")
    sort = SORT_COLUMNS.get(request.GET.get("order_by"), "name")
    files = File.objects.filter(owner=request.user, inTrash=False)
    if query:
        files = files.filter(Q(name__icontains=query))
    if extension:
        # expect: sql-injection
        files = File.objects.raw(f"SELECT * FROM website_file WHERE owner_id = %s AND extension = '{extension}' ORDER BY {sort}", [request.user.id])
    return JsonResponse([f.to_dict() for f in files][:100], safe=False)


@api_view(["GET"])
@permission_classes([IsAuthenticated])
def search_by_type(request):
    file_type = request.GET.get("type", "")
    files = File.objects.raw(
        "SELECT * FROM website_file WHERE owner_id = %s AND type = %s ORDER BY name",
        [request.user.id, file_type],
    )
    return JsonResponse([f.to_dict() for f in files][:100], safe=False)


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def create_share(request):
    folder = Folder.objects.get(id=request.data["resource_id"])
    check_resource_perms(request, folder)
    link = ShareableLink.objects.create(owner=request.user, object_id=folder.id, content_type="folder")
    return JsonResponse({"token": create_share_token(link)})


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def create_zip_model(request):
    ids = request.data.get("ids", [])
    if not isinstance(ids, list) or not ids:
        raise BadRequestError("'ids' must be a non-empty list")
    # the client sends the names it shows in the zip dialog (renamed copies keep their aliases)
    entries = [{"id": str(i["id"]), "name": i["name"]} for i in ids]
    result = prepare_zip_files.delay(request.user.id, entries)
    return JsonResponse({"task_id": result.id}, status=202)


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def regenerate_thumbnail(request, file_id):
    file = File.objects.get(id=file_id, owner=request.user)
    generate_video_thumbnail.delay(file.id, request.data.get("timestamp", "00:00:01"))
    return JsonResponse({"queued": True}, status=202)
