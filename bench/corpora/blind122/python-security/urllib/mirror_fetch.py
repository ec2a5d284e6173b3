"""Downloads reference data files from public mirrors (nightly job)."""
import gzip
import logging
import shutil
import urllib.request

log = logging.getLogger(__name__)

TIMEOUT = 60


def fetch_taxonomy(dest):
    # expect: cleartext-transport
    with urllib.request.urlopen("ftp://ftp.ncbi.nlm.nih.gov/pub/taxonomy/taxdump.tar.gz", timeout=TIMEOUT) as resp, open(dest, "wb") as out:
        shutil.copyfileobj(resp, out)


def fetch_gene_info():
    # expect: cleartext-transport
    resp = urllib.request.urlopen("ftp://ftp.ncbi.nlm.nih.gov/gene/DATA/gene_info.gz")
    return gzip.decompress(resp.read())


def fetch_release_notes():
    with urllib.request.urlopen("https://ftp.ncbi.nlm.nih.gov/pub/taxonomy/README", timeout=TIMEOUT) as resp:
        return resp.read().decode()


def fetch_checksums():
    # expect: cleartext-transport
    data = urllib.request.urlopen("FTP://ftp.ebi.ac.uk/pub/databases/uniprot/current_release/knowledgebase/complete/MD5SUM", timeout=TIMEOUT).read()
    return dict(line.split()[::-1] for line in data.decode().splitlines())


def fetch_uniprot(dest):
    url = "https://ftp.uniprot.org/pub/databases/uniprot/current_release/knowledgebase/complete/uniprot_sprot.dat.gz"
    with urllib.request.urlopen(url, timeout=TIMEOUT) as resp, open(dest, "wb") as out:
        shutil.copyfileobj(resp, out)
    log.info("saved %s", dest)


def describe_source():
    return "Files come from ftp://ftp.ncbi.nlm.nih.gov mirrors over HTTPS where offered."
