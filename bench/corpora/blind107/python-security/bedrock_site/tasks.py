import requests
from celery import shared_task
from django.conf import settings


@shared_task
def subscribe_later(email, newsletters, lang, campaign):
    requests.post(settings.BASKET_URL + "/news/subscribe/", timeout=10,
                  data={"email": email, "newsletters": ",".join(newsletters), "lang": lang, "source_url": campaign})
