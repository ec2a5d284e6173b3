"""CVAT-XML annotation import: one lxml path and one defusedxml path."""
import defusedxml.ElementTree as ET
from lxml import etree


def load_cvat_xml(file_object, task_data):
    parser = etree.XMLParser(remove_blank_text=True)
    # expect: xxe
    root = etree.parse(file_object, parser).getroot()
    for image in root.iter("image"):
        task_data.add_frame(int(image.get("id")), image.get("name"))


def load_cvat_xml_safe(file_object, task_data):
    root = ET.parse(file_object).getroot()
    for image in root.iter("image"):
        task_data.add_frame(int(image.get("id")), image.get("name"))


def load_meta_xml(file_object):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.parse(file_object, parser).getroot()
