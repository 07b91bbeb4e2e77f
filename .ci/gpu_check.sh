#!/usr/bin/env bash
# The GPU checks of bam_nbdev as one command (at most about 8 minutes: 150 + 120 + 90 + 100 s), for a machine with one NVIDIA GPU and PyTorch, in
# stages by priority; each stage's results are packed into $OUT as soon as it ends, so a stage cut short loses only itself:
#   1. bam-bench --stages forms,profile: every form of BAM and its operator profile, CIFAR and ImageNet ResNet50
#   2. bam-bench --stages compiled: the compiled step (model, step, CUDA graphs) against eager, bf16
#   3. bam-bench --stages epoch: whole bam-train epochs of CIFAR ResNet50 + BAM on CIFAR-100-sized data, compiled step
#   4. nbdev_test --flags gpu on the notebooks with gpu cells
# Wheels of what the machine lacks (nbdev, fvcore, ...) travel in .whl/ (made by .ci/gpu_wheels.sh).
# Rehearsal on a CPU: DEVICE=cpu QUICK=1 bash .ci/gpu_check.sh
# Afterwards, here: unpack the bench_*.tar into data/results/bench/ and commit them with the logs' findings.
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-gpu_out}; mkdir -p "$OUT"; RES=$(mktemp -d)
export PYTHONUNBUFFERED=1 MPLBACKEND=Agg PYTHONPATH=$PWD${PYTHONPATH:+:$PYTHONPATH}
if [ -d .whl ]; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl && export PYTHONPATH=$PYTHONPATH:/tmp/site
fi
{ nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv; python3 -c "import torch; print('torch', torch.__version__, torch.cuda.get_device_name())"; } > "$OUT/device.txt" 2>&1
stage() {  # stage NAME SECONDS BAM-BENCH-STAGES
  local t0=$SECONDS
  timeout "$2" python3 -c "import sys; from bam_nbdev.bench import main; main(sys.argv[1:])" --device "${DEVICE:-cuda}" ${QUICK:+--quick} --results-dir "$RES/$1" --stages "$3" > "$OUT/$1.log" 2>&1
  echo "$1: exit status $?, $((SECONDS - t0)) s" >> "$OUT/device.txt"
  [ -d "$RES/$1" ] && tar -cf "$OUT/$1.tar" -C "$RES/$1" .
}
stage bench_forms_profile 150 forms,profile
stage bench_compiled 120 compiled
stage bench_epoch 90 epoch
t0=$SECONDS
for nb in $(grep -l '"#| gpu' nbs/*.ipynb); do      # in parallel: the machine has cores to spare
  ( timeout 100 python3 -c "import sys; from nbdev.test import nbdev_test; sys.argv = ['nbdev_test', '--flags', 'gpu', '--path', sys.argv[1]]; nbdev_test()" "$nb" \
      > "$RES/$(basename "$nb").log" 2>&1; echo "$nb: exit status $?" >> "$RES/$(basename "$nb").log" ) &
done
wait
tail -n 30 "$RES"/*.ipynb.log > "$OUT/gpu_tests.log"
echo "gpu tests: $((SECONDS - t0)) s; $(grep -h 'exit status' "$RES"/*.ipynb.log | tr '\n' ' ')" >> "$OUT/device.txt"
cat "$OUT/device.txt"
