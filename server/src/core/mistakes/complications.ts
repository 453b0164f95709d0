/**
 * A complication's parts in another order than the language's: `symptomatic`
 * after the description (`complication leak at L1 "paravertebral" symptomatic`).
 * The description in double quotes comes last.
 */
import { at, type Recogniser } from "./mistake";

/** `complication leak "paravertebral" symptomatic`: `symptomatic` goes before the text. */
export const symptomaticAfterText: Recogniser = (line) => {
  const m = /^(\s*)(complication\b[^"]*?)\s*("(?:[^"\\]|\\.)*")(\s+)symptomatic\b/.exec(line.body);
  if (m === null) return [];
  const [written, indent, head, text] = m as unknown as [string, string, string, string];
  const from = indent.length + written.slice(indent.length).indexOf(text, head.length);
  const right = `symptomatic ${text}`;
  return [{
    span: at(line, from, written.length - from),
    message: `Write \`symptomatic\` before the description: ${head.trimEnd()} ${right}.`,
    fixes: [{ title: `Write ${right}`, newText: right }],
  }];
};
