import csv
import io

from defusedxml import ElementTree as SafeET


def read_rows(kind, extension, data):
    if extension == ".csv":
        return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    if extension == ".xml":
        root = SafeET.fromstring(data)
        return [dict(item.attrib) for item in root.iter(kind[:-1])]
    raise ValueError("unsupported file type")
