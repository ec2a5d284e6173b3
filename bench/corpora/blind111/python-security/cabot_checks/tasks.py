from celery import shared_task

from .models import HttpStatusCheck, ICMPStatusCheck, Service

CHECK_MODELS = {"http": HttpStatusCheck, "icmp": ICMPStatusCheck}


@shared_task(ignore_result=True)
def run_status_check(kind, check_id):
    check = CHECK_MODELS[kind].objects.get(id=check_id)
    return check._run()


@shared_task(ignore_result=True)
def send_alert(service_id, status):
    service = Service.objects.get(id=service_id)
    return service.render_alert(status)
