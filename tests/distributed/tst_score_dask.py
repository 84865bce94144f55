#!/usr/bin/python3
"""The Dask recipe (bench/distributed/score_dask.py) on a local cluster of 2 worker processes scores a
generated 2,000,000-row file in partitions and writes exactly the bytes of a single-process
`anomaly-cli score` of the same file: the same rows, line numbers, scores and predictions.

    tst_score_dask.py CLI RECIPE
Exits 77 (skipped) when Dask's distributed scheduler (Debian's python3-distributed) is missing.
"""

import os
import subprocess
import sys
import tempfile

try:
    import distributed  # noqa: F401
except ImportError:
    print("SKIP: python3-distributed is not installed (packaging/bootstrap.sh test installs it)")
    sys.exit(77)


def run(*command):
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"FAIL: {' '.join(command)} exited {done.returncode}: {done.stderr.strip()}")
    return done


def main():
    cli, recipe = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        data, model = os.path.join(tmp, "flows.csv"), os.path.join(tmp, "model.awbmodel")
        single, dask = os.path.join(tmp, "single.csv"), os.path.join(tmp, "dask.csv")
        run(cli, "--write-demo", data, "--demo", "2000000")
        run(cli, "--demo", "20000", "--ae-epochs", "5", "--save-model", model, "--no-history")
        run(cli, "score", "--load-model", model, "--input", data, "--output", single)
        done = run(sys.executable, recipe, "--cli", cli, "--model", model, "--input", data, "--output", dask,
                   "--workers", "2", "--blocksize", "48MiB")
        print(done.stderr.strip())
        partitions = int(done.stderr.split("score_dask.py: ")[1].split()[0])
        if partitions < 4:
            sys.exit(f"FAIL: only {partitions} partitions; the test needs several")
        with open(single, "rb") as a, open(dask, "rb") as b:
            expected, got = a.read(), b.read()
        rows = expected.count(b"\n") - 1
        if rows != 2000000:
            sys.exit(f"FAIL: the single-process run scored {rows} rows, not 2,000,000")
        if got != expected:
            for n, (x, y) in enumerate(zip(expected.split(b"\n"), got.split(b"\n"))):
                if x != y:
                    sys.exit(f"FAIL: output line {n + 1} differs: single {x!r}, dask {y!r}")
            sys.exit(f"FAIL: the outputs differ in length ({len(expected)} and {len(got)} bytes)")
        print(f"PASS: {rows} rows in {partitions} partitions on 2 workers, byte for byte the single-process scores")


if __name__ == "__main__":
    main()
