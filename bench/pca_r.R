# R side of bench/pca.ts: prcomp(scale. = TRUE) + varimax(normalize = TRUE) on the same CSV.
# Usage: Rscript bench/pca_r.R DATA.csv NFACTORS OUT_PREFIX [REPS]
# Prints one line "read_ms=... compute_ms=... prcomp_ms=... varimax_ms=..." (medians over
# REPS runs after one warm-up; REPS = 0: a single run, no warm-up, as a user would run it)
# and writes OUT_PREFIX.eigen.csv and OUT_PREFIX.varimax.csv for the parity check.
args <- commandArgs(trailingOnly = TRUE)
file <- args[1]
nf <- as.integer(args[2])
out <- args[3]
reps <- if (length(args) >= 4) as.integer(args[4]) else 5L

ms <- function(expr) {
  t0 <- proc.time()[["elapsed"]]
  force(expr)
  (proc.time()[["elapsed"]] - t0) * 1000
}

t0 <- proc.time()[["elapsed"]]
d <- read.csv(file, check.names = FALSE)
x <- as.matrix(d[, -1])
read_ms <- (proc.time()[["elapsed"]] - t0) * 1000

run <- function() {
  t1 <- proc.time()[["elapsed"]]
  pc <- prcomp(x, scale. = TRUE)
  L <- pc$rotation[, 1:nf] %*% diag(pc$sdev[1:nf])
  t2 <- proc.time()[["elapsed"]]
  vm <- varimax(L, normalize = TRUE)
  t3 <- proc.time()[["elapsed"]]
  list(pc = pc, vm = vm, prcomp = (t2 - t1) * 1000, varimax = (t3 - t2) * 1000,
       total = (t3 - t1) * 1000)
}
if (reps > 0L) invisible(run())
runs <- lapply(seq_len(max(reps, 1L)), function(i) run())
r <- runs[[1]]
med <- function(f) median(vapply(runs, function(z) z[[f]], numeric(1)))
write.csv(data.frame(eigenvalue = r$pc$sdev^2), paste0(out, ".eigen.csv"), row.names = FALSE)
write.csv(unclass(r$vm$loadings), paste0(out, ".varimax.csv"), row.names = FALSE)
cat(sprintf("read_ms=%.2f compute_ms=%.2f prcomp_ms=%.2f varimax_ms=%.2f r_version=%s\n",
            read_ms, med("total"), med("prcomp"), med("varimax"),
            gsub(" ", "_", R.version.string)))
