# R side of bench/spatial.ts.
# Usage: Rscript bench/spatial_spdep.R HEX.geojson HEX.csv SKATER.geojson SKATER.csv NCUTS
# Prints one line "read_poly2nb_ms=... poly2nb_ms=... poly2nb_rook_ms=... localmoran_perm_ms=...
# skater_ms=... skater_ssw=..." (medians of 3 runs; skater one run, on the smaller SKATER files,
# since spdep's R-level pruning takes minutes a cut on 3,000 units).
suppressPackageStartupMessages({
  library(sf)
  library(spdep)
})
invisible(sf_use_s2(FALSE))
args <- commandArgs(trailingOnly = TRUE)
ms <- function(f, reps = 3L) {
  t <- sapply(seq_len(reps), function(i) system.time(f())[["elapsed"]] * 1000)
  median(t)
}
read_poly2nb <- ms(function() poly2nb(st_read(args[1], quiet = TRUE), queen = TRUE))
g <- st_read(args[1], quiet = TRUE)
d <- read.csv(args[2])
g <- g[match(d$id, g$code), ]
q <- ms(function() poly2nb(g, queen = TRUE))
r <- ms(function() poly2nb(g, queen = FALSE))
nb <- poly2nb(g, queen = TRUE)
lw <- nb2listw(nb, style = "W")
set.seed(1)
lp <- ms(function() localmoran_perm(d$v1, lw, nsim = 999, iseed = 1))
gs <- st_read(args[3], quiet = TRUE)
ds <- read.csv(args[4])
gs <- gs[match(ds$id, gs$code), ]
nbs <- poly2nb(gs, queen = TRUE)
z <- scale(as.matrix(ds[, -1]))
ncuts <- as.integer(args[5])
res <- NULL
sk <- ms(function() {
  mst <- mstree(nb2listw(nbs, nbcosts(nbs, z), style = "B"), ini = 1)
  res <<- skater(mst[, 1:2], z, ncuts = ncuts)
}, 1L)
cat(sprintf(
  "read_poly2nb_ms=%.1f poly2nb_ms=%.1f poly2nb_rook_ms=%.1f localmoran_perm_ms=%.1f skater_ms=%.1f skater_ssw=%.9f\n",
  read_poly2nb, q, r, lp, sk, res$ssw[length(res$ssw)]
))
