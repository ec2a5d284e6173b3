"""Router without ACL checks: one method per API call returning its handler."""
from grr_api.gui.api_plugins import vfs, flow, hunt, artifact


class ApiCallRouterWithoutChecks:
    def GetFileBlob(self, args, token=None):
        return vfs.ApiGetFileBlobHandler(args, token)

    def ListFlows(self, args, token=None):
        return flow.ApiListFlowsHandler(args, token)

    def CreateHunt(self, args, token=None):
        return hunt.ApiCreateHuntHandler(args, token)

    def UploadArtifact(self, args, token=None):
        return artifact.ApiUploadArtifactHandler(args, token)
