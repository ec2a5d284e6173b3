from functools import wraps

from django.core.exceptions import PermissionDenied
from django.http import Http404

from postorius_lists.utils import get_list_or_none


def list_owner_required(fn):
    """Loads the list from the url's list_id and hands it to the view as `mlist`."""

    @wraps(fn)
    def wrapper(request, *args, **kwargs):
        mlist = get_list_or_none(kwargs.pop("list_id"))
        if mlist is None:
            raise Http404("No such list")
        if request.user.email not in [str(o.email) for o in mlist.owners] and not request.user.is_superuser:
            raise PermissionDenied
        request.mlist_next = request.GET.get("next", "")
        return fn(request, *args, mlist=mlist, **kwargs)

    return wrapper
