import os


class LocalArtifactRepository:
    def __init__(self, artifact_uri):
        self.artifact_dir = artifact_uri

    def download_artifacts(self, artifact_path):
        return os.path.join(self.artifact_dir, os.path.normpath(artifact_path))
