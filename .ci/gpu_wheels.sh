#!/usr/bin/env bash
# Gather, into .whl/ (git-ignored), the wheels that .ci/gpu_check.sh needs on a GPU machine that has PyTorch, pandas and
# matplotlib but neither nbdev nor fvcore, and no network: the versions this checkout's .venv uses, for CPython 3.12.
# Run here, in the venv, from the repository root: bash .ci/gpu_wheels.sh
set -euo pipefail
cd "$(dirname "$0")/.."
names="nbdev execnb fastcore ghapi fastgit fvcore iopath yacs termcolor ipython ipython-pygments-lexers jedi parso matplotlib-inline
pexpect ptyprocess prompt_toolkit wcwidth stack-data executing pure-eval asttokens traitlets astunparse watchdog"
pins=$(pip freeze 2>/dev/null | grep -i -E "^($(echo $names | tr ' ' '|'))==" | tr '\n' ' ')
rm -rf .whl && mkdir -p .whl
pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp --platform any \
  --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 -d .whl $(echo "$pins" | tr ' ' '\n' | grep -v -i -E "^(fvcore|iopath|yacs)==") 2>&1 | grep -v "^WARNING" || true
pip wheel -q --no-deps -w .whl $(echo "$pins" | tr ' ' '\n' | grep -i -E "^(fvcore|iopath|yacs)==") 2>&1 | grep -v "^WARNING" || true  # no wheels on PyPI: built here
ls .whl | wc -l; du -sh .whl
