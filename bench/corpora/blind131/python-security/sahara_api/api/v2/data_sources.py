from sahara_api.service import api
from sahara_api.utils import api as u

rest = u.RestV2("data-sources", __name__)


@rest.get("/data-sources")
@u.acl("data-processing:data-sources:get_all")
def data_sources_list():
    result = api.get_data_sources(**u.get_request_args().to_dict())
    return u.render(res=result, name="data_sources")


@rest.get("/data-sources/by-type")
@u.acl("data-processing:data-sources:get_all")
def data_sources_by_type():
    return u.render(res=api.get_data_sources_by_type(u.get_request_args().get("type", "swift")))
