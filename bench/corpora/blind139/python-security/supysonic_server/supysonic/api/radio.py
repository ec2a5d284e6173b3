from flask import request

from supysonic.api import api_routing
from supysonic.db import RadioStation


@api_routing("/createInternetRadioStation")
def create_radio_station():
    RadioStation(stream_url=request.values["streamUrl"], name=request.values["name"],
                 homepage_url=request.values.get("homepageUrl"))
    return {"status": "ok"}
