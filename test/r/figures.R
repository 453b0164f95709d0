# The figures of random cohorts, computed by R itself, for figures-against-r.rtest.ts.
# Input (the file named by the first argument), one sample per line, tab-separated:
#   KEY  stats  V1,V2,…                              descriptive statistics of the values
#   KEY  pairs  lower|higher  MIN  MAX  BEFORE,…  AFTER,…   one measure over one role
# Output, one figure per line: KEY.FIELD <tab> value ("%.17g", NA, TRUE/FALSE, null).
# Differences are rounded to 10 decimal places, as spec §9.4 says (exact decimals).
args <- commandArgs(trailingOnly = TRUE)
lines <- readLines(args[1])
out <- character()
emit <- function(key, value) {
  text <- if (is.null(value)) "null" else if (is.logical(value)) as.character(value)
          else if (is.na(value)) "NA" else sprintf("%.17g", value)
  out <<- c(out, paste0(key, "\t", text))
}
nums <- function(s) if (is.na(s) || s == "") numeric(0) else as.numeric(strsplit(s, ",", fixed = TRUE)[[1]])
stats <- function(key, x) {
  emit(paste0(key, ".n"), length(x))
  if (length(x) == 0) return(invisible())
  q <- quantile(x, c(0.25, 0.5, 0.75), type = 7, names = FALSE)
  emit(paste0(key, ".mean"), mean(x))
  emit(paste0(key, ".sd"), if (length(x) < 2) NA else sd(x))
  emit(paste0(key, ".median"), q[2])
  emit(paste0(key, ".q1"), q[1])
  emit(paste0(key, ".q3"), q[3])
  emit(paste0(key, ".min"), min(x))
  emit(paste0(key, ".max"), max(x))
}
for (line in lines) {
  f <- strsplit(line, "\t", fixed = TRUE)[[1]]
  key <- f[1]
  if (f[2] == "stats") { stats(key, nums(f[3])); next }
  lower <- f[3] == "lower"; lo <- as.numeric(f[4]); hi <- as.numeric(f[5])
  before <- nums(f[6]); after <- nums(f[7])
  d <- round(before - after, 10)
  improvement <- if (lower) d else round(after - before, 10)
  stats(paste0(key, ".pre"), before)
  stats(paste0(key, ".post"), after)
  stats(paste0(key, ".improvement"), improvement)
  impaired <- if (lower) before > lo else before < hi
  stats(paste0(key, ".improvementAmongImpaired"), improvement[impaired])
  stats(paste0(key, ".postAmongImpaired"), after[impaired])
  # wilcox.test(before, after, paired = TRUE) is the one-sample test of before - after.
  if (any(d != 0)) {
    w <- suppressWarnings(wilcox.test(d))
    nonzero <- d[d != 0]
    emit(paste0(key, ".wilcoxon.statistic"), unname(w$statistic))
    emit(paste0(key, ".wilcoxon.p"), w$p.value)
    emit(paste0(key, ".wilcoxon.exact"), length(nonzero) < 50 && !any(duplicated(abs(nonzero))) && all(d != 0))
  } else emit(paste0(key, ".wilcoxon"), NULL)
  t <- tryCatch(if (length(improvement) < 2) NULL else t.test(improvement), error = function(e) NULL)
  if (is.null(t)) emit(paste0(key, ".tTest"), NULL) else {
    emit(paste0(key, ".tTest.t"), unname(t$statistic))
    emit(paste0(key, ".tTest.df"), unname(t$parameter))
    emit(paste0(key, ".tTest.p"), t$p.value)
    emit(paste0(key, ".tTest.meanImprovement"), unname(t$estimate))
    emit(paste0(key, ".tTest.ci95.0"), t$conf.int[1])
    emit(paste0(key, ".tTest.ci95.1"), t$conf.int[2])
  }
}
writeLines(out)
