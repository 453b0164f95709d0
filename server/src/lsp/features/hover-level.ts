/**
 * Hover Markdown on a vertebral level: every patient and procedure of the file
 * that treated it (ranges such as `T11-L1` count for each level they cover), the
 * first 20 in file order.
 */
import type { Analysis } from "../../core/analyze";
import { levelName, regionName } from "../../core/model/levels";
import { treatedAt } from "../../core/query/treated-at";
import type { LevelToken } from "../../core/syntax/ast";
import { blocks, md, table } from "./markdown";
import { dateText, plural, procedureTitle } from "./procedure-text";

/** Rows shown before "… and N more": a hover is a glance, not the whole register. */
const MAX_ROWS = 20;

export function levelHover(analysis: Analysis, level: LevelToken, ordinal: number | undefined): string {
  if (ordinal === undefined) {
    return `**${md(level.text)}** is not a vertebral level: the column has C1–C7, T1–T12, L1–L5 and S1–S5.`;
  }
  const { patients, procedures, shown } = treatedAt(analysis.model, ordinal, MAX_ROWS);
  const rows = shown.map(({ patient, procedure: p }) => {
    const role = p.role === "initial" ? "initial" : `repeat of ${md(p.node.repeats?.text ?? "?")}`;
    return [md(patient.id ?? "?"), md(procedureTitle(p)), dateText(p.node.date), role];
  });
  const heading = `**${levelName(ordinal)}** · ${regionName(level.region)}`;
  if (procedures === 0) return blocks(heading, "No procedure in this file treated this level.");
  return blocks(
    `${heading} · treated in ${plural(patients, "patient")}, ${plural(procedures, "procedure")}`,
    table(["patient", "procedure", "date", "role"], rows),
    procedures > MAX_ROWS && `… and ${plural(procedures - MAX_ROWS, "more procedure")}.`,
  );
}
