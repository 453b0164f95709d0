/**
 * The typed syntax tree of the patients: views over the rows of the syntax tree
 * (syntax-tree.ts), each its tree and its row, reading the rows when asked. A
 * patient's view and a view's lists are made when first asked for and kept; a
 * single value (../nodes.ts) is made on each access, undefined where a syntax error
 * left it out. The generic items' views are item-views.ts's.
 *
 * A view's fields are its tree and row, not what it reads: compare views by what
 * they read (test/syntax/plain-tree.ts), never with a deep equality of their fields.
 */
import type * as A from "../ast";
import * as N from "../nodes";
import type { LevelItemTable } from "./level-items";
import { DateKind } from "./dates";
import type { OutcomeTable } from "./outcomes";
import type { PatientTable } from "./patients";
import type { ProcedureTable } from "./procedures";
import type { StringTable } from "./strings";
import type { SyntaxTree } from "./syntax-tree";
import { itemTexts, itemViews, patientFields, score, View, type Located } from "./item-views";
import { shapeOf } from "./item-tables";

export { View } from "./item-views";

export class TreeViews {
  private readonly made: (PatientView | undefined)[];

  constructor(readonly tree: SyntaxTree, readonly text: string) { this.made = new Array<PatientView | undefined>(tree.patientCount); }

  /** The view of patient `p`. */
  patient(p: number): A.Patient { return (this.made[p] ??= new PatientView(this, this.tree.patients, p)); }

  /** Every patient's view, in text order. */
  patients(): A.Patient[] {
    const out = new Array<A.Patient>(this.tree.patientCount);
    for (let p = 0; p < out.length; p++) out[p] = this.patient(p);
    return out;
  }

  /** The word numbered `id` written at `start`; undefined for -1, absent. */
  word(id: number, start: number): A.Word | undefined {
    return id < 0 ? undefined : new N.WordNode(this.tree.words.text(id), start, start + this.tree.words.length(id));
  }

  /** The number in row `row`; undefined for -1, absent. */
  number(row: number): A.NumberLiteral | undefined {
    if (row < 0) return undefined;
    const { numbers } = this.tree;
    return new N.NumberNode(numbers.value(row), this.text.slice(numbers.start(row), numbers.end(row)), numbers.start(row), numbers.end(row));
  }

  string(table: StringTable, row: number): A.StringLiteral { return new N.StringNode(table.value(this.text, row), table.start(row), table.end(row)); }

  /** The date in row `row`; undefined for -1, absent. */
  date(row: number): A.DateRef | undefined {
    if (row < 0) return undefined;
    const dates = this.tree.dates;
    if (dates.kind(row) === DateKind.Calendar) {
      return new N.CalendarDateNode(dates.year(row), dates.month(row), dates.day(row), dates.start(row), dates.end(row));
    }
    const day = new N.RelativeDayNode(dates.start(row), dates.end(row));
    day.value = this.number(dates.number(row));
    return day;
  }

  /** The level item in row `row` of `items` (the tree's level items, or its items' levels). */
  levelItem(row: number, items: LevelItemTable = this.tree.levelItems): A.LevelItem {
    const from = this.levelToken(items.start(row), items.fromEnd(row), items.fromRegion(row), items.fromNumber(row));
    const to = items.isRange(row) ? this.levelToken(items.toStart(row), items.toEnd(row), items.toRegion(row), items.toNumber(row)) : undefined;
    return new N.LevelItemNode(from, to, items.start(row), items.end(row));
  }

  /**
   * A level as written: the number is read from the text, which may hold more digits
   * than a row does. A level repaired from a report's writing (`2` of `L1-2`, `l1`:
   * ../../mistakes/levels.ts) is what its row says it means.
   */
  private levelToken(start: number, end: number, region: number, number: number): A.LevelToken {
    const written = this.text.slice(start, end);
    if (/^[CTLS]\d+$/.test(written)) return new N.LevelTokenNode(written, written[0] as A.LevelToken["region"], Number(written.slice(1)), start, end);
    const letter = String.fromCharCode(region) as A.LevelToken["region"];
    return new N.LevelTokenNode(`${letter}${number}`, letter, number, start, end);
  }
}

