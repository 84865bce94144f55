#!/usr/bin/env python3
"""Loading + encoding side by side with pandas.read_csv, in one run, on the same files.

For each file: the project's load_bench (read, type, split, one-hot, min-max: the whole load) and
pandas.read_csv alone (parsing only, no encoding: the stricter comparison), alternating, each in
its own process so peak RSS is per tool; each process loads --inner times and reports its median.
Prints medians of MB/s and peak RSS and the throughput ratio.

  /usr/bin/python3 bench/data/compare_pandas.py --load-bench build/native/bench/data/load_bench \
      --synthetic /tmp/synthetic-1m.csv   # from: anomaly-cli --demo 1000000 --write-demo /tmp/synthetic-1m.csv
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

PANDAS_JOB = r"""
import sys, time, resource, os
import pandas as pd
repeats, files = int(sys.argv[1]), sys.argv[2:]
header = "infer" if files[0].endswith(".csv") else None
times = []
for _ in range(repeats):
    start = time.perf_counter()
    frames = [pd.read_csv(f, header=header) for f in files]
    times.append(time.perf_counter() - start)
    del frames
seconds = sorted(times)[len(times) // 2]
size = sum(os.path.getsize(f) for f in files)
print('{"seconds": %.4f, "mb_per_s": %.1f, "peak_rss_mb": %.1f}' % (
    seconds, size / 1e6 / seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0))
"""


def run(command):
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--load-bench", required=True)
    parser.add_argument("--nsl-kdd", default=os.path.join(os.path.dirname(__file__), "../../../shared/datasets/nsl-kdd"))
    parser.add_argument("--synthetic", help="a generated CSV with a header")
    parser.add_argument("--repeats", type=int, default=3, help="interleaved process pairs")
    parser.add_argument("--inner", type=int, default=5, help="loads per process; its median is reported")
    args = parser.parse_args()
    cases = [("NSL-KDD KDDTrain+ + KDDTest+",
              [os.path.join(args.nsl_kdd, "KDDTrain+.txt"), os.path.join(args.nsl_kdd, "KDDTest+.txt")], ["--ignore", "42"])]
    if args.synthetic:
        cases.append(("generated 1,000,000 rows", [args.synthetic], []))
    for name, files, extra in cases:
        awb, pandas = [], []
        for _ in range(args.repeats):
            awb.append(run([args.load_bench] + files + extra + ["--repeat", str(args.inner)]))
            pandas.append(run(["/usr/bin/python3", "-c", PANDAS_JOB, str(args.inner)] + files))
        med = lambda runs, key: statistics.median(r[key] for r in runs)  # noqa: E731
        print(f"{name}: file {awb[0]['file_mb']:.1f} MB, matrix {awb[0]['matrix_mb']:.1f} MB "
              f"({awb[0]['rows']} x {awb[0]['encoded_features']}), median of {args.repeats} x {args.inner}")
        print(f"  awb     {med(awb, 'mb_per_s'):7.1f} MB/s  {med(awb, 'seconds'):.3f} s  peak RSS {med(awb, 'peak_rss_mb'):7.1f} MB "
              f"(budget matrix + file = {awb[0]['matrix_mb'] + awb[0]['file_mb']:.1f} MB)")
        print(f"  pandas  {med(pandas, 'mb_per_s'):7.1f} MB/s  {med(pandas, 'seconds'):.3f} s  peak RSS {med(pandas, 'peak_rss_mb'):7.1f} MB")
        ratios = [p["seconds"] / a["seconds"] for a, p in zip(awb, pandas)]
        print(f"  throughput ratio awb / pandas: median {statistics.median(ratios):.2f}x (min {min(ratios):.2f}, max {max(ratios):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
