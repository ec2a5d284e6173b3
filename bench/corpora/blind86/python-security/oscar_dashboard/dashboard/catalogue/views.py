"""Dashboard catalogue: product list filtered by the search form."""
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.views import generic

from oscar_dashboard.core.loading import get_model
from oscar_dashboard.core.sorting import sort_queryset
from oscar_dashboard.dashboard.catalogue.forms import ProductSearchForm

Product = get_model("catalogue", "Product")


class ProductListView(generic.ListView):
    template_name = "oscar/dashboard/catalogue/product_list.html"
    form_class = ProductSearchForm
    description_template = "Products %(upc_filter)s %(title_filter)s"

    def get_queryset(self):
        queryset = Product.objects.browsable_dashboard().order_by("-date_created")
        self.form = self.form_class(self.request.GET)
        if not self.form.is_valid():
            return queryset
        data = self.form.cleaned_data
        if data["upc"]:
            # expect: sql-injection
            queryset = queryset.extra(where=["catalogue_product.upc LIKE '%%%s%%'" % data["upc"]])
        if data["title"]:
            queryset = queryset.extra(where=["catalogue_product.title ILIKE %s"], params=["%" + data["title"] + "%"])
        if data["partner_sku"]:
            queryset = queryset.filter(stockrecords__partner_sku__iexact=data["partner_sku"])
        return sort_queryset(queryset, self.request, ["title", "upc", "date_created"])

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        upc = self.request.GET.get("upc", "")
        title = self.request.GET.get("title", "")
        ctx["queryset_description"] = format_html("Products matching {} / {}", upc, title)
        # expect: xss
        ctx["search_hint"] = mark_safe("Showing results for <em>%s</em>" % title)
        return ctx
