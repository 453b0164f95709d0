# Every figure of the JSON summary (spec §6, §9.4, §9.5) computed in R from the
# raw data a random cohort was written from (random-v2-cohort.ts), for
# summary-against-r.rtest.ts: dates parsed and level ranges expanded here, the
# statistics by R itself (quantile type 7, sd, wilcox.test, t.test).
# Input (the file named by the first argument): the generator's rows, each
# prefixed by its cohort's KEY and a tab. Output, one field per line:
# KEY.PATH <tab> value, value one of "%.17g", null, TRUE, FALSE, s:TEXT. Every
# field of the JSON is printed, nulls included, so that the shape is checked too.
# Etiologies of equal count are ordered by name as R's sort() has it in a UTF-8
# locale: ICU's English collation, whatever the locale R was started in.
invisible(Sys.setlocale("LC_COLLATE", "C.UTF-8"))
if (capabilities("ICU")) icuSetCollate(locale = "en")
args <- commandArgs(trailingOnly = TRUE)
f <- strsplit(readLines(args[1]), "\t", fixed = TRUE)
emit <- function(key, value) {
  text <- if (is.null(value)) "null" else if (is.logical(value)) as.character(value)
          else if (is.character(value)) paste0("s:", value) else sprintf("%.17g", value)
  cat(key, "\t", text, "\n", sep = "")
}
LEVELS <- c(paste0("C", 1:7), paste0("T", 1:12), paste0("L", 1:5), paste0("S", 1:5))
# The ordinals a written list names ("T11-L1,T12"), ranges expanded, duplicates kept.
levelsOf <- function(s) {
  if (is.na(s) || s == "") return(integer(0))
  unlist(lapply(strsplit(s, ",", fixed = TRUE)[[1]], function(item) {
    ends <- match(strsplit(item, "-", fixed = TRUE)[[1]], LEVELS)
    if (length(ends) == 1) ends else seq(ends[1], ends[2])
  }))
}
dayOf <- function(s) if (startsWith(s, "c:")) as.numeric(as.Date(substring(s, 3))) else as.numeric(substring(s, 3))
stats <- function(key, x) {
  emit(paste0(key, ".n"), length(x))
  if (length(x) == 0) {
    for (k in c("mean", "sd", "median", "q1", "q3", "min", "max")) emit(paste0(key, ".", k), NULL)
    return(invisible())
  }
  q <- quantile(x, c(0.25, 0.5, 0.75), type = 7, names = FALSE)
  emit(paste0(key, ".mean"), mean(x))
  emit(paste0(key, ".sd"), if (length(x) < 2) NULL else sd(x))
  emit(paste0(key, ".median"), q[2]); emit(paste0(key, ".q1"), q[1]); emit(paste0(key, ".q3"), q[3])
  emit(paste0(key, ".min"), min(x)); emit(paste0(key, ".max"), max(x))
}
countOf <- function(key, count, n) { emit(paste0(key, ".count"), count); emit(paste0(key, ".n"), n) }
# One ROLE of spec §5 and §9.4 (without `visits`) from the pairs as written.
role <- function(key, before, after, m) {
  lower <- m$better == "lower"
  d <- round(before - after, 10)
  improvement <- if (lower) d else round(after - before, 10)
  emit(paste0(key, ".n"), length(before))
  stats(paste0(key, ".pre"), before)
  stats(paste0(key, ".post"), after)
  stats(paste0(key, ".improvement"), improvement)
  if (is.na(m$responder)) emit(paste0(key, ".responders"), NULL)
  else countOf(paste0(key, ".responders"), sum(improvement >= m$responder), length(improvement))
  impaired <- if (lower) before > m$min else before < m$max
  countOf(paste0(key, ".impaired"), sum(impaired), length(before))
  countOf(paste0(key, ".improvedAmongImpaired"), sum(improvement[impaired] > 0), sum(impaired))
  stats(paste0(key, ".improvementAmongImpaired"), improvement[impaired])
  stats(paste0(key, ".postAmongImpaired"), after[impaired])
  if (any(d != 0)) {
    # wilcox.test(before, after, paired = TRUE) on the differences as written (spec §9.4: exact decimals).
    w <- suppressWarnings(wilcox.test(d))
    nonzero <- d[d != 0]
    emit(paste0(key, ".wilcoxon.statistic"), unname(w$statistic))
    emit(paste0(key, ".wilcoxon.p"), w$p.value)
    emit(paste0(key, ".wilcoxon.exact"), length(nonzero) < 50 && !any(duplicated(abs(nonzero))) && all(d != 0))
  } else emit(paste0(key, ".wilcoxon"), NULL)
  t <- if (length(improvement) < 2 || all(improvement == improvement[1])) NULL else t.test(improvement)
  if (is.null(t)) emit(paste0(key, ".tTest"), NULL) else {
    emit(paste0(key, ".tTest.t"), unname(t$statistic))
    emit(paste0(key, ".tTest.df"), unname(t$parameter))
    emit(paste0(key, ".tTest.p"), t$p.value)
    emit(paste0(key, ".tTest.meanImprovement"), unname(t$estimate))
    emit(paste0(key, ".tTest.ci95.0"), t$conf.int[1])
    emit(paste0(key, ".tTest.ci95.1"), t$conf.int[2])
  }
}
frame <- function(rows, type, names) {
  rows <- Filter(function(r) r[2] == type, rows)
  cols <- lapply(seq_along(names), function(i) vapply(rows, function(r) if (length(r) >= i + 2) r[i + 2] else "", character(1)))
  as.data.frame(setNames(cols, names), stringsAsFactors = FALSE)
}
byCohort <- split(f, factor(vapply(f, `[`, character(1), 1), levels = unique(vapply(f, `[`, character(1), 1))))
for (key in names(byCohort)) {
  rows <- byCohort[[key]]
  measures <- frame(rows, "measure", c("name", "label", "min", "max", "better", "responder"))
  visits <- frame(rows, "visit", c("id", "label", "day", "window"))
  kinds <- frame(rows, "kind", c("id", "label"))
  pat <- frame(rows, "patient", c("pid", "age", "sex", "etiology"))
  proc <- frame(rows, "proc", c("pid", "idx", "role", "date", "levels", "cement"))
  proc$day <- vapply(proc$date, dayOf, numeric(1))
  proc$id <- paste(proc$pid, proc$idx)
  score <- frame(rows, "score", c("pid", "idx", "measure", "before", "after"))
  vscore <- frame(rows, "vscore", c("pid", "idx", "visit", "measure", "score"))
  rec <- frame(rows, "rec", c("pid", "date", "levels"))
  rec$day <- vapply(rec$date, dayOf, numeric(1))
  pocc <- frame(rows, "pocc", c("pid", "idx", "kind", "levels", "sym"))
  occ <- frame(rows, "occ", c("pid", "kind", "date", "levels", "sym"))
  occ$day <- vapply(occ$date, dayOf, numeric(1))
  fu <- frame(rows, "fu", c("pid", "date", "status"))
  fu$day <- vapply(fu$date, dayOf, numeric(1))
  treated <- lapply(proc$levels, function(s) unique(levelsOf(s)))
  names(treated) <- proc$id

  emit(paste0(key, ".study.title"), paste("Random v2 cohort", substring(key, 2)))
  emit(paste0(key, ".study.reference"), NULL); emit(paste0(key, ".study.design"), NULL)
  emit(paste0(key, ".patients"), nrow(pat))
  emit(paste0(key, ".procedures.total"), nrow(proc))
  emit(paste0(key, ".procedures.initial"), sum(proc$role == "initial"))
  emit(paste0(key, ".procedures.repeat"), sum(proc$role == "repeat"))

  # Table 1.
  b <- paste0(key, ".baseline")
  emit(paste0(b, ".patients"), nrow(pat))
  stats(paste0(b, ".age"), as.numeric(pat$age[pat$age != "NA"]))
  sex <- pat$sex
  emit(paste0(b, ".sex.female"), sum(sex %in% c("F", "female")))
  emit(paste0(b, ".sex.male"), sum(sex %in% c("M", "male")))
  emit(paste0(b, ".sex.other"), sum(sex == "other"))
  emit(paste0(b, ".sex.unknown"), sum(sex == "unknown"))
  emit(paste0(b, ".sex.missing"), sum(sex == "NA"))
  et <- pat$etiology[pat$etiology != "NA"]
  if (length(et) > 0) {
    counts <- table(et)
    named <- names(counts); n <- as.vector(counts)
    o <- order(-n, named)
    for (i in seq_along(o)) {
      emit(paste0(b, ".etiology.", i - 1, ".name"), named[o[i]])
      emit(paste0(b, ".etiology.", i - 1, ".count"), n[o[i]])
    }
  }
  stats(paste0(b, ".proceduresPerPatient"), vapply(pat$pid, function(p) sum(proc$pid == p), numeric(1)))
  perProcedure <- vapply(treated, length, numeric(1))
  all <- unlist(treated)
  emit(paste0(b, ".levels.treated"), length(all))
  stats(paste0(b, ".levels.perProcedure"), unname(perProcedure))
  region <- substring(LEVELS[all], 1, 1)
  for (r in list(c("C", "cervical"), c("T", "thoracic"), c("L", "lumbar"), c("S", "sacral"))) emit(paste0(b, ".levels.byRegion.", r[2]), sum(region == r[1]))
  for (o in sort(unique(all))) emit(paste0(b, ".levels.byLevel.", LEVELS[o]), sum(all == o))
  volume <- vapply(proc$cement, function(s) if (s == "") NA else sum(as.numeric(strsplit(s, ",", fixed = TRUE)[[1]])), numeric(1))
  for (r in c("initial", "repeat")) stats(paste0(b, ".cement.", r), round(unname(volume[proc$role == r & !is.na(volume)]), 10))
  cal <- proc$date[startsWith(proc$date, "c:")]
  if (length(cal) == 0) emit(paste0(b, ".period"), NULL) else {
    emit(paste0(b, ".period.first"), substring(min(cal), 3)); emit(paste0(b, ".period.last"), substring(max(cal), 3))
  }

  for (i in seq_len(nrow(visits))) {
    v <- paste0(key, ".visits.", visits$id[i])
    emit(paste0(v, ".label"), visits$label[i]); emit(paste0(v, ".day"), as.numeric(visits$day[i])); emit(paste0(v, ".window"), as.numeric(visits$window[i]))
  }

  # Intervals.
  recurrenceDays <- numeric(0); repeatDays <- numeric(0); afterInitial <- numeric(0)
  firstRecurrence <- function(pid, pDay, levels, until) {
    r <- rec[rec$pid == pid & rec$day > pDay & rec$day <= until, , drop = FALSE]
    at <- vapply(r$levels, function(s) s == "" || any(levelsOf(s) %in% levels), logical(1))
    if (any(at)) min(r$day[at]) - pDay else NA
  }
  for (i in seq_len(nrow(proc))) {
    pid <- proc$pid[i]; pDay <- proc$day[i]; levels <- treated[[i]]
    if (proc$role[i] == "initial") {
      later <- proc$day[proc$pid == pid & proc$day > pDay & vapply(treated, function(l) any(l %in% levels), logical(1))]
      d <- firstRecurrence(pid, pDay, levels, if (length(later) > 0) min(later) else Inf)
      if (!is.na(d)) afterInitial <- c(afterInitial, d)
    }
  }
  # A repeat's procedure P: the row `repeats` named, kept by the generator in the proc row order.
  repeats <- frame(rows, "repeat", c("pid", "idx", "of"))
  for (i in seq_len(nrow(repeats))) {
    r <- proc[proc$pid == repeats$pid[i] & proc$idx == repeats$idx[i], ]
    p <- which(proc$pid == repeats$pid[i] & proc$idx == repeats$of[i])
    repeatDays <- c(repeatDays, r$day - proc$day[p])
    d <- firstRecurrence(repeats$pid[i], proc$day[p], treated[[p]], r$day)
    if (!is.na(d)) recurrenceDays <- c(recurrenceDays, d)
  }
  stats(paste0(key, ".intervals.recurrenceDays"), recurrenceDays)
  stats(paste0(key, ".intervals.repeatDays"), repeatDays)
  stats(paste0(key, ".intervals.recurrenceAfterInitialDays"), afterInitial)

  # Measures: pairs before/after, and before/at each declared visit.
  inRange <- function(s, m) { x <- suppressWarnings(as.numeric(s)); !is.na(x) & x >= as.numeric(m$min) & x <= as.numeric(m$max) }
  for (i in seq_len(nrow(measures))) {
    m <- list(name = measures$name[i], min = as.numeric(measures$min[i]), max = as.numeric(measures$max[i]),
              better = measures$better[i], responder = suppressWarnings(as.numeric(measures$responder[i])))
    mk <- paste0(key, ".measures.", m$name)
    emit(paste0(mk, ".label"), measures$label[i])
    emit(paste0(mk, ".range.0"), m$min); emit(paste0(mk, ".range.1"), m$max)
    emit(paste0(mk, ".better"), m$better)
    emit(paste0(mk, ".responderThreshold"), if (is.na(m$responder)) NULL else m$responder)
    s <- score[score$measure == m$name, , drop = FALSE]
    s$role <- proc$role[match(paste(s$pid, s$idx), proc$id)]
    for (r in c("initial", "repeat")) {
      sr <- s[s$role == r, , drop = FALSE]
      ok <- inRange(sr$before, m) & inRange(sr$after, m)
      role(paste0(mk, ".", r), as.numeric(sr$before[ok]), as.numeric(sr$after[ok]), m)
      for (v in visits$id) {
        at <- vscore[vscore$measure == m$name & vscore$visit == v, , drop = FALSE]
        j <- match(paste(sr$pid, sr$idx), paste(at$pid, at$idx))
        atScore <- at$score[j]
        ok <- inRange(sr$before, m) & !is.na(j) & inRange(atScore, m)
        role(paste0(mk, ".", r, ".visits.", v), as.numeric(sr$before[ok]), as.numeric(atScore[ok]), m)
      }
    }
  }

  # Complications.
  withProc <- unique(proc$pid)
  treatedPairs <- unlist(lapply(seq_len(nrow(proc)), function(i) paste(proc$id[i], treated[[i]])))
  for (i in seq_len(nrow(kinds))) {
    k <- kinds$id[i]
    ck <- paste0(key, ".complications.", k)
    pk <- pocc[pocc$kind == k, , drop = FALSE]
    ok <- occ[occ$kind == k, , drop = FALSE]
    emit(paste0(ck, ".label"), kinds$label[i])
    emit(paste0(ck, ".events"), nrow(pk) + nrow(ok))
    countOf(paste0(ck, ".patients"), length(intersect(unique(c(pk$pid, ok$pid)), withProc)), length(withProc))
    withK <- unique(paste(pk$pid, pk$idx))
    for (r in c("initial", "repeat")) countOf(paste0(ck, ".procedures.", r), sum(proc$role == r & proc$id %in% withK), sum(proc$role == r))
    named <- unlist(lapply(seq_len(nrow(pk)), function(j) paste(pk$pid[j], pk$idx[j], levelsOf(pk$levels[j]))))
    countOf(paste0(ck, ".levels"), length(intersect(unique(named), treatedPairs)), length(treatedPairs))
    emit(paste0(ck, ".symptomatic"), sum(pk$sym == "true") + sum(ok$sym == "true"))
    days <- numeric(0)
    for (j in seq_len(nrow(ok))) {
      before <- proc$day[proc$pid == ok$pid[j] & proc$day <= ok$day[j]]
      if (length(before) > 0) days <- c(days, ok$day[j] - max(before))
    }
    stats(paste0(ck, ".daysAfterProcedure"), days)
  }

  # Follow-up.
  fk <- paste0(key, ".followup")
  fw <- fu[fu$pid %in% withProc, , drop = FALSE]
  emit(paste0(fk, ".n"), length(withProc))
  countOf(paste0(fk, ".recorded"), nrow(fw), length(withProc))
  stats(paste0(fk, ".days"), vapply(seq_len(nrow(fw)), function(j) fw$day[j] - min(proc$day[proc$pid == fw$pid[j]]), numeric(1)))
  for (st in c("completed", "lost", "died")) emit(paste0(fk, ".", st), sum(fw$status == st))
}
