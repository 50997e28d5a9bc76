"""Python side of bench/spatial.ts: SCHC as scikit-learn's AgglomerativeClustering(ward,
connectivity) on the same hexagons. The connectivity is queen contiguity from shared vertex
coordinates of the GeoJSON (built here, not timed). Usage:
python3 bench/spatial_sklearn.py HEX.csv HEX.geojson; prints "schc_ms=..." (median of 3).
"""
import json
import statistics
import sys
import time
from collections import defaultdict

import numpy as np
import scipy.sparse as sp
from sklearn.cluster import AgglomerativeClustering

csv, geo = sys.argv[1], sys.argv[2]
rows = [line.strip().split(",") for line in open(csv) if line.strip()][1:]
ids = [r[0] for r in rows]
x = np.array([[float(v) for v in r[1:]] for r in rows])
z = (x - x.mean(axis=0)) / x.std(axis=0, ddof=1)
index = {u: i for i, u in enumerate(ids)}
owners = defaultdict(set)
for f in json.load(open(geo))["features"]:
    for ring in f["geometry"]["coordinates"]:
        for p in ring:
            owners[(p[0], p[1])].add(index[f["id"]])
r_, c_ = [], []
for s in owners.values():
    for a in s:
        for b in s:
            if a != b:
                r_.append(a)
                c_.append(b)
n = len(ids)
conn = sp.csr_matrix((np.ones(len(r_)), (r_, c_)), shape=(n, n))
times = []
for _ in range(3):
    t0 = time.perf_counter()
    AgglomerativeClustering(n_clusters=10, linkage="ward", connectivity=conn,
                            compute_full_tree=True).fit(z)
    times.append((time.perf_counter() - t0) * 1000)
print(f"schc_ms={statistics.median(times):.1f}")
