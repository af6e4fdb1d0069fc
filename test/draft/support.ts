import { Validator, type Schema } from '@cfworker/json-schema';

/** The article the project's dataset was written from, read in place from ../shared/seed/ (undefined when absent). */
export const ARTICLE_URL = '/__wds-outside-root__/1/shared/seed/000_0098072ca061058f.txt';

export async function loadText(url: string): Promise<string | undefined> {
  const response = await fetch(url);
  return response.ok ? response.text() : undefined;
}

export async function loadJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** A validator for whole datasets, with data/timeline-event.schema.json (draft 2020-12). */
export async function datasetValidator(): Promise<Validator> {
  const schema = await loadJson<Schema>('/data/timeline-event.schema.json');
  return new Validator(structuredClone(schema), '2020-12', false);
}

/** The schema's errors for a value, as "location: message" lines. */
export function schemaErrors(validator: Validator, value: unknown): string[] {
  return validator.validate(value).errors.map((e) => `${e.instanceLocation}: ${e.error}`);
}
