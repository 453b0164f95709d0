# The complication and follow-up figures of spec §9.4, computed in R from the
# rules as the spec states them (and the decisions of complications.ts and
# follow-up.ts where it is silent), for v2-against-r.rtest.ts.
# Input (the file named by the first argument), one row per line, tab-separated,
# each starting with its cohort's KEY:
#   KEY kind ID                                   a declared kind
#   KEY patient PID                               a patient
#   KEY proc PID IDX initial|repeat DAY LEVELS    a procedure (DAY may be NA; LEVELS ordinals, comma-separated)
#   KEY pocc PID IDX KIND LEVELS true|false       an occurrence in procedure IDX (LEVELS may be empty)
#   KEY occ PID KIND DAY true|false               a patient-level occurrence
#   KEY fu PID ORDER DAY STATUS                   a followup line, ORDER 0 first
# Output, one figure per line: KEY.FIELD <tab> value.
args <- commandArgs(trailingOnly = TRUE)
f <- strsplit(readLines(args[1]), "\t", fixed = TRUE)
out <- character()
emit <- function(key, value) out <<- c(out, paste0(key, "\t", sprintf("%.17g", value)))
stats <- function(key, x) {
  emit(paste0(key, ".n"), length(x))
  if (length(x) == 0) return(invisible())
  q <- quantile(x, c(0.25, 0.5, 0.75), type = 7, names = FALSE)
  emit(paste0(key, ".mean"), mean(x))
  if (length(x) >= 2) emit(paste0(key, ".sd"), sd(x))
  emit(paste0(key, ".median"), q[2]); emit(paste0(key, ".q1"), q[1]); emit(paste0(key, ".q3"), q[3])
  emit(paste0(key, ".min"), min(x)); emit(paste0(key, ".max"), max(x))
}
nums <- function(s) if (is.na(s) || s == "") integer(0) else as.integer(strsplit(s, ",", fixed = TRUE)[[1]])
frame <- function(rows, type, names) {
  rows <- rows[vapply(rows, function(r) r[2] == type, logical(1))]
  cols <- lapply(seq_along(names), function(i) vapply(rows, function(r) if (length(r) >= i + 2) r[i + 2] else "", character(1)))
  d <- as.data.frame(setNames(cols, names), stringsAsFactors = FALSE)
  d
}
cohorts <- unique(vapply(f, `[`, character(1), 1))
for (key in cohorts) {
  rows <- f[vapply(f, function(r) r[1] == key, logical(1))]
  kinds <- frame(rows, "kind", "id")$id
  proc <- frame(rows, "proc", c("pid", "idx", "role", "day", "levels"))
  proc$day <- suppressWarnings(as.numeric(proc$day))
  pocc <- frame(rows, "pocc", c("pid", "idx", "kind", "levels", "sym"))
  occ <- frame(rows, "occ", c("pid", "kind", "day", "sym"))
  occ$day <- suppressWarnings(as.numeric(occ$day))
  fu <- frame(rows, "fu", c("pid", "order", "day", "status"))
  fu$day <- suppressWarnings(as.numeric(fu$day))
  withProc <- unique(proc$pid)
  treatedPairs <- unlist(lapply(seq_len(nrow(proc)), function(i) paste(proc$pid[i], proc$idx[i], unique(nums(proc$levels[i])))))
  roleOf <- setNames(proc$role, paste(proc$pid, proc$idx))
  for (k in kinds) {
    base <- paste0(key, ".complications.", k)
    pk <- pocc[pocc$kind == k & pocc$pid %in% withProc, , drop = FALSE]
    ok <- occ[occ$kind == k & occ$pid %in% withProc, , drop = FALSE]
    emit(paste0(base, ".events"), nrow(pk) + nrow(ok))
    emit(paste0(base, ".patients.count"), length(unique(c(pk$pid, ok$pid))))
    emit(paste0(base, ".patients.n"), length(withProc))
    procs <- unique(paste(pk$pid, pk$idx))
    for (role in c("initial", "repeat")) {
      emit(paste0(base, ".procedures.", role, ".count"), sum(roleOf[procs] == role))
      emit(paste0(base, ".procedures.", role, ".n"), sum(proc$role == role))
    }
    named <- unlist(lapply(seq_len(nrow(pk)), function(i) paste(pk$pid[i], pk$idx[i], nums(pk$levels[i]))))
    emit(paste0(base, ".levels.count"), length(intersect(unique(named), treatedPairs)))
    emit(paste0(base, ".levels.n"), length(unique(treatedPairs)))
    emit(paste0(base, ".symptomatic"), sum(pk$sym == "true") + sum(ok$sym == "true"))
    days <- numeric(0)
    for (i in seq_len(nrow(ok))) {
      if (is.na(ok$day[i])) next
      before <- proc$day[proc$pid == ok$pid[i] & !is.na(proc$day) & proc$day <= ok$day[i]]
      if (length(before) > 0) days <- c(days, ok$day[i] - max(before))
    }
    stats(paste0(base, ".daysAfterProcedure"), days)
  }
  first <- fu[fu$order == "0" & fu$pid %in% withProc, , drop = FALSE]
  base <- paste0(key, ".followup")
  emit(paste0(base, ".n"), length(withProc))
  emit(paste0(base, ".recorded.count"), nrow(first))
  emit(paste0(base, ".recorded.n"), length(withProc))
  for (s in c("completed", "lost", "died")) emit(paste0(base, ".", s), sum(first$status == s))
  days <- numeric(0)
  for (i in seq_len(nrow(first))) {
    known <- proc$day[proc$pid == first$pid[i] & !is.na(proc$day)]
    if (!is.na(first$day[i]) && length(known) > 0 && first$day[i] >= min(known)) days <- c(days, first$day[i] - min(known))
  }
  stats(paste0(base, ".days"), days)
}
writeLines(out)
