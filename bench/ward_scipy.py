"""SciPy side of bench/ward.ts: python3 bench/ward_scipy.py FILE.csv

Reads the CSV the atlas CLI reads (header row, label column, numeric columns) with
numpy.loadtxt, standardises like R's scale() (as `atlas cluster --standardize z` does) and
runs scipy.cluster.hierarchy.linkage(X, 'ward'). Prints JSON timings of the steps; the whole
process is timed from outside.
"""
import json
import sys
import time

t0 = time.perf_counter()
import numpy as np  # noqa: E402
from scipy.cluster.hierarchy import fcluster, linkage  # noqa: E402

t1 = time.perf_counter()
with open(sys.argv[1]) as f:
    ncol = len(f.readline().split(","))
X = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1, usecols=range(1, ncol))
t2 = time.perf_counter()
Z = (X - X.mean(axis=0)) / X.std(axis=0, ddof=1)
L = linkage(Z, "ward")
t3 = time.perf_counter()
cut = fcluster(L, 5, criterion="maxclust")
print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1, "linkage_s": t3 - t2,
                  "top_height": float(L[-1, 2]), "groups": int(cut.max())}))
