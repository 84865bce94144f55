#!/usr/bin/env python3
"""Isolation Forest side by side with scikit-learn on the same encoded data: quality (test
ROC-AUC over seeds 1-5) and speed (fit + score of all rows, 1 thread vs n_jobs=1; scoring with 1
and 2 threads).

Both: 100 trees, max_samples 256 ('auto'), all features, no bootstrap, contamination 'auto'.
Encoding: one-hot of categorical columns and min-max scaling, fitted on the training rows.

Run with Debian's python (python3-sklearn, python3-pandas):
  /usr/bin/python3 bench/isolation_forest/compare_sklearn.py --if-bench build/native/bench/isolation_forest/if_bench \
      --synthetic /tmp/synthetic-1m.csv    # from: anomaly-cli --demo 1000000 --write-demo /tmp/synthetic-1m.csv
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
from sklearn.ensemble import IsolationForest
from sklearn.metrics import roc_auc_score

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "autoencoder"))
from compare_torch import encode_nsl_kdd, encode_synthetic  # noqa: E402  (the same encoding for both benches)


def sklearn_forest(x, x_test, seed, n_jobs=1):
    start = time.perf_counter()
    forest = IsolationForest(n_estimators=100, max_samples="auto", random_state=seed, n_jobs=n_jobs).fit(x)
    fit = time.perf_counter() - start
    start = time.perf_counter()
    forest.score_samples(x)
    score_train = time.perf_counter() - start
    scores = -forest.score_samples(x_test)
    return scores, fit, score_train


def awb_forest(binary, x, x_test, seed, threads, tmp):
    train_path, test_path, out = (os.path.join(tmp, n) for n in ("train.f32", "test.f32", "scores.f32"))
    x.tofile(train_path)
    x_test.tofile(test_path)
    result = subprocess.run([binary, train_path, str(len(x)), str(x.shape[1]), test_path, str(len(x_test)), str(seed),
                             str(threads), out], check=True, capture_output=True, text=True)
    timing = json.loads(result.stdout)
    return np.fromfile(out, dtype=np.float32), timing["fit"], timing["score_train"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--if-bench", required=True, help="path of the built if_bench program")
    parser.add_argument("--nsl-kdd", default=os.path.join(os.path.dirname(__file__), "../../../shared/datasets/nsl-kdd"))
    parser.add_argument("--synthetic", help="a generated CSV (anomaly-cli --demo 1000000 --write-demo FILE)")
    parser.add_argument("--seeds", default="1,2,3,4,5")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]

    with tempfile.TemporaryDirectory() as tmp:
        x_train, _, x_test, y_test = encode_nsl_kdd(args.nsl_kdd)
        print(f"NSL-KDD: {len(x_train)} training rows, {x_train.shape[1]} encoded features, {len(x_test)} test rows")
        aucs = {"sklearn": [], "awb": []}
        for seed in seeds:
            s_sk, _, _ = sklearn_forest(x_train, x_test, seed)
            s_awb, _, _ = awb_forest(args.if_bench, x_train, x_test, seed, 1, tmp)
            aucs["sklearn"].append(roc_auc_score(y_test, s_sk))
            aucs["awb"].append(roc_auc_score(y_test, s_awb))
            print(f"  seed {seed}: test ROC-AUC sklearn {aucs['sklearn'][-1]:.4f}  awb {aucs['awb'][-1]:.4f}")
        ms, ma = np.mean(aucs["sklearn"]), np.mean(aucs["awb"])
        print(f"  mean test ROC-AUC over seeds {args.seeds}: sklearn {ms:.4f}  awb {ma:.4f}  difference {ma - ms:+.4f}")

        datasets = [("NSL-KDD train", x_train)]
        if args.synthetic:
            s_train, _, s_test, _ = encode_synthetic(args.synthetic, 1000000)
            datasets.append(("generated 1,000,000 rows", np.ascontiguousarray(np.vstack([s_train, s_test]))))
        for name, x in datasets:
            print(f"Speed, {name} ({len(x)} rows x {x.shape[1]}): fit + score all rows, median of {args.repeats}")
            runs = {"sklearn": [], "awb1": [], "awb2": []}
            for r in range(args.repeats):  # interleaved, so machine noise hits all alike
                _, fit, score = sklearn_forest(x, x[:10], 1 + r)
                runs["sklearn"].append((fit, score))
                _, fit, score = awb_forest(args.if_bench, x, x[:10], 1 + r, 1, tmp)
                runs["awb1"].append((fit, score))
                _, fit, score = awb_forest(args.if_bench, x, x[:10], 1 + r, 2, tmp)
                runs["awb2"].append((fit, score))
            med = {k: (float(np.median([f for f, _ in v])), float(np.median([s for _, s in v]))) for k, v in runs.items()}
            for key, label in (("sklearn", "sklearn n_jobs=1"), ("awb1", "awb 1 thread"), ("awb2", "awb 2 threads")):
                fit, score = med[key]
                print(f"  {label:18s} fit {fit:8.4f} s  score {score:8.4f} s  ({len(x) / score:12,.0f} rows/s)  "
                      f"fit+score {fit + score:8.4f} s")
            total = {k: sum(v) for k, v in med.items()}
            print(f"  fit+score ratio sklearn / awb(1 thread): {total['sklearn'] / total['awb1']:.1f}x")
            print(f"  scoring speed-up 2 threads vs 1: {med['awb1'][1] / med['awb2'][1]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
