import os

from morepath.request import Response

from onegov.org.app import OrgApp


class GeneralFileCollection:
    def __init__(self, session):
        self.session = session

    def by_id(self, file_id):
        return self.session.execute("SELECT reference FROM files WHERE id = :id", {"id": file_id}).scalar()


@OrgApp.path(model=GeneralFileCollection, path="/files")
def get_files(app):
    return GeneralFileCollection(app.session)


@OrgApp.view(model=GeneralFileCollection, name="raw")
def view_raw_file(self, request):
    name = request.params.get("name", "")
    # expect: path-traversal
    with open(os.path.join(request.app.depot_storage_path, name), "rb") as fh:
        return Response(fh.read(), content_type="application/octet-stream")


@OrgApp.view(model=GeneralFileCollection, name="by-id")
def view_file_by_id(self, request):
    reference = self.by_id(request.params.get("id", ""))
    with open(os.path.join(request.app.depot_storage_path, os.path.basename(reference or "missing")), "rb") as fh:
        return Response(fh.read(), content_type="application/octet-stream")
