/**
 * The few words the time module adds around dates Intl formats, by language.
 * Each entry is a template, so word order can follow the language ("약 2019년 4월").
 */
export interface TimeWords {
  /** Marks a date or span as approximate (EDTF `~`), in long text. */
  readonly approximately: (text: string) => string;
  /** Marks a date as approximate in short text (labels). */
  readonly approximatelyShort: (text: string) => string;
  /** Marks a date or span as uncertain (EDTF `?`), in long text. */
  readonly uncertain: (text: string) => string;
  /** Marks a date as uncertain in short text (labels). */
  readonly uncertainShort: (text: string) => string;
  /** Joins the two ends of a span. */
  readonly span: (start: string, end: string) => string;
  /** Names the offset from UTC a time was stated in ("UTC−05:00") after a date or span. */
  readonly zone: (text: string, zone: string) => string;
}

const zoneInParentheses = (t: string, zone: string) => `${t} (${zone})`;

const en: TimeWords = {
  approximately: (t) => `${t}, approximately`,
  approximatelyShort: (t) => `c. ${t}`,
  uncertain: (t) => `${t}, uncertain`,
  uncertainShort: (t) => `${t}?`,
  span: (a, b) => `${a} to ${b}`,
  zone: zoneInParentheses,
};

const ru: TimeWords = {
  approximately: (t) => `${t}, приблизительно`,
  approximatelyShort: (t) => `ок. ${t}`,
  uncertain: (t) => `${t}, предположительно`,
  uncertainShort: (t) => `${t}?`,
  span: (a, b) => `${a} — ${b}`,
  zone: zoneInParentheses,
};

const ko: TimeWords = {
  approximately: (t) => `약 ${t}`,
  approximatelyShort: (t) => `약 ${t}`,
  uncertain: (t) => `${t} (추정)`,
  uncertainShort: (t) => `${t}?`,
  span: (a, b) => `${a} ~ ${b}`,
  zone: zoneInParentheses,
};

const table: ReadonlyMap<string, TimeWords> = new Map([
  ['en', en],
  ['ru', ru],
  ['ko', ko],
]);

/** The words for a BCP 47 locale's language; English for any language not in the table. */
export function timeWords(locale: string): TimeWords {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return table.get(language) ?? en;
}
