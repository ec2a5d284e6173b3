from celery import shared_task
import requests

from wger_workouts.gallery import storage


@shared_task
def fetch_remote_image(exercise_id, image_url):
    # expect: ssrf
    response = requests.get(image_url, timeout=20, headers={"User-Agent": "wger/2.3"})
    response.raise_for_status()
    storage.save_image(exercise_id, response.content)
