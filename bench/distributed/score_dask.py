#!/usr/bin/python3
"""Scores a large CSV/TSV file on a Dask cluster by piping each partition through `anomaly-cli score`.

The contract is the one `anomaly-cli score` offers every engine: CSV text with a header on standard
input, "line,<detector>_score,<detector>_prediction,..." on standard output, the model file given by
path. Here the file is cut into byte blocks at line ends (dask.bytes.read_bytes), every block but the
first gets the header line in front, each worker pipes its block through `anomaly-cli score`, and the
line numbers it reports (counted within the block) are shifted by the lines before the block, so the
result is exactly the single-process output. Spark (RDD.pipe) and Hadoop streaming run the same
command on their partitions.

A row the model cannot score stops the run with the first such row of the file, named by the file's
own line, and no output file; with --on-bad-row skip such rows are skipped and listed (by the file's
lines) instead, as `anomaly-cli score` does.

Blocks are cut at line ends, so a record must be one line: quoted fields with line breaks in them
(rare in flow logs) need the single-process `anomaly-cli score`. A .gz file cannot be cut and is
scored as one block; split it first (or let the engine's storage do so).

    score_dask.py --cli anomaly-cli --model model.awbmodel --input flows.csv --output scores.csv \
        [--scheduler tcp://host:8786 | --workers 2] [--blocksize 64MiB] [--no-header] \
        [--keep COLS] [--on-bad-row skip|fail]
"""

import argparse
import gzip
import os
import re
import stat
import subprocess
import sys
import tempfile

import dask
import dask.bytes
from dask.distributed import Client, LocalCluster


def score_block(cli, model, header, block, first, options):
    """Pipes one block (the header in front of all but the first) through `anomaly-cli score`:
    its exit code, scores and messages."""
    data = block if first or header is None else header + block
    command = [cli, "score", "--load-model", model, "--input", "-", "--output", "-"] + options
    command.append("--no-header" if header is None else "--header")
    # Messages in English, whatever the workers' locale: they are read below.
    environment = dict(os.environ, LANGUAGE="en", LC_ALL="C.UTF-8")
    done = subprocess.run(command, input=data, capture_output=True, check=False, env=environment)
    return done.returncode, done.stdout, done.stderr.decode(errors="replace")


def file_lines(messages, name, offset):
    """anomaly-cli's messages about standard input, about the file's lines instead."""
    return re.sub(r"standard input:(\d+)", lambda m: f"{name}:{int(m.group(1)) + offset}", messages)


def line_count(block):
    return block.count(b"\n")


def shift_lines(scored, offset):
    """Drops the header line and adds `offset` to the first field (the line number) of every row."""
    rows = scored.split(b"\n")[1:]
    out = bytearray()
    for row in rows:
        if row:
            comma = row.index(b",")
            out += str(int(row[:comma]) + offset).encode() + row[comma:] + b"\n"
    return bytes(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", required=True, help="path of anomaly-cli on the workers")
    parser.add_argument("--model", required=True, help="model file (anomaly-cli --save-model), readable by the workers")
    parser.add_argument("--input", required=True, help="CSV/TSV file, readable by the workers")
    parser.add_argument("--output", required=True, help="CSV file the scores are written to, in input order")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler; default: a local cluster")
    parser.add_argument("--workers", type=int, default=2, help="workers of the local cluster (default 2)")
    parser.add_argument("--blocksize", default="64MiB", help="bytes per partition (default 64MiB)")
    parser.add_argument("--threads", type=int, default=1, help="anomaly-cli threads per partition (default 1)")
    parser.add_argument("--no-header", action="store_true", help="the file has no header line")
    parser.add_argument("--keep", help="input columns copied beside the scores (as anomaly-cli score --keep)")
    parser.add_argument("--on-bad-row", choices=["skip", "fail"], default="fail",
                        help="a row the model cannot score: skip (listed) or fail (default)")
    args = parser.parse_args()
    options = ["--threads", str(args.threads), "--on-bad-row", args.on_bad_row] + (["--keep", args.keep] if args.keep else [])

    cluster = None if args.scheduler else LocalCluster(n_workers=args.workers, threads_per_worker=1,
                                                      processes=True, dashboard_address=None)
    with Client(args.scheduler or cluster) as client:
        compression = "gzip" if args.input.endswith(".gz") else None
        _, blocks = dask.bytes.read_bytes(args.input, delimiter=b"\n", blocksize=None if compression else args.blocksize,
                                          sample=False, compression=compression)
        blocks = blocks[0]
        with (gzip.open if compression else open)(args.input, "rb") as f:
            header = None if args.no_header else f.readline()
        counts = client.gather(client.compute([dask.delayed(line_count)(b) for b in blocks]))
        scored = [dask.delayed(score_block)(args.cli, args.model, header, b, i == 0, options)
                  for i, b in enumerate(blocks)]
        futures = client.compute(scored)
        failed = write_scores(args, futures, counts, header is not None)
        if not failed:
            print(f"score_dask.py: {len(blocks)} partitions scored on "
                  f"{len(client.scheduler_info()['workers'])} workers into {args.output}", file=sys.stderr)
    if cluster:
        cluster.close()
    sys.exit(failed)


def is_stream(path):
    """A pipe, a device or a descriptor (/dev/stdout): written into, never replaced by a new file."""
    if path in ("/dev/stdout", "/dev/stderr") or path.startswith("/dev/fd/") or \
            (path.startswith("/proc/") and "/fd/" in path):
        return True
    return os.path.exists(path) and not stat.S_ISREG(os.stat(path).st_mode)


def write_scores(args, futures, counts, has_header):
    """Writes the blocks' scores in input order, their line numbers and messages about the file's own
    lines. A file output goes to a temporary file beside it, renamed into place when every block is
    scored; a stream output is written as the blocks come. Returns 0, or the exit code of the first
    block (in file order) that failed, leaving no output file."""
    stream = is_stream(args.output)
    if stream:
        out = open(args.output, "ab")
    else:
        out = tempfile.NamedTemporaryFile("wb", dir=os.path.dirname(os.path.abspath(args.output)),
                                          prefix=".score_dask.", delete=False)
    code = 1
    try:
        with out:
            code = write_blocks(out, args.input, futures, counts, has_header)
    finally:
        if not stream and code == 0:
            os.chmod(out.name, 0o644)
            os.replace(out.name, args.output)
        elif not stream:
            os.unlink(out.name)
    return code


def write_blocks(out, name, futures, counts, has_header):
    """The blocks' scores into `out` in input order; 0, or the first failed block's exit code."""
    # Line numbers within block i start after the lines of the blocks before it; blocks after the
    # first carry one extra line, the header put in front of them.
    offset, skipped = 0, 0
    for i, future in enumerate(futures):
        code, text, messages = future.result()
        shift = offset - (1 if i > 0 and has_header else 0)
        # The rows skipped, or the error; not each block's summary line, whose count is summed.
        for line in messages.splitlines():
            if code != 0 or line.startswith("anomaly-cli: skipped") or "further bad rows" in line:
                print(file_lines(line, name, shift), file=sys.stderr)
            elif (found := re.search(r"bad rows skipped: ([\d,]+)", line)):
                skipped += int(found.group(1).replace(",", ""))
        if code != 0:
            return code
        if i == 0:
            out.write(text.split(b"\n", 1)[0] + b"\n")
        out.write(shift_lines(text, shift))
        offset += counts[i]
        future.release()
    if skipped:
        print(f"score_dask.py: {skipped} bad rows skipped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    main()
