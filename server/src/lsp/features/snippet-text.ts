/**
 * Snippet syntax as plain text, for a client that does not declare snippet support
 * (eglot without yasnippet, a plain Neovim client): each placeholder becomes its
 * default text, a choice its first value, and tab stops (`$1`, `${2}`, `$0`) go.
 * Without this, such a client inserts `pain ${1:before} -> ${2:after}` literally.
 *
 * Follows the LSP snippet grammar: `\$`, `\}` and `\\` are literal characters, and
 * inside a choice `\,` and `\|` too; placeholders may nest. Text that is not
 * snippet syntax is kept as written.
 */

/** The text a snippet inserts when every placeholder is left as offered. */
export function snippetAsPlainText(snippet: string): string {
  return new SnippetReader(snippet).text(false);
}

class SnippetReader {
  private at = 0;

  constructor(private readonly s: string) {}

  /** Plain text up to the end, or up to an unescaped `}` when `nested` (which is consumed). */
  text(nested: boolean): string {
    let out = "";
    while (this.at < this.s.length) {
      const c = this.s[this.at]!;
      if (c === "\\" && "$}\\".includes(this.s[this.at + 1] ?? "")) {
        out += this.s[this.at + 1];
        this.at += 2;
      } else if (nested && c === "}") {
        this.at++;
        return out;
      } else if (c === "$") {
        out += this.dollar();
      } else {
        out += c;
        this.at++;
      }
    }
    return out;
  }

  /** What a `$…` construct inserts; the reader stands on the `$`. */
  private dollar(): string {
    const rest = this.s.slice(this.at + 1);
    const tabstop = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
    if (tabstop) {
      this.at += 1 + tabstop[0].length; // `$1`, `$0`, `$NAME`: nothing is inserted
      return "";
    }
    const open = /^\{(\d+|[A-Za-z_][A-Za-z0-9_]*)([:|}])/.exec(rest);
    if (!open) {
      this.at++;
      return "$"; // a lone `$` is text
    }
    this.at += 1 + open[0].length;
    if (open[2] === "}") return "";
    if (open[2] === ":") return this.text(true);
    return this.choice();
  }

  /** The first value of `${1|a,b|}`; the reader stands after the first `|`. */
  private choice(): string {
    const values: string[] = [""];
    while (this.at < this.s.length) {
      const c = this.s[this.at]!;
      if (c === "\\" && ",|\\$}".includes(this.s[this.at + 1] ?? "")) {
        values[values.length - 1] += this.s[this.at + 1];
        this.at += 2;
      } else if (c === "|" && this.s[this.at + 1] === "}") {
        this.at += 2;
        break;
      } else {
        if (c === ",") values.push("");
        else values[values.length - 1] += c;
        this.at++;
      }
    }
    return values[0]!;
  }
}
