from shuup_admin.models import Shop


class ShuupAdminMiddleware:
    """Puts the active shop and the raw list filters on the request, like the admin's own middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        shop_id = request.session.get("admin_shop")
        request.shop = Shop.objects.filter(pk=shop_id).first() if shop_id else Shop.objects.first()
        request.picotable_sort = request.GET.get("sort", "")
        request.picotable_filter = request.GET.get("filter", "")
        return self.get_response(request)
