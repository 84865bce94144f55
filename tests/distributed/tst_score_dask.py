#!/usr/bin/python3
"""The Dask recipe (bench/distributed/score_dask.py) on a local cluster of 2 worker processes scores a
generated 2,000,000-row file in partitions and writes exactly the bytes of a single-process
`anomaly-cli score` of the same file: the same rows, line numbers, scores and predictions. A bad
cell in a later partition is named by the file's own line, with no output left behind, or skipped.

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
        bad_row_named_by_the_files_line(cli, recipe, data, model, tmp)


def bad_row_named_by_the_files_line(cli, recipe, data, model, tmp):
    """A bad cell deep in a later partition: the run fails naming the file's line (not the line within
    the partition) and leaves no output; with --on-bad-row skip it is listed so and every other row scored."""
    bad, out = os.path.join(tmp, "bad.csv"), os.path.join(tmp, "bad-scores.csv")
    with open(data, "rb") as source, open(bad, "wb") as target:
        for number, line in enumerate(source, start=1):
            if number == 1500000:
                fields = line.split(b",")
                fields[5] = b"abc"
                line = b",".join(fields)
            target.write(line)
    command = [sys.executable, recipe, "--cli", cli, "--model", model, "--input", bad, "--output", out,
               "--workers", "2", "--blocksize", "48MiB"]
    failed = subprocess.run(command, capture_output=True, text=True)
    where = f"{bad}:1500000:6"
    if failed.returncode == 0 or where not in failed.stderr or os.path.exists(out) or \
            any(name.startswith(".score_dask.") for name in os.listdir(tmp)):
        sys.exit(f"FAIL: a bad cell at {where}: exit {failed.returncode}, output left: {os.path.exists(out)}, "
                 f"stderr: {failed.stderr.strip()[-300:]}")
    skipped = run(*command, "--on-bad-row", "skip")
    if f"skipped {where}" not in skipped.stderr:
        sys.exit(f"FAIL: the skipped row is not listed as {where}: {skipped.stderr.strip()[-300:]}")
    with open(out, "rb") as f:
        lines = [row.split(b",", 1)[0] for row in f]
    if len(lines) != 2000000 or b"1500000" in lines:
        sys.exit(f"FAIL: with the bad row skipped, {len(lines) - 1} rows were written")
    print(f"PASS: the bad cell is named at {where}, no output is left; skipped, the other rows are scored")


if __name__ == "__main__":
    main()
