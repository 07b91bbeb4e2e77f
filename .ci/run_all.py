"""Run notebooks as Jupyter's "Run All" does, and record how long each took.

Each notebook runs top to bottom in a fresh kernel (nbclient, the library Jupyter itself uses), with the
notebook's folder as working directory and matplotlib's inline backend. Unlike `nbdev_test` and
`.ci/execute_nbs.py`, nothing is skipped: `#| slow`, `#| gpu` and `#| eval: false` cells run too, because Run All
ignores nbdev's flags. So a cell must guard itself, in its own code, and print one line when it skips:

- `#| gpu`: `if not torch.cuda.is_available(): print("skipped: needs a CUDA GPU")`, the work in the `else`;
- `#| slow` (over a minute on two CPU cores): runs only when the environment variable BAM_RUN_SLOW is 1, e.g.
  `if os.environ.get("BAM_RUN_SLOW") != "1": print("skipped: slow on a CPU; set BAM_RUN_SLOW=1 to run it")`;
- `#| eval: false` (something that cannot run here, e.g. a real download): the same kind of guard.

A notebook fails when a cell raises or when anything is written to stderr (a warning included). The notebooks are
not modified.

Usage (from the repository root, in the venv):

    python .ci/run_all.py nbs/0[0-9]_*.ipynb            # the course
    python .ci/run_all.py nbs/*.ipynb --no-record       # everything, without touching the results file

The wall time of every notebook run, and whether it passed (a failed one's time is up to where it stopped), is
written into data/results/bench/notebooks/run_all.json (the project's results schema: device, torch, code version,
date), merged with the times already there, so that the README can print a table of run times from it.
Exit status: 0 if every notebook passed, 1 otherwise. This is a development tool; the package does not import it.
"""
import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

RECORD = Path("data/results/bench/notebooks/run_all.json")
ANSI = re.compile(r"\x1b\[[0-9;]*m")  # the colours of a traceback


def run_notebook(path, timeout):
    "Execute the notebook at `path` in a fresh kernel; returns (seconds, problems) where problems are one-line strings."
    nb = nbformat.read(path, as_version=4)
    env = {k: v for k, v in os.environ.items() if k != "MPLBACKEND"}  # Jupyter's inline backend, as a user gets it
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(Path(path).parent)}})
    problems, start = [], time.perf_counter()
    # The kernel process's own log (not a cell's output: cells' stderr comes back through the notebook) goes to a file,
    # so that ipykernel's start-up notes do not read as failures; its last line is reported if the kernel dies.
    with tempfile.TemporaryFile(mode="w+") as kernel_log:
        try:
            client.execute(env=env, stderr=kernel_log)
        except CellExecutionError as e:
            problems.append(f"error: {str(e).strip().splitlines()[-1][:300]}")
        except (CellTimeoutError, DeadKernelError) as e:
            kernel_log.seek(0); said = kernel_log.read().strip().splitlines() or [""]
            problems.append(f"{type(e).__name__}: {str(e).strip().splitlines()[0][:300]} (kernel: {said[-1][:200]})")
    seconds = time.perf_counter() - start
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code": continue
        for out in cell.outputs:
            if out.get("output_type") == "stream" and out.get("name") == "stderr" and out.get("text", "").strip():
                problems.append(f"cell {i}: stderr: {out['text'].strip().splitlines()[0][:300]}")
            if out.get("output_type") == "error":
                problems.append(f"cell {i}: {out.get('ename')}: {out.get('evalue', '')[:300]}")
    return seconds, list(dict.fromkeys(ANSI.sub("", p) for p in problems))


def record(times, version, path=RECORD):
    "Merge {notebook: (seconds, passed)}, run by code `version`, into the results file at `path` (atomically, in the project's schema)."
    from bam_nbdev.results import load_result, make_cell_id, make_result, write_json_atomic
    import datetime as dt
    old = load_result(path)["metrics"].get("notebooks", {}) if path.exists() else {}
    old = {name: r for name, r in old.items() if (Path("nbs") / f"{name}.ipynb").exists()}  # a deleted notebook's time goes
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    new = {name: {"seconds": round(s, 1), "passed": ok, "code_version": version, "created": now} for name, (s, ok) in times.items()}
    config = {"how": "nbclient, a fresh python3 kernel per notebook, cwd nbs/, every cell run (no nbdev flags)",
              "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS")}
    metrics = {"notebooks": dict(sorted((old | new).items())), "cpu_cores": os.cpu_count()}
    import platform, torch
    device = torch.cuda.get_device_name() if torch.cuda.is_available() else f"cpu: {platform.machine()}, {os.cpu_count()} cores"
    write_json_atomic(make_result("bench", make_cell_id("notebooks", "run_all"), config, metrics, device=device, version=version), path)
    return path


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="+", help="notebook files, e.g. nbs/00_bam.ipynb")
    parser.add_argument("--timeout", type=int, default=900, help="seconds per cell (default 900)")
    parser.add_argument("--no-record", action="store_true", help="do not write the run-times results file")
    args = parser.parse_args(argv)
    missing = [p for p in args.notebooks if not Path(p).is_file()]
    if missing:
        parser.error(f"no such notebook: {', '.join(missing)}")
    from bam_nbdev.results import code_version
    times, failed, version = {}, [], code_version()            # the code as it was when the runs began
    for p in args.notebooks:
        seconds, problems = run_notebook(p, args.timeout)
        print(f"{'ok' if not problems else 'FAILED':6} {Path(p).name:28} {seconds:7.1f} s", flush=True)
        for line in problems: print(f"       {line}", flush=True)
        if problems: failed.append(Path(p).name)
        times[Path(p).stem] = (seconds, not problems)          # a failed notebook's time is up to where it stopped
    if times and not args.no_record:
        print(f"run times recorded in {record(times, version)}")
    if failed:
        print(f"{len(failed)} of {len(args.notebooks)} notebooks failed under Run All: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