/** The lists every block has, by number; each kind of block numbers its own from `Count` on. */
const enum BlockList { Complications, Notes, Count }

/** A patient or a procedure: a block with lists, each made when first asked for and kept, and the generic items in it. */
abstract class BlockView<Rows extends Located> extends View<Rows> {
  /** Which block this is, whose generic items it lists. */
  protected abstract block(): "patient" | "procedure";

  /** List number `which` of this block: the generic items that go into the list `name` (../language/grammar.ts). */
  protected items<T>(which: number, name: string): T[] {
    return this.kept<T>(which) ?? this.keep(which, itemViews<T>(this.views, shapeOf(this.block(), name), this.row));
  }

  get complications(): A.Complication[] { return this.items(BlockList.Complications, "complications"); }

  get notes(): A.StringLiteral[] {
    return this.kept<A.StringLiteral>(BlockList.Notes) ?? this.keep(BlockList.Notes, itemTexts(this.views, shapeOf(this.block(), "notes"), this.row));
  }
}

const enum PatientList { Followups = BlockList.Count, Fields, Procedures, Recurrences }

class PatientView extends BlockView<PatientTable> implements A.Patient {
  get keyword(): A.Span { return N.keywordSpan(this, "patient"); }
  get id(): A.Word | undefined { return this.views.word(this.rows.id(this.row), this.rows.idStart(this.row)); }
  protected block(): "patient" { return "patient"; }
  get followups(): A.FollowUp[] { return this.items(PatientList.Followups, "followups"); }

  get fields(): A.PatientField[] { return this.kept<A.PatientField>(PatientList.Fields) ?? this.keep(PatientList.Fields, patientFields(this.views, this.row)); }

  get procedures(): A.Procedure[] {
    return this.list(PatientList.Procedures, this.rows.firstProcedure(this.row), this.rows.procedureCount(this.row), (r) => new ProcedureView(this.views, this.views.tree.procedures, r));
  }

  get recurrences(): A.Recurrence[] { return this.items(PatientList.Recurrences, "recurrences"); }
}

const enum ProcedureList { Visits = BlockList.Count, Levels, Outcomes, Cements }

class ProcedureView extends BlockView<ProcedureTable> implements A.Procedure {
  protected block(): "procedure" { return "procedure"; }
  get keyword(): A.Span { return N.keywordSpan(this, "procedure"); }
  get id(): A.Word | undefined { return this.views.word(this.rows.id(this.row), this.rows.idStart(this.row)); }
  get kind(): A.Word | undefined { return this.views.word(this.rows.kind(this.row), this.rows.kindStart(this.row)); }
  get date(): A.DateRef | undefined { return this.views.date(this.rows.date(this.row)); }

  get levels(): A.LevelItem[] {
    return this.list(ProcedureList.Levels, this.rows.firstLevel(this.row), this.rows.levelCount(this.row), (l) => this.views.levelItem(l));
  }

  get repeats(): A.Word | undefined { return this.views.word(this.rows.repeats(this.row), this.rows.repeatsStart(this.row)); }

  get outcomes(): A.Outcome[] {
    return this.list(ProcedureList.Outcomes, this.rows.firstOutcome(this.row), this.rows.outcomeCount(this.row), (o) => new OutcomeView(this.views, this.views.tree.outcomes, o));
  }

  get cements(): A.Cement[] { return this.items(ProcedureList.Cements, "cements"); }

  get visits(): A.Visit[] { return this.items(ProcedureList.Visits, "visits"); }
}

class OutcomeView extends View<OutcomeTable> implements A.Outcome {
  get measure(): A.Word { return this.views.word(this.rows.measure(this.row), this.start)!; }
  get before(): A.Score | undefined { return score(this.rows.beforeStart(this.row), this.rows.beforeEnd(this.row), this.rows.before(this.row)); }
  get after(): A.Score | undefined { return score(this.rows.afterStart(this.row), this.rows.afterEnd(this.row), this.rows.after(this.row)); }
}
