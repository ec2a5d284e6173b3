from celery import shared_task

from mayan_edms.ocr.backends import Tesseract, TesseractChecked


@shared_task(ignore_result=True)
def task_document_ocr(file_path, language):
    return Tesseract().execute(file_path=file_path, language=language)


@shared_task(ignore_result=True)
def task_document_ocr_checked(file_path, language):
    return TesseractChecked().execute(file_path=file_path, language=language)
