"""Execute notebooks in place, in a fresh kernel, so that the committed notebooks show real outputs.

Cells flagged with one of settings.ini's tst_flags (`#| slow`, `#| gpu`) are skipped, as nbdev_test
skips them, unless the flag is named with --flags; `#| eval: false` cells are never run. Usage (from the repository root, in the venv):

    python .ci/execute_nbs.py nbs/00_bam.ipynb [more.ipynb ...] [--flags "slow gpu"]

Run it without MPLBACKEND set, so that figures are stored inline; then `nbdev_clean`. Lines of environment noise on
stderr (a missing CUDA runtime, profiler start and stop) are not stored. This is a development tool; the package does
not import it.
"""
import argparse
import configparser
import re
import subprocess
from pathlib import Path

import nbformat
from nbclient import NotebookClient


NOISE = re.compile(r"No CUDA runtime is found|Kernel is running over TCP|gpuGetDeviceCount|profiler_(start|stop)")


def cell_flags(source):
    "The `#| flag` directives of a cell that are bare words (not `#| export`-style key: value lines)."
    return {m.group(1) for m in re.finditer(r"^#\|\s*(\w+)\s*$", source, flags=re.M)}


def execute(path, run_flags, tst_flags, timeout):
    nb = nbformat.read(path, as_version=4)
    skipped = {}
    for i, cell in enumerate(nb.cells):
        no_eval = re.search(r"^#\|\s*eval:\s*false\s*$", cell.source, flags=re.M)
        if cell.cell_type == "code" and (no_eval or (cell_flags(cell.source) & tst_flags) - run_flags):
            skipped[i] = cell.source
            cell.source = ""
    NotebookClient(nb, timeout=timeout, kernel_name="python3",
                   resources={"metadata": {"path": str(Path(path).parent)}}).execute(stderr=subprocess.DEVNULL)  # the kernel process's own start-up log
    for i, source in skipped.items():
        nb.cells[i].source, nb.cells[i].outputs, nb.cells[i].execution_count = source, [], None
    for cell in nb.cells:                # the environment's chatter, not the notebook's: not stored
        if cell.cell_type != "code": continue
        for o in cell.outputs:
            if o.get("name") == "stderr":
                o["text"] = "".join(line for line in o["text"].splitlines(keepends=True) if not NOISE.search(line))
        cell.outputs = [o for o in cell.outputs if not (o.get("name") == "stderr" and not o["text"].strip())]
    nbformat.write(nb, path)
    print(f"executed {path} ({len(skipped)} flagged cells skipped)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="+")
    parser.add_argument("--flags", default="", help="flagged cells to run as well, e.g. 'slow gpu'")
    parser.add_argument("--timeout", type=int, default=1800, help="seconds per cell")
    args = parser.parse_args()
    cfg = configparser.ConfigParser()
    cfg.read("settings.ini")
    tst_flags = set(cfg["DEFAULT"].get("tst_flags", "").split())
    for nb_path in args.notebooks:
        execute(nb_path, set(args.flags.split()), tst_flags, args.timeout)
