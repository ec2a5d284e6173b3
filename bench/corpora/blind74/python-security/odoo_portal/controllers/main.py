"""Shop search and language switch."""
import logging

import werkzeug.utils
from odoo import http
from odoo.http import request

_logger = logging.getLogger(__name__)


class PortalShop(http.Controller):
    @http.route(["/shop/quick-search"], type="http", auth="public", website=True, sitemap=False)
    def quick_search(self, search="", category=None, **post):
        search = (search or "").strip()
        try:
            category_id = int(category) if category else None
        except ValueError:
            category_id = None
        Product = request.env["product.template"].sudo()
        ids = Product._portal_search_ids(search, category_id=category_id) if search else []
        products = Product.browse(ids)
        return request.render("portal_shop_extras.quick_search", {"products": products, "search": search})

    @http.route(["/shop/quick-search-bound"], type="http", auth="public", website=True, sitemap=False)
    def quick_search_bound(self, search="", **post):
        Product = request.env["product.template"].sudo()
        products = Product.browse(Product._portal_search_ids_bound(search.strip()))
        return request.render("portal_shop_extras.quick_search", {"products": products, "search": search})

    @http.route(["/shop/change_lang"], type="http", auth="public", website=True, sitemap=False)
    def change_lang(self, lang="en_US", r="/shop", **kw):
        request.session["portal_lang"] = lang if lang in dict(request.env["res.lang"].get_installed()) else "en_US"
        target = r or "/shop"
        # expect: open-redirect
        return werkzeug.utils.redirect(target, 303)

    @http.route(["/shop/back"], type="http", auth="public", website=True, sitemap=False)
    def back_to_shop(self, r="/shop", **kw):
        if not r.startswith("/") or r.startswith("//"):
            r = "/shop"
        return request.redirect(r)
