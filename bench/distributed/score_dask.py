#!/usr/bin/python3
"""Scores a large CSV/TSV file on a Dask cluster by piping each partition through `anomaly-cli score`.

The contract is the one `anomaly-cli score` offers every engine: CSV text with a header on standard
input, "line,<detector>_score,<detector>_prediction,..." on standard output, the model file given by
path. Here the file is cut into byte blocks at line ends (dask.bytes.read_bytes), every block but the
first gets the header line in front, each worker pipes its block through `anomaly-cli score`, and the
line numbers it reports (counted within the block) are shifted by the lines before the block, so the
result is exactly the single-process output. Spark (RDD.pipe) and Hadoop streaming run the same
command on their partitions.

Blocks are cut at line ends, so a record must be one line: quoted fields with line breaks in them
(rare in flow logs) need the single-process `anomaly-cli score`. A .gz file cannot be cut and is
scored as one block; split it first (or let the engine's storage do so).

    score_dask.py --cli anomaly-cli --model model.awbmodel --input flows.csv --output scores.csv \
        [--scheduler tcp://host:8786 | --workers 2] [--blocksize 64MiB] [--no-header]
"""

import argparse
import gzip
import subprocess
import sys

import dask
import dask.bytes
from dask.distributed import Client, LocalCluster


def score_block(cli, model, header, block, first, threads):
    """Pipes one block (the header in front of all but the first) through `anomaly-cli score`."""
    data = block if first or header is None else header + block
    command = [cli, "score", "--load-model", model, "--input", "-", "--output", "-", "--threads", str(threads)]
    command.append("--no-header" if header is None else "--header")
    done = subprocess.run(command, input=data, capture_output=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode(errors="replace").strip())
    return done.stdout


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
    args = parser.parse_args()

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
        scored = [dask.delayed(score_block)(args.cli, args.model, header, b, i == 0, args.threads)
                  for i, b in enumerate(blocks)]
        futures = client.compute(scored)
        # Line numbers within block i start after the lines of the blocks before it; blocks after the
        # first carry one extra line, the header put in front of them.
        offset = 0
        with open(args.output, "wb") as out:
            for i, future in enumerate(futures):
                text = future.result()
                if i == 0:
                    out.write(text.split(b"\n", 1)[0] + b"\n")
                    out.write(shift_lines(text, 0))
                else:
                    out.write(shift_lines(text, offset - (0 if header is None else 1)))
                offset += counts[i]
                future.release()
        print(f"score_dask.py: {len(blocks)} partitions scored on "
              f"{len(client.scheduler_info()['workers'])} workers into {args.output}", file=sys.stderr)
    if cluster:
        cluster.close()


if __name__ == "__main__":
    main()
