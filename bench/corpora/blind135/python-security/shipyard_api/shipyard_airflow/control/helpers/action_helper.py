"""Starts Airflow DAG runs after fetching the design documents."""
import requests

from shipyard_airflow.conf import config

DECKHAND_REVISIONS = "http://deckhand-int.ucp.svc.cluster.local:9000/api/v1.0/revisions"


class ActionsHelper(object):

    def invoke(self, dag_id, context=None, **parameters):
        design_ref = parameters.get("design_ref")
        if not design_ref:
            design_ref = DECKHAND_REVISIONS + "/latest/rendered-documents"
        # expect: ssrf
        documents = requests.get(design_ref, timeout=30).text
        revisions = requests.get(DECKHAND_REVISIONS, timeout=30).json()
        run = requests.post("%s/api/experimental/dags/%s/dag_runs" % (config.base.airflow_api_url, dag_id),
                            json={"conf": {"design_ref": design_ref}}, timeout=30)
        return {"dag_id": dag_id, "documents": len(documents), "revisions": len(revisions), "run": run.status_code}
