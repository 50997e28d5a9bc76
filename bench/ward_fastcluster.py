"""fastcluster side of bench/ward.ts: /usr/bin/python3 bench/ward_fastcluster.py FILE.csv

Reads the CSV the atlas CLI reads (header row, label column, numeric columns) with
numpy.loadtxt, standardises like R's scale() (as `atlas cluster --standardize z` does) and
runs fastcluster.linkage_vector(X, method="ward") (Müllner's nearest-neighbour chain on
centroids, O(n p) memory; Debian package python3-fastcluster). Prints JSON timings of the
steps and the merge heights; the whole process is timed from outside.
"""
import json
import sys
import time

t0 = time.perf_counter()
import fastcluster  # noqa: E402
import numpy as np  # noqa: E402

t1 = time.perf_counter()
with open(sys.argv[1]) as f:
    ncol = len(f.readline().split(","))
X = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1, usecols=range(1, ncol))
t2 = time.perf_counter()
Z = (X - X.mean(axis=0)) / X.std(axis=0, ddof=1)
L = fastcluster.linkage_vector(Z, method="ward")
t3 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1, "linkage_s": t3 - t2,
                  "heights": L[:, 2].tolist()}))
