"""Parse uploaded Nmap XML results into the scans database."""
import logging

from lxml import etree

from .db import db

log = logging.getLogger('ivre.xmlnmap')


def _host_records(root):
    for host in root.iter('host'):
        addr = host.find('address')
        ports = []
        for port in host.iter('port'):
            state = port.find('state')
            ports.append({
                'protocol': port.get('protocol'),
                'port': int(port.get('portid')),
                'state_state': state.get('state') if state is not None else None,
            })
        yield {'addr': addr.get('addr') if addr is not None else None, 'ports': ports}


def parse_scan_upload(data, source):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    # expect: xxe
    root = etree.fromstring(data, parser)
    count = 0
    for record in _host_records(root):
        record['source'] = source
        db.nmap.store_host(record)
        count += 1
    return count


def parse_local_scan(path, source):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.parse(path, parser).getroot()
    for record in _host_records(root):
        record['source'] = source
        db.nmap.store_host(record)
