"""Fail if the installed bam_nbdev holds a file that pip did not install (its RECORD), __pycache__ aside.

Run with the interpreter of the environment that holds the wheel, after using it (e.g. after `bam-figures`): the
package must never write into its own folder (datasets are unpacked into the per-user cache)."""
import sys
from importlib import metadata
from pathlib import Path

dist = metadata.distribution("bam_nbdev")
installed = {Path(dist.locate_file(f)).resolve() for f in dist.files or []}
package = Path(dist.locate_file("bam_nbdev")).resolve()
extra = sorted(str(p.relative_to(package)) for p in package.rglob("*")
               if p.is_file() and "__pycache__" not in p.parts and p.resolve() not in installed)
if extra:
    print(f"{len(extra)} file(s) written into the installed package {package}: {', '.join(extra[:10])}")
    sys.exit(1)
print(f"the installed package {package} holds only what pip installed")
