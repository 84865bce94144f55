#!/usr/bin/env python3
"""Autoencoder side by side with PyTorch on the same encoded data: quality (test ROC-AUC over
seeds) and speed (seconds per epoch at 1 and 2 threads).

Both models: encoder 32-16-8, mirrored decoder, ReLU, linear output, He-normal init, Adam
(lr 1e-3, betas 0.9/0.999, eps 1e-7), batch 256, MSE, 10 % validation with patience 5 and the
best weights restored, trained on normal training rows; score = per-row mean squared error.

Run with Debian's python (python3-torch, python3-sklearn, python3-pandas):
  /usr/bin/python3 bench/autoencoder/compare_torch.py --ae-bench build/native/bench/autoencoder/ae_bench
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

# PyTorch's best setting here: its own threads, OpenBLAS single-threaded (set before torch loads).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score


def encode_nsl_kdd(folder):
    cols = list(range(43))
    train = pd.read_csv(os.path.join(folder, "KDDTrain+.txt"), header=None, names=cols)
    test = pd.read_csv(os.path.join(folder, "KDDTest+.txt"), header=None, names=cols)
    return encode(train, test, label=41, drop=[42], categorical=[1, 2, 3], normal="normal")


def encode_synthetic(path, rows):
    frame = pd.read_csv(path, nrows=rows)
    cut = int(len(frame) * 0.7)
    return encode(frame.iloc[:cut], frame.iloc[cut:], label="label", drop=["flow_id", "timestamp"],
                  categorical=["protocol", "service"], normal="normal")


def encode(train, test, label, drop, categorical, normal):
    """One-hot fitted on train (unseen test categories -> zeros), min-max fitted on train."""
    y_train = (train[label] != normal).to_numpy(np.uint8)
    y_test = (test[label] != normal).to_numpy(np.uint8)
    train = train.drop(columns=[label] + drop)
    test = test.drop(columns=[label] + drop)
    train_oh = pd.get_dummies(train, columns=categorical)
    test_oh = pd.get_dummies(test, columns=categorical).reindex(columns=train_oh.columns, fill_value=0)
    x_train = train_oh.to_numpy(np.float32)
    x_test = test_oh.to_numpy(np.float32)
    lo, hi = x_train.min(axis=0), x_train.max(axis=0)
    span = np.where(hi > lo, hi - lo, 1.0)
    return ((x_train - lo) / span).astype(np.float32), y_train, ((x_test - lo) / span).astype(np.float32), y_test


def torch_autoencoder(x, x_test, seed, epochs, threads):
    import torch
    torch.set_num_threads(threads)
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    d = x.shape[1]
    widths = [d, 32, 16, 8, 16, 32, d]
    layers = []
    for i in range(len(widths) - 1):
        lin = torch.nn.Linear(widths[i], widths[i + 1])
        torch.nn.init.kaiming_normal_(lin.weight, nonlinearity="relu")
        torch.nn.init.zeros_(lin.bias)
        layers.append(lin)
        if i + 2 < len(widths):
            layers.append(torch.nn.ReLU())
    model = torch.nn.Sequential(*layers)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3, betas=(0.9, 0.999), eps=1e-7)
    order = rng.permutation(len(x))
    n_val = int(round(0.1 * len(x)))
    val = torch.from_numpy(x[order[:n_val]])
    train = torch.from_numpy(x[order[n_val:]])
    best, best_state, waited, times = float("inf"), None, 0, []
    for _ in range(epochs):
        start = time.perf_counter()
        perm = torch.from_numpy(rng.permutation(len(train)))
        model.train()
        for i in range(0, len(train), 256):
            xb = train[perm[i:i + 256]]
            opt.zero_grad(set_to_none=True)
            loss = torch.nn.functional.mse_loss(model(xb), xb)
            loss.backward()
            opt.step()
        model.eval()
        with torch.no_grad():
            v = torch.nn.functional.mse_loss(model(val), val).item()
        times.append(time.perf_counter() - start)
        if v < best:
            best, waited = v, 0
            best_state = {k: t.clone() for k, t in model.state_dict().items()}
        else:
            waited += 1
            if waited >= 5:
                break
    model.load_state_dict(best_state)
    with torch.no_grad():
        t = torch.from_numpy(x_test)
        scores = ((model(t) - t) ** 2).mean(dim=1).numpy()
    return scores, float(np.median(times))


def cxx_autoencoder(binary, x, x_test, seed, epochs, threads, tmp):
    train_path, test_path, out = (os.path.join(tmp, n) for n in ("train.f32", "test.f32", "scores.f32"))
    x.tofile(train_path)
    x_test.tofile(test_path)
    result = subprocess.run([binary, train_path, str(len(x)), str(x.shape[1]), test_path, str(len(x_test)),
                             str(epochs), str(seed), str(threads), out], check=True, capture_output=True, text=True)
    return np.fromfile(out, dtype=np.float32), json.loads(result.stdout)["seconds_per_epoch"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ae-bench", required=True, help="path of the built ae_bench program")
    parser.add_argument("--nsl-kdd", default=os.path.join(os.path.dirname(__file__), "../../../shared/datasets/nsl-kdd"))
    parser.add_argument("--synthetic", help="a generated CSV (anomaly-cli --demo 1000000 --write-demo FILE)")
    parser.add_argument("--synthetic-rows", type=int, default=1000000)
    parser.add_argument("--seeds", default="1,2,3,4,5")
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--speed-epochs", type=int, default=3)
    args = parser.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]

    with tempfile.TemporaryDirectory() as tmp:
        x_train, y_train, x_test, y_test = encode_nsl_kdd(args.nsl_kdd)
        x_normal = np.ascontiguousarray(x_train[y_train == 0])
        print(f"NSL-KDD: {len(x_normal)} normal training rows, {x_train.shape[1]} encoded features, "
              f"{len(x_test)} test rows")
        aucs = {"torch": [], "awb": []}
        for seed in seeds:
            s_t, e_t = torch_autoencoder(x_normal, x_test, seed, args.epochs, 2)
            s_c, e_c = cxx_autoencoder(args.ae_bench, x_normal, x_test, seed, args.epochs, 2, tmp)
            aucs["torch"].append(roc_auc_score(y_test, s_t))
            aucs["awb"].append(roc_auc_score(y_test, s_c))
            print(f"  seed {seed}: test ROC-AUC torch {aucs['torch'][-1]:.4f}  awb {aucs['awb'][-1]:.4f}   "
                  f"s/epoch torch {e_t:.4f}  awb {e_c:.4f}")
        mt, mc = np.mean(aucs["torch"]), np.mean(aucs["awb"])
        print(f"  mean test ROC-AUC: torch {mt:.4f}  awb {mc:.4f}  difference {mc - mt:+.4f}")

        datasets = [("NSL-KDD normal rows", x_normal, x_test)]
        if args.synthetic:
            s_train, _, s_test, _ = encode_synthetic(args.synthetic, args.synthetic_rows)
            s_all = np.ascontiguousarray(np.vstack([s_train, s_test]))
            datasets.append((f"generated, all {len(s_all)} rows", s_all, s_test[:1000]))
        for name, x, xt in datasets:
            print(f"Speed, {name} (median seconds per epoch over {args.speed_epochs} epochs, no early stop):")
            rows = {}
            for threads in (1, 2):
                # Interleaved, so that machine noise hits both alike.
                _, rows[("torch", threads)] = torch_autoencoder(x, xt, 1, args.speed_epochs, threads)
                _, rows[("awb", threads)] = cxx_autoencoder(args.ae_bench, x, xt, 1, args.speed_epochs, threads, tmp)
            best_torch = min(rows[("torch", 1)], rows[("torch", 2)])
            for threads in (1, 2):
                print(f"  {threads} thread(s): torch {rows[('torch', threads)]:.4f} s  awb {rows[('awb', threads)]:.4f} s  "
                      f"ratio torch/awb {rows[('torch', threads)] / rows[('awb', threads)]:.2f}")
            print(f"  best torch / best awb: {best_torch / min(rows[('awb', 1)], rows[('awb', 2)]):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
