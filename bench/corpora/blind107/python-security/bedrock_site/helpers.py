import json
import os

from django.conf import settings
from markupsafe import Markup, escape

KNOWN_PRODUCTS = {"firefox": "firefox_versions.json", "mobile": "mobile_details.json", "thunderbird": "thunderbird_versions.json"}


def campaign_banner(campaign):
    # expect: xss
    return Markup('<p class="campaign">You came here from ' + campaign + "</p>")


def campaign_banner_escaped(campaign):
    return Markup('<p class="campaign">You came here from %s</p>') % escape(campaign)


def product_details_file(product):
    path = os.path.join(settings.PROD_DETAILS_JSON_REPO_PATH, product + ".json")
    # expect: path-traversal
    with open(path) as fh:
        return json.load(fh)


def product_details_known(product):
    filename = KNOWN_PRODUCTS.get(product)
    if filename is None:
        return None
    with open(os.path.join(settings.PROD_DETAILS_JSON_REPO_PATH, filename)) as fh:
        return json.load(fh)
