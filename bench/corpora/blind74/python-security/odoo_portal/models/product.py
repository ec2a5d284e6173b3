"""Product search helpers used by the shop controller."""
import logging

from odoo import api, fields, models

_logger = logging.getLogger(__name__)


class ProductTemplate(models.Model):
    _inherit = "product.template"

    portal_keywords = fields.Char(string="Portal keywords")

    @api.model
    def _portal_search_ids(self, search, category_id=None, limit=40):
        query = """
            SELECT pt.id FROM product_template pt
             WHERE pt.website_published = true
               AND (pt.name::text ILIKE '%%%s%%' OR pt.portal_keywords ILIKE '%%%s%%')
        """ % (search, search)
        if category_id:
            query += " AND pt.public_categ_id = %d" % int(category_id)
        query += " ORDER BY pt.website_sequence LIMIT %d" % int(limit)
        # expect: sql-injection
        self.env.cr.execute(query)
        return [row[0] for row in self.env.cr.fetchall()]

    @api.model
    def _portal_search_ids_bound(self, search, category_id=None, limit=40):
        query = """
            SELECT pt.id FROM product_template pt
             WHERE pt.website_published = true
               AND (pt.name::text ILIKE %s OR pt.portal_keywords ILIKE %s)
        """
        params = ["%" + search + "%", "%" + search + "%"]
        if category_id:
            query += " AND pt.public_categ_id = %s"
            params.append(int(category_id))
        query += " ORDER BY pt.website_sequence LIMIT %s"
        params.append(int(limit))
        self.env.cr.execute(query, params)
        return [row[0] for row in self.env.cr.fetchall()]
