"""RQ jobs of devices."""
from django_rq import job

from .models import Router


@job("default")
def test_router_connection(router_pk):
    router = Router.objects.get(pk=router_pk)
    reachable = router.ping()
    return {"router": router.name, "reachable": reachable, "path": router.traceroute() if reachable else ""}
