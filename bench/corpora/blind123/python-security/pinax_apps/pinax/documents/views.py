"""Views of the documents app: folders and files of a user."""
from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect

from . import storage
from .models import Document, Folder


@login_required
def document_upload(request, folder_pk):
    folder = get_object_or_404(Folder, pk=folder_pk, author=request.user)
    upload = request.FILES["file"]
    name = request.POST.get("name") or upload.name
    storage.save(folder, name, upload)
    Document.objects.create(folder=folder, name=name, author=request.user)
    return redirect(folder)


@login_required
def document_download(request, pk):
    document = get_object_or_404(Document, pk=pk, author=request.user)
    return FileResponse(storage.open_document(document.folder, document.name))


@login_required
def document_download_safe(request, pk):
    document = get_object_or_404(Document, pk=pk, author=request.user)
    return FileResponse(storage.open_document_safe(document.folder, document.name))
