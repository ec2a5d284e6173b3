"""Flask-RESTful resources proxying the upstream weather provider."""
import os

import requests
from flask import Flask
from flask_restful import Api, Resource

from .auth import require_api_key

UPSTREAM = "https://api.weather-provider.example/v2"
API_KEY = os.environ["WEATHER_API_KEY"]

app = Flask(__name__)
api = Api(app)


class Forecast(Resource):
    method_decorators = [require_api_key]

    def get(self, city):
        url = "{}/forecast/{}?key={}".format(UPSTREAM, city, API_KEY)
        # expect: ssrf
        resp = requests.get(url, timeout=5)
        return resp.json()


class RegionalRadar(Resource):
    method_decorators = [require_api_key]

    def get(self, region):
        # expect: ssrf
        resp = requests.get("https://{}.radar.weather-provider.example/latest".format(region), timeout=5)
        return resp.json()

    def post(self, region):
        # expect: ssrf
        resp = requests.post("https://{}.radar.weather-provider.example/subscribe".format(region), json={"key": API_KEY}, timeout=5)
        return resp.json(), resp.status_code


class Alerts(Resource):
    method_decorators = [require_api_key]

    def get(self, city):
        resp = requests.get(f"{UPSTREAM}/alerts", params={"city": city, "key": API_KEY}, timeout=5)
        return resp.json()


class Station(Resource):
    method_decorators = [require_api_key]

    def get(self, station_id):
        resp = requests.get("{}/stations/{:d}".format(UPSTREAM, int(station_id)), params={"key": API_KEY}, timeout=5)
        return resp.json()


api.add_resource(Forecast, "/forecast/<string:city>")
api.add_resource(RegionalRadar, "/radar/<string:region>")
api.add_resource(Alerts, "/alerts/<string:city>")
api.add_resource(Station, "/stations/<station_id>")
