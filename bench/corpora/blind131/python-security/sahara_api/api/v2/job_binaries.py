from sahara_api.service import api
from sahara_api.utils import api as u

rest = u.RestV2("job-binaries", __name__)


@rest.post("/job-binaries")
@u.acl("data-processing:job-binaries:create")
@u.validate_json
def job_binary_create(data):
    return u.render(api.create_job_binary(data))


@rest.get("/job-binaries/<job_binary_id>/data")
@u.acl("data-processing:job-binaries:get-data")
def job_binary_data(job_binary_id):
    return api.get_job_binary_data(job_binary_id)


@rest.put("/clusters/<cluster_id>/shares")
@u.acl("data-processing:clusters:modify")
@u.validate_json
def cluster_shares_update(cluster_id, data):
    return u.render(api.mount_shares(cluster_id, data.get("shares", [])))
