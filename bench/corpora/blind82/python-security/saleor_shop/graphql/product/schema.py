import graphene

from ...webhook.tasks import trigger_product_export
from .resolvers import resolve_product_by_slug, resolve_products, resolve_search_preview


class ProductSortField(graphene.Enum):
    NAME = "name"
    PRICE = "price"
    CREATED = "created_at"


class ProductQueries(graphene.ObjectType):
    products = graphene.List(
        graphene.String,
        channel=graphene.String(),
        search=graphene.String(),
        sort_by=graphene.String(),
    )
    product = graphene.String(slug=graphene.String(required=True))
    search_preview = graphene.String(search=graphene.String())

    def resolve_products(self, info, channel=None, search=None, sort_by=None):
        channel = channel or info.context.channel_slug
        return resolve_products(info, channel, phrase=search, sort_by=sort_by)

    def resolve_product(self, info, slug):
        return resolve_product_by_slug(info, slug)

    def resolve_search_preview(self, info, search=None):
        return resolve_search_preview(info, search or "")


class ExportProducts(graphene.Mutation):
    class Arguments:
        target_url = graphene.String(required=True)
        file_type = graphene.String()

    ok = graphene.Boolean()

    @classmethod
    def mutate(cls, root, info, target_url, file_type=None):
        trigger_product_export.delay(target_url, file_type or "csv", info.context.user.pk)
        return ExportProducts(ok=True)
