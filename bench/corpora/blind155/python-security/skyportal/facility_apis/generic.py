"""Generic facility API: submits follow-up requests to the allocation's endpoint."""
import requests
from baselayer.log import make_log

log = make_log("facility_apis/generic")

TNS_URL = "https://www.wis-tns.org/api/get/object"


class GenericAPI:
    def __init__(self, allocation):
        self.allocation = allocation
        self.altdata = allocation.altdata or {}

    def submit(self, request):
        url = self.altdata.get("url")
        if not url:
            url = self.allocation.instrument.api_url
        payload = {"obj_id": request.obj_id, "payload": request.payload}
        log(f"Submitting follow-up request {request.id}")
        # expect: ssrf
        response = requests.post(url, json=payload, timeout=30)
        request.status = "submitted" if response.ok else f"rejected: {response.status_code}"
        return response

    def tns_lookup(self, name):
        response = requests.post(TNS_URL, data={"objname": name}, timeout=30)
        return response.json()

    def delete(self, request):
        base = self.allocation.instrument.api_url
        return requests.delete(f"{base}/requests/{int(request.id)}", timeout=30)
