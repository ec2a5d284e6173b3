"""Jobs run by the rq workers."""
import requests

from robotoff import settings


def _image_url(barcode, image_id):
    folder = "/".join([barcode[0:3], barcode[3:6], barcode[6:9], barcode[9:]])
    return f"{settings.STATIC_IMAGES_URL}/{folder}/{int(image_id)}.jpg"


def import_image(barcode, image_url):
    # expect: ssrf
    r = requests.get(image_url, timeout=20)
    r.raise_for_status()
    return {"barcode": barcode, "size": len(r.content)}


def refresh_product(barcode, image_id=None):
    if image_id is None:
        return None
    r = requests.get(_image_url(barcode, image_id), timeout=20)
    return r.status_code
