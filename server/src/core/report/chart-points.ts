/**
 * Where a course's scores go in a chart panel, for a course with scores not
 * recorded (`null`): the points that were recorded, the runs of neighbouring
 * ones (each drawn as one solid line), and the gaps between recorded points
 * across an unrecorded time point (bridged by a dotted line, never drawn at a
 * score). svg-chart.ts draws them.
 */
export interface Point {
  /** Which time point. */
  readonly i: number;
  readonly x: number;
  readonly y: number;
}

/** The points of the scores that were recorded. */
export function recordedPoints(scores: readonly (number | null)[], xs: readonly number[], y: (v: number) => number): Point[] {
  return scores.flatMap((v, i) => (v === null ? [] : [{ i, x: xs[i]!, y: y(v) }]));
}

/** Runs of neighbouring recorded scores: each is drawn as one solid line. */
export function runs(scores: readonly (number | null)[], xs: readonly number[], y: (v: number) => number): Point[][] {
  const out: Point[][] = [[]];
  scores.forEach((v, i) => {
    if (v === null) out.push([]);
    else out[out.length - 1]!.push({ i, x: xs[i]!, y: y(v) });
  });
  return out.filter((run) => run.length > 0);
}

/** Neighbouring recorded points with an unrecorded time point between them: bridged by a dotted line. */
export function gaps(points: readonly Point[]): [Point, Point][] {
  return points.slice(1).flatMap((b, i): [Point, Point][] => {
    const a = points[i]!;
    return b.i - a.i > 1 ? [[a, b]] : [];
  });
}
