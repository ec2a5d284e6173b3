"""Falcon resource for staging site configuration documents."""
import falcon

from shipyard_airflow import policy
from shipyard_airflow.control.base import BaseResource
from shipyard_airflow.control.helpers.configdocs_helper import ConfigdocsHelper


class ConfigDocsResource(BaseResource):

    @policy.ApiEnforcer(policy.CREATE_CONFIGDOCS)
    def on_post(self, req, resp, collection_id):
        document_data = req.stream.read(req.content_length or 0)
        buffer_mode = req.get_param("buffermode") or "rejectOnContents"
        helper = ConfigdocsHelper(req.context)
        validations = helper.add_collection(collection_id, document_data.decode("utf-8"), buffer_mode)
        resp.status = falcon.HTTP_201
        resp.text = self.to_json({"validations": validations})
