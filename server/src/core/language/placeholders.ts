/**
 * The placeholders of the editor's snippets (query/completions.ts): words that do
 * not parse where they stand, so a field tabbed past without typing is flagged
 * ("Fill in the age …", mistakes/words.ts) rather than read as a made-up value.
 */
export const PLACEHOLDERS = {
  age: "age",
  sex: "sex",
  etiology: "etiology",
  date: "YYYY-MM-DD",
  levels: "level",
  before: "before",
  after: "after",
} as const;
