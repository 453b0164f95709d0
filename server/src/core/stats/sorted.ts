/**
 * The finite values of a sample in ascending order: as a Float64Array
 * (`sortedFinite`), or as runs of equal values (`sortedRuns`), which is what the
 * descriptive statistics and the signed-rank test read.
 *
 * The order is exactly what `Float64Array.from(finite).sort()` gives, −0 before
 * +0 included; only the way there differs. Sorting was the measured cost of the
 * cohort figures (about 30 samples of up to 10,000 values for a 10,000-patient
 * cohort), and those samples are whole numbers in a narrow span: scores on a
 * 0..10 or 0..100 scale, their differences, intervals of a few hundred days. Such
 * a sample is sorted by counting how often each whole number occurs, in time
 * linear in its size and span; any other sample (fractions, a wide span, a −0) is
 * sorted by the typed array's own numeric sort, as before.
 */

/** Counting is used while the span of whole numbers is at most this many times the sample size. */
const COUNTING_SPAN_PER_VALUE = 4;

/** What one look at a sample finds: how many finite values, their least and greatest, whether all are whole numbers. */
interface Scan {
  readonly n: number;
  readonly min: number;
  readonly max: number;
  /** Counted values are exact offsets from the minimum, so only safe integers, and no −0, which counting would lose. */
  readonly wholeNumbers: boolean;
}

function scan(values: Float64Array): Scan {
  let n = 0;
  let min = Infinity;
  let max = -Infinity;
  let wholeNumbers = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    n++;
    if (v < min) min = v;
    if (v > max) max = v;
    if (Math.floor(v) !== v || Math.abs(v) > Number.MAX_SAFE_INTEGER || (v === 0 && 1 / v < 0)) wholeNumbers = false;
  }
  return { n, min, max, wholeNumbers };
}

const countable = (s: Scan): boolean => s.wholeNumbers && s.max - s.min <= COUNTING_SPAN_PER_VALUE * s.n;

/** How often each whole number min..max occurs among the finite values (`counts[v − min]`). */
function countsOf(values: Float64Array, { min, max }: Scan): Uint32Array {
  const counts = new Uint32Array(max - min + 1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) counts[v - min]++;
  }
  return counts;
}

/** The finite values sorted by the typed array's sort, in `out` (which may be `values`: a value moves only to an index at or before its own). */
function sortedBySort(values: Float64Array, n: number, out: Float64Array | undefined): Float64Array {
  const finite = out === undefined ? new Float64Array(n) : out.subarray(0, n);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) finite[k++] = v;
  }
  return finite.sort();
}

/**
 * `out`, when given, receives the sorted values (it must have room for the whole
 * sample, and may be the sample itself, which is then sorted in place), and the
 * result is its first part.
 */
export function sortedFinite(sample: ArrayLike<number>, out?: Float64Array): Float64Array {
  // One kind of list for the loops below, however the sample came.
  const values = sample instanceof Float64Array ? sample : new Float64Array(sample);
  const s = scan(values);
  if (s.n === 0) return new Float64Array(0);
  if (!countable(s)) return sortedBySort(values, s.n, out);
  // Every value is counted before `out` is written.
  const counts = countsOf(values, s);
  const sorted = out === undefined ? new Float64Array(s.n) : out.subarray(0, s.n);
  let end = 0;
  for (let offset = 0; offset < counts.length; offset++) {
    const count = counts[offset]!;
    if (count === 0) continue;
    sorted.fill(s.min + offset, end, end + count);
    end += count;
  }
  return sorted;
}

/**
 * The finite values of a sample in ascending order as runs: `values[r]` occurs
 * `counts[r]` times, for r below `runs` (−0 and +0 are two runs, −0 first). A
 * score sample of 10,000 values on a 0..10 scale is 11 runs: the statistics read
 * 11 entries where they read 10,000.
 */
export interface SortedRuns {
  readonly values: Float64Array;
  readonly counts: Uint32Array;
  readonly runs: number;
  /** How many values in all. */
  readonly n: number;
  /**
   * Every value a whole number and n × the largest magnitude at most 2^53: then
   * every partial sum of the values is exact, in any order.
   */
  readonly exactSum: boolean;
}

/**
 * The runs of a sample of `n` whole numbers counted in `counts` (`counts[v − low]`
 * how often v occurs), none of them −0: read in ascending order.
 */
export function runsOfCounts(counts: Uint32Array, low: number, n: number): SortedRuns {
  let runs = 0;
  for (let offset = 0; offset < counts.length; offset++) if (counts[offset] !== 0) runs++;
  const values = new Float64Array(runs);
  const runCounts = new Uint32Array(runs);
  for (let offset = 0, r = 0; offset < counts.length; offset++) {
    if (counts[offset] === 0) continue;
    values[r] = low + offset;
    runCounts[r++] = counts[offset]!;
  }
  const exactSum = runs === 0 || Math.max(-values[0]!, values[runs - 1]!) * n <= 2 ** 53;
  return { values, counts: runCounts, runs, n, exactSum };
}

/** `sample`'s finite values as runs. */
export function sortedRuns(sample: ArrayLike<number>): SortedRuns {
  const values = sample instanceof Float64Array ? sample : new Float64Array(sample);
  const s = scan(values);
  if (s.n > 0 && countable(s)) return runsOfCounts(countsOf(values, s), s.min, s.n);
  const exactSum = s.wholeNumbers && Math.max(-s.min, s.max) * s.n <= 2 ** 53;
  // Not counted (fractions, a wide span, a −0): sorted as a list, read run by run.
  const sorted = sortedBySort(values, s.n, undefined);
  const runValues = new Float64Array(s.n);
  const runCounts = new Uint32Array(s.n);
  let runs = 0;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i]!;
    // −0 and +0 are equal, but not one run: −0 is kept where it stands.
    if (runs > 0 && Object.is(v, runValues[runs - 1])) runCounts[runs - 1]++;
    else {
      runValues[runs] = v;
      runCounts[runs++] = 1;
    }
  }
  return { values: runValues, counts: runCounts, runs, n: s.n, exactSum };
}

/** The value at index `k` (0-based) of the sorted sample the runs stand for. */
export function valueAt(runs: SortedRuns, k: number): number {
  let seen = 0;
  for (let r = 0; r < runs.runs; r++) {
    seen += runs.counts[r]!;
    if (k < seen) return runs.values[r]!;
  }
  return NaN;
}
