/**
 * The one writer of a syntax tree's patient rows (syntax-tree.ts), which both
 * parsers drive with start and finish events as they read: the fast parser
 * (../fast-patient.ts) and the Chevrotain parser (../parser.ts). It starts the
 * generic items' rows too, whose fields their readers write (item-tables.ts). A node's row is
 * written when it starts, its parts as they are read, and its lists (a range of
 * each table) are counted when it finishes; a node ends where it is finished.
 *
 * The Chevrotain parser recovers from syntax errors, and a rule cut short never
 * gets to its finish: so starting a node finishes its open sibling, and finishing
 * a node its open children. What else finishing a node that parser read does (a
 * builder made with `repairs`) is recovered-rows.ts's.
 *
 * Each table's end is set where it is written, not by one helper for all tables: a
 * call site that sees every table's class is slow in the engine, and the fast
 * parser finishes a node for every item it reads.
 */
import type { LevelItem } from "../ast";
import type { Repairs } from "../../mistakes/repairs";
import { RecoveredRows } from "./recovered-rows";
import { Table } from "./rows";
import { SyntaxTree } from "./syntax-tree";

/** What a builder writes into between parses: nothing of a text's. */
const NO_TREE = new SyntaxTree();

/** The blocks that hold generic items. */
export type Block = "patient" | "procedure";

export class TreeBuilder {
  /** The open nodes' rows, -1 when none is open. */
  private patient = -1;
  private procedure = -1;
  private outcome = -1;
  /** Where the open nodes' lists start in their tables (the patient's: its marks, syntax-tree.ts). */
  private levels = 0;
  private outcomes = 0;

  /** The tree written. */
  tree: SyntaxTree = NO_TREE;
  /** Where the generic items are written: the tree, or the rows of the study header being read. */
  itemTree: SyntaxTree = NO_TREE;
  /** What finishing a node the Chevrotain parser read also does. */
  private recovered: RecoveredRows | undefined;

  /**
   * Writes into `tree` from now on; `repairs`: for what the Chevrotain parser reads
   * (see above). Each parser keeps one builder for the whole process, as it keeps
   * itself (../fast-parser.ts): the engine's optimised code for the builder stays
   * valid only while an object of its shape lives.
   */
  begin(tree: SyntaxTree, repairs?: Repairs): void {
    this.tree = this.itemTree = tree;
    this.recovered = repairs === undefined ? undefined : new RecoveredRows(tree, repairs);
    this.patient = this.procedure = this.outcome = -1;
  }

  /** Lets the tree go, whatever is open (a patient declined part-way is rolled back). */
  end(): void { this.begin(NO_TREE); }

  startPatient(start: number, end: number): void {
    this.finishPatient(-1);
    this.tree.beginPatient();
    this.patient = this.tree.patients.add(start, end);
    this.itemTree = this.tree;
  }

  /** The generic items read from now on are a study header's, written into its own rows (`rows`), up to the next patient or `finishStudy`. */
  startStudy(rows: SyntaxTree): void { this.itemTree = rows; }
  finishStudy(): void { this.itemTree = this.tree; }
  patientId(word: number, start: number): void { this.tree.patients.setId(this.patient, word, start); }

  /**
   * An item read by the generic readers, of the open patient or procedure, or of the
   * study header being read: its row in the item table `shape` (item-tables.ts).
   */
  startItem(block: Block | "study", shape: number, start: number, end: number): number {
    if (block !== "study") this.finishItemOf(block);
    const owner = block === "study" ? -1 : block === "patient" ? this.patient : this.procedure;
    return this.itemTree.itemTables[shape]!.add(owner, start, end);
  }

  /** The open patient or procedure is read up to `end`: whatever item it was reading is over. */
  readTo(block: Block, end: number): void {
    this.finishItemOf(block);
    if (block === "patient") {
      const rows = this.tree.patients;
      if (end > rows.end(this.patient)) rows.setEnd(this.patient, end);
    } else {
      const rows = this.tree.procedures;
      if (end > rows.end(this.procedure)) rows.setEnd(this.procedure, end);
    }
  }

  /** Finishes the item the open patient or procedure is reading. */
  private finishItemOf(block: Block): void {
    if (block === "patient") this.finishProcedure(-1);
    else this.finishPart();
  }

  /** Finishes the open patient, if any; `end`: where it ends, -1 to leave its end. */
  finishPatient(end: number): void {
    const p = this.patient;
    if (p < 0) return;
    this.finishProcedure(-1);
    this.patient = -1;
    const t = this.tree;
    const rows = t.patients;
    const procedures = t.markOf(p, Table.Procedures);
    rows.setProcedures(p, procedures, t.procedures.count - procedures);
    if (end > rows.end(p)) rows.setEnd(p, end);
    this.recovered?.stretchPatient(p);
  }

  startProcedure(start: number, end: number): void {
    this.finishProcedure(-1);
    const t = this.tree;
    this.procedure = t.procedures.add(start, end);
    this.levels = t.levelItems.count;
    this.outcomes = t.outcomes.count;
  }

  procedureId(word: number, start: number): void { this.tree.procedures.setId(this.procedure, word, start); }
  procedureKind(word: number, start: number): void { this.tree.procedures.setKind(this.procedure, word, start); }
  procedureRepeats(word: number, start: number): void { this.tree.procedures.setRepeats(this.procedure, word, start); }

  finishProcedure(end: number): void {
    const p = this.procedure;
    if (p < 0) return;
    this.finishPart();
    const t = this.tree;
    const rows = t.procedures;
    if (end > rows.end(p)) rows.setEnd(p, end);
    if (this.recovered !== undefined) this.replaceLevels(this.recovered.procedureLevels(p));
    rows.setLevels(p, this.levels, t.levelItems.count - this.levels);
    rows.setOutcomes(p, this.outcomes, t.outcomes.count - this.outcomes);
    this.recovered?.stretchProcedure(p, this.levels, this.outcomes);
    this.procedure = -1;
  }

  /** Finishes the procedure's open outcome, if any; `end`: where it ends, -1 to leave its end. */
  finishPart(end = -1): void {
    const outcome = this.outcome;
    this.outcome = -1;
    if (outcome >= 0) {
      const rows = this.tree.outcomes;
      if (end > rows.end(outcome)) rows.setEnd(outcome, end);
      this.recovered?.finishOutcome(outcome);
    }
  }

  startOutcome(measure: number, start: number, end: number): void {
    this.finishPart();
    this.outcome = this.tree.outcomes.add(measure, start, end);
  }

  /** A score before: `value` NaN for `?`. */
  outcomeBefore(start: number, end: number, value: number): void { this.tree.outcomes.setBefore(this.outcome, start, end, value); }
  outcomeAfter(start: number, end: number, value: number): void { this.tree.outcomes.setAfter(this.outcome, start, end, value); }

  /** The open procedure's date: its row in the dates table. */
  procedureDate(date: number): void { this.tree.procedures.setDate(this.procedure, date); }

  /** The open procedure's levels, the last rows of their table, replaced by `items` when a repair gives them. */
  private replaceLevels(items: readonly LevelItem[] | undefined): void {
    if (items === undefined) return;
    this.tree.levelItems.truncate(this.levels);
    for (const item of items) this.tree.levelItems.addNode(item);
  }

  /** Whether the number written at `start` is kept: not one a repair says recovery half-read (4 of `4,5`). */
  keepsNumber(start: number): boolean { return this.recovered === undefined || this.recovered.keepsNumber(start); }
}
