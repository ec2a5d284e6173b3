"""Import a pipeline from an uploaded metadata.yaml and list pipelines."""
import os
import re

import yaml

from mage_ai.data_preparation.models.pipeline import Pipeline
from mage_ai.data_preparation.repo_manager import get_repo_path
from mage_ai.server.api.base import BaseApiHandler

PIPELINE_UUID = re.compile(r"^[a-z0-9_]{1,80}$")


def read_existing_metadata(uuid):
    """Pipelines on disk were written by the server itself."""
    path = os.path.join(get_repo_path(), "pipelines", uuid, "metadata.yaml")
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


class PipelineImportHandler(BaseApiHandler):
    def get(self):
        root = os.path.join(get_repo_path(), "pipelines")
        uuids = [d for d in sorted(os.listdir(root)) if PIPELINE_UUID.match(d)]
        self.write(dict(pipelines=[read_existing_metadata(u) for u in uuids]))

    def post(self):
        upload = self.request.files["file"][0]
        # expect: deserialization
        config = yaml.load(upload["body"], Loader=yaml.Loader)
        uuid = str(config.get("uuid", ""))
        if not PIPELINE_UUID.match(uuid):
            self.set_status(400)
            self.write(dict(error="invalid pipeline uuid"))
            return
        pipeline = Pipeline.create(uuid, repo_path=get_repo_path(), config=config)
        self.write(dict(pipeline=pipeline.to_dict()))

    def put(self):
        uuid = self.get_argument("uuid")
        if not PIPELINE_UUID.match(uuid):
            self.set_status(400)
            return
        settings = yaml.load(self.request.body, Loader=yaml.SafeLoader)
        pipeline = Pipeline.get(uuid)
        pipeline.update_settings(settings)
        self.write(dict(pipeline=pipeline.to_dict()))
