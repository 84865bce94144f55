#!/usr/bin/python3
"""ONNX export parity on NSL-KDD and on generated flows (a header, log1p of heavy-tailed counters,
missing cells; the autoencoder with each hidden activation): a model trained on KDDTrain+ is exported with --export-onnx, passes
onnx's checker (full check, with shape inference), and ONNX Runtime (onnxruntime-node) scores
KDDTrain+ and KDDTest+ from the raw cells to the workbench's own scores (`anomaly-cli score`)
within 1e-5 relative, every row, with the same predictions except for scores within 1e-5 of the
threshold (where a last-bit difference may flip the comparison).

    tst_onnx_parity.py CLI NSL_KDD_DIR NODE_MODULES
Exits 77 (skipped) when Debian's python3-onnx, Node.js or onnxruntime-node is missing; without NSL-KDD
only its part is skipped.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile


def skip(why):
    print(f"SKIP: {why}")
    sys.exit(77)


def run(*command, **kwargs):
    done = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if done.returncode != 0:
        sys.exit(f"FAIL: {' '.join(command)} exited {done.returncode}: {done.stderr.strip()}")
    return done


def main():
    cli, nsl, node_modules = sys.argv[1:4]
    train, test = os.path.join(nsl, "KDDTrain+.txt"), os.path.join(nsl, "KDDTest+.txt")
    try:
        import numpy as np
        import onnx
    except ImportError as e:
        skip(f"{e.name} is not installed (packaging/bootstrap.sh test installs python3-onnx)")
    node = shutil.which("node")
    if not node:
        skip("Node.js is not installed (packaging/bootstrap.sh test installs it)")
    if not os.path.isdir(os.path.join(node_modules, "onnxruntime-node")):
        skip(f"onnxruntime-node is not in {node_modules} (packaging/bootstrap.sh test installs it)")

    with tempfile.TemporaryDirectory() as tmp:
        worst = 0.0
        if os.path.exists(train):
            worst = check(cli, node, node_modules, tmp, [train, test], ["--train", train, "--test", test, "--ignore", "42"])
        else:
            print(f"NSL-KDD is not at {nsl}: its part is skipped, the generated flows' part runs")
        # Generated flows with a header, log1p of the heavy-tailed counters and missing cells.
        demo = os.path.join(tmp, "flows.csv")
        run(cli, "--write-demo", demo, "--demo", "30000")
        with open(demo) as f:
            lines = f.read().splitlines()
        column = lines[0].split(",").index("src_bytes")
        for i in range(1, len(lines), 97):
            cells = lines[i].split(",")
            cells[column] = ""
            lines[i] = ",".join(cells)
        with open(demo, "w") as f:
            f.write("\n".join(lines) + "\n")
        worst = max(worst, check(cli, node, node_modules, tmp, [demo], ["--train", demo, "--log", "heavy-tailed"]))
        # The autoencoder's other hidden activations, each an ONNX graph of its own kind.
        for activation in ["leaky_relu", "tanh", "sigmoid"]:
            worst = max(worst, check(cli, node, node_modules, tmp, [demo],
                                     ["--train", demo, "--models", "autoencoder", "--set", f"autoencoder.activation={activation}"]))
    print(f"PASS: every exported detector's scores within 1e-5 relative; "
          f"largest relative difference {worst:.2e}")


def check(cli, node, node_modules, tmp, files, train_args):
    """Trains with train_args, exports, checks the graph, and compares ONNX Runtime with the workbench
    on each file; returns the largest relative difference."""
    import numpy as np
    import onnx
    model, exported = os.path.join(tmp, "model.awbmodel"), os.path.join(tmp, "model.onnx")
    done = run(cli, *train_args, "--save-model", model, "--export-onnx", exported, "--no-history")
    print(done.stderr.strip())
    graph = onnx.load(exported)
    onnx.checker.check_model(graph, full_check=True)
    meta = {p.key: json.loads(p.value) for p in graph.metadata_props}
    contract, thresholds = meta["awb.inputs"], meta["awb.thresholds"]
    print(f"checker: valid; detectors {sorted(thresholds)}; left out {meta['awb.left_out']}")
    worst = 0.0
    for data in files:
        scores_csv = os.path.join(tmp, "scores.csv")
        run(cli, "score", "--load-model", model, "--input", data, "--output", scores_csv)
        with open(scores_csv) as f:
            header = f.readline().strip().split(",")
            expected = np.loadtxt(f, delimiter=",", dtype=np.float64, ndmin=2)
        with open(data) as f:
            cells = [line.rstrip("\n").split(",") for line in f if line.strip()]
        if len(cells) > expected.shape[0]:
            cells = cells[1:]  # the header line
        rows = len(cells)
        numeric = np.array([[float(r[c["file_column"]] or "nan") for c in contract["numeric"]] for r in cells], dtype="<f4")
        categorical = [[r[c["file_column"]].strip() for c in contract["categorical"]] for r in cells]
        numeric.tofile(os.path.join(tmp, "numeric.bin"))
        spec = {"rows": rows, "numeric": {"file": os.path.join(tmp, "numeric.bin"), "columns": numeric.shape[1]},
                "categorical": {"values": categorical} if contract["categorical"] else None}
        with open(os.path.join(tmp, "inputs.json"), "w") as f:
            json.dump(spec, f)
        done = run(node, os.path.join(os.path.dirname(__file__), "run_onnx.js"), exported,
                   os.path.join(tmp, "inputs.json"), os.path.join(tmp, "out_"), env=dict(os.environ, NODE_PATH=node_modules))
        print(done.stdout.strip())
        for name, threshold in thresholds.items():
            ours = expected[:, header.index(f"{name}_score")]
            theirs = np.fromfile(os.path.join(tmp, f"out_{name}_score.bin"), dtype="<f4").astype(np.float64)
            predicted = np.fromfile(os.path.join(tmp, f"out_{name}_prediction.bin"), dtype="<i8")
            if theirs.shape != ours.shape:
                sys.exit(f"FAIL: {name}: {theirs.shape[0]} ONNX scores for {ours.shape[0]} rows")
            relative = np.abs(theirs - ours) / np.maximum(np.maximum(np.abs(ours), np.abs(theirs)), 1e-30)
            worst = max(worst, relative.max())
            print(f"{os.path.basename(data)} {name}: {rows} rows, max relative difference {relative.max():.2e}, "
                  f"median {np.median(relative):.2e}")
            if relative.max() > 1e-5:
                i = int(relative.argmax())
                sys.exit(f"FAIL: {name}, row {i + 1}: workbench {ours[i]!r}, ONNX Runtime {theirs[i]!r}")
            ours_flag = expected[:, header.index(f"{name}_prediction")].astype(np.int64)
            near = np.abs(ours - threshold) <= 1e-5 * abs(threshold)
            wrong = (ours_flag != predicted) & ~near
            if wrong.any():
                sys.exit(f"FAIL: {name}: {int(wrong.sum())} predictions differ away from the threshold")
    return worst


if __name__ == "__main__":
    main()
