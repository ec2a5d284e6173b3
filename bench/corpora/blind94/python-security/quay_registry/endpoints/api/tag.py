from quay_registry.data.model import tag as tag_model
from quay_registry.endpoints.api import ApiResource, nickname, parse_args, query_param, resource


@resource("/v1/repository/<apirepopath:repository>/tag/")
class ListRepositoryTags(ApiResource):
    @nickname("listRepoTags")
    @parse_args()
    @query_param("specificTag", "Filters the tags to the specific tag.", type=str, default="")
    @query_param("filter_tag_name", "Syntax: <op>:<name>", type=str, default="")
    @query_param("limit", "Limit to the number of results to return per page.", type=int, default=50)
    @query_param("page", "Page index for the results.", type=int, default=1)
    def get(self, parsed_args, namespace, repository):
        specific = parsed_args["specificTag"]
        filter_name = parsed_args["filter_tag_name"]
        limit = min(parsed_args["limit"], 100)
        tags = tag_model.list_repository_tags(namespace, repository, specific, limit, parsed_args["page"])
        if filter_name:
            op, _, name = filter_name.partition(":")
            tags = tag_model.filter_tags(namespace, repository, op, name)
        return {"tags": [t.name for t in tags]}
