"""DRF permission class checking `permission_required` on the view."""
from rest_framework.permissions import BasePermission


class DjangoPermissionRequired(BasePermission):
    def has_permission(self, request, view):
        perm = getattr(view, "permission_required", None)
        return perm is None or request.user.has_perm(perm)
