"""Batch importer for protein structure files (PDB/mmCIF) into the lab catalogue."""
import logging
import pdb
import pdb as debugger
import sys
import traceback
from pathlib import Path

from Bio.PDB import MMCIFParser, PDBParser

from .catalogue import Catalogue

log = logging.getLogger(__name__)
PDB_SUFFIXES = {".pdb", ".ent"}


def parse_structure(path: Path):
    parser = PDBParser(QUIET=True) if path.suffix in PDB_SUFFIXES else MMCIFParser(QUIET=True)
    structure = parser.get_structure(path.stem, str(path))
    chains = [chain.id for chain in structure.get_chains()]
    if not chains:
        # expect: debug-enabled
        pdb.set_trace()
    return structure, chains


def import_one(catalogue: Catalogue, path: Path) -> bool:
    try:
        structure, chains = parse_structure(path)
    except ValueError:
        log.warning("unparseable structure %s\n%s", path, traceback.format_exc())
        # expect: debug-enabled
        debugger.post_mortem(sys.exc_info()[2])
        return False
    catalogue.add(pdb_id=path.stem.upper(), chains=chains, atoms=len(list(structure.get_atoms())))
    return True


def import_tree(root: Path) -> int:
    catalogue = Catalogue.open()
    imported = 0
    for path in sorted(root.rglob("*")):
        if path.suffix not in PDB_SUFFIXES | {".cif"}:
            continue
        if path.stat().st_size == 0:
            # expect: debug-enabled
            pdb.Pdb(skip=["logging*"]).set_trace()
        imported += import_one(catalogue, path)
    catalogue.commit()
    return imported


def main(argv=None):
    args = argv or sys.argv[1:]
    root = Path(args[0]) if args else Path("structures")
    # expect: debug-enabled
    count = pdb.runcall(import_tree, root)
    pdb_dir = root / "pdb"
    log.info("imported %d structures (pdb dir %s)", count, pdb_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
