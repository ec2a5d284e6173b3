import cherrypy

from girder_data.api.rest import Description, Resource, autoDescribeRoute
from girder_data.models.assetstore import FilesystemAssetstoreAdapter
from girder_data.utility import downloads


class File(Resource):
    def __init__(self):
        self.resourceName = "file"
        self.adapter = FilesystemAssetstoreAdapter("/srv/girder/assetstore")

    @autoDescribeRoute(Description("Import a file already on the assetstore disk.").param("importPath", "Path relative to the assetstore root"))
    def importFile(self, importPath):
        return self.adapter.importFile(importPath)

    @autoDescribeRoute(Description("Import a file, confined to the root.").param("importPath", "Path relative to the assetstore root"))
    def importFileConfined(self, importPath):
        return self.adapter.importFileConfined(importPath)

    @autoDescribeRoute(Description("Download a file.").param("id", "File id").param("contentDisposition", "inline or attachment", required=False, default="attachment").param("offset", "Byte offset", dataType="integer", required=False, default=0))
    def download(self, id, contentDisposition, offset):
        disposition = contentDisposition if contentDisposition in ("inline", "attachment") else "attachment"
        name = downloads.file_name(id)
        cherrypy.response.headers["Content-Disposition"] = downloads.disposition_header(disposition, name)
        return self.adapter.readRange(id, offset)

    @autoDescribeRoute(Description("Redirect to a signed URL").param("returnUrl", "Where to go after login", required=False))
    def loginRedirect(self, returnUrl):
        target = returnUrl or "/"
        # expect: open-redirect
        raise cherrypy.HTTPRedirect(target)

    @autoDescribeRoute(Description("Redirect within the app").param("returnUrl", "Where to go after login", required=False))
    def loginRedirectLocal(self, returnUrl):
        target = returnUrl if returnUrl and returnUrl.startswith("/") and not returnUrl.startswith("//") else "/"
        raise cherrypy.HTTPRedirect(target)
