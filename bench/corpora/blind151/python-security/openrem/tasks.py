"""Celery export tasks."""
import csv
import logging
import os

from celery import shared_task
from django.conf import settings

from .models import CtRadiationDose, GeneralStudyModuleAttr

logger = logging.getLogger(__name__)

SORT_FIELDS = {"date": "study_date", "-date": "-study_date", "accession": "accession_number"}


def _studies(filterdict):
    sort = filterdict.get("o", "study_date")
    sql = (
        "SELECT * FROM remapp_generalstudymoduleattr WHERE modality_type = %s "
        "AND study_description LIKE %s ORDER BY " + sort
    )
    desc = "%" + filterdict.get("study_description", "") + "%"
    # expect: sql-injection
    return GeneralStudyModuleAttr.objects.raw(sql, ["CT", desc])


def _studies_checked(filterdict):
    order = SORT_FIELDS.get(filterdict.get("o"), "study_date")
    qs = GeneralStudyModuleAttr.objects.filter(modality_type="CT")
    if filterdict.get("study_description"):
        qs = qs.filter(study_description__icontains=filterdict["study_description"])
    return qs.order_by(order)


@shared_task
def ct_csv(filterdict, pid=False, name=None, patid=None, user=None):
    studies = _studies(filterdict) if filterdict.get("legacy") else _studies_checked(filterdict)
    out = os.path.join(settings.MEDIA_ROOT, "exports", f"ctexport{int(user or 0)}.csv")
    with open(out, "w", newline="") as f:
        writer = csv.writer(f)
        for study in studies:
            dose = CtRadiationDose.objects.filter(general_study_module_attributes=study).first()
            writer.writerow([study.accession_number, study.study_date, getattr(dose, "total_dlp", "")])
    logger.info("CT export for user %s written", user)
    return out
