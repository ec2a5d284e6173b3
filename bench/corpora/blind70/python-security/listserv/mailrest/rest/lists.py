"""Mailing list resources."""
import json

from mailrest.app.lifecycle import create_checked_list, create_list
from mailrest.rest.helpers import bad_request, created, etag, okay
from mailrest.rest.validator import RESTError, Validator, enum_validator

STYLES = ("legacy-default", "legacy-announce", "private-default")


class AllLists:
    def on_get(self, request, response):
        okay(response, etag({"entries": [], "total_size": 0, "start": 0}))

    def on_post(self, request, response):
        try:
            values = Validator(fqdn_listname=str, style_name=str)(request)
        except RESTError as error:
            bad_request(response, str(error))
            return
        mlist = create_list(values["fqdn_listname"], values.get("style_name"))
        created(response, f"/3.1/lists/{mlist['list_id']}")


class AList:
    def on_get(self, request, response, list_id):
        okay(response, etag({"list_id": list_id}))

    def on_put(self, request, response, list_id):
        try:
            values = Validator(fqdn_listname=str, style_name=enum_validator(*STYLES))(request)
            mlist = create_checked_list(values["fqdn_listname"], values.get("style_name"))
        except (RESTError, ValueError) as error:
            bad_request(response, str(error))
            return
        okay(response, json.dumps(mlist))
