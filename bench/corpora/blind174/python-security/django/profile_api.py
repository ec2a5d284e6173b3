"""REST endpoints for member profiles (Django REST framework)."""
from rest_framework import permissions, serializers, status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.response import Response

from .models import Address, Profile

PROFILE_FIELDS = ("display_name", "bio", "timezone", "avatar_url")


class ProfileSerializer(serializers.ModelSerializer):
    class Meta:
        model = Profile
        fields = PROFILE_FIELDS


@api_view(["POST"])
@permission_classes([permissions.IsAuthenticated])
def create_profile(request):
    # expect: mass-assignment
    profile = Profile.objects.create(user=request.user, **request.data)
    return Response({"id": profile.pk}, status=status.HTTP_201_CREATED)


@api_view(["PATCH"])
@permission_classes([permissions.IsAuthenticated])
def update_profile(request):
    serializer = ProfileSerializer(request.user.profile, data=request.data, partial=True)
    serializer.is_valid(raise_exception=True)
    serializer.save()
    return Response(serializer.data)


@api_view(["PATCH"])
@permission_classes([permissions.IsAuthenticated])
def update_settings(request):
    # expect: mass-assignment
    Profile.objects.filter(user=request.user).update(**request.data)
    return Response(status=status.HTTP_204_NO_CONTENT)


@api_view(["POST"])
@permission_classes([permissions.IsAuthenticated])
def add_address(request):
    allowed = {k: request.data[k] for k in ("line1", "line2", "city", "postcode", "country") if k in request.data}
    address = Address.objects.create(profile=request.user.profile, **allowed)
    return Response({"id": address.pk}, status=status.HTTP_201_CREATED)


@api_view(["POST"])
@permission_classes([permissions.IsAdminUser])
def admin_create_profile(request):
    serializer = ProfileSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    profile = Profile.objects.create(user_id=request.data["user_id"], **serializer.validated_data)
    return Response({"id": profile.pk}, status=status.HTTP_201_CREATED)
