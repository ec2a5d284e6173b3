from django.http import Http404

from hyperkitty_archive.models import MailingList


def get_mlist_or_404(fqdn):
    try:
        return MailingList.objects.get(name=fqdn)
    except MailingList.DoesNotExist:
        raise Http404("No archived mailing-list by that name.")


def check_mlist_private(func):
    def inner(request, *args, **kwargs):
        mlist = get_mlist_or_404(kwargs.get("mlist_fqdn") or request.GET.get("mlist"))
        request.hk_mlist = mlist
        return func(request, *args, **kwargs)
    return inner
