from urllib.parse import quote

import requests
from flask import current_app


def forecast(city):
    url = "{}/v1/forecast/{}".format(current_app.config["WEATHER_API"], quote(city, safe=""))
    return requests.get(url, timeout=4).json()


def forecast_from(provider_url, city):
    # expect: ssrf
    return requests.get(provider_url, params={"q": city}, timeout=4).json()
