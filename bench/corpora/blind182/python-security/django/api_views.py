"""Small JSON API for contacts (Django REST framework)."""
from rest_framework import status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from .models import Contact, Note
from .serializers import ContactSerializer

EDITABLE = ("name", "email", "phone", "company")


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def create_contact(request):
    # expect: mass-assignment
    contact = Contact.objects.create(**request.data)
    return Response({"id": contact.pk}, status=status.HTTP_201_CREATED)


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def create_contact_checked(request):
    serializer = ContactSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    contact = serializer.save(owner=request.user)
    return Response({"id": contact.pk}, status=status.HTTP_201_CREATED)


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def add_note(request, contact_id):
    contact = Contact.objects.get(pk=contact_id, owner=request.user)
    fields = {k: request.data[k] for k in ("body", "pinned") if k in request.data}
    note = Note.objects.create(contact=contact, author=request.user, **fields)
    return Response({"id": note.pk}, status=status.HTTP_201_CREATED)


@api_view(["PATCH"])
@permission_classes([IsAuthenticated])
def update_contact(request, contact_id):
    contact = Contact.objects.get(pk=contact_id, owner=request.user)
    for field in EDITABLE:
        if field in request.data:
            setattr(contact, field, request.data[field])
    contact.save()
    return Response(ContactSerializer(contact).data)


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def import_note(request, contact_id):
    # expect: mass-assignment
    note = Note.objects.create(**request.data)
    return Response({"id": note.pk, "contact": note.contact_id}, status=status.HTTP_201_CREATED)
