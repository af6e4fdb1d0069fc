/** The element's own words, per language; English is the fallback. */
export interface Messages {
  empty: string;
  loading: string;
  loadFailed: (reason: string) => string;
  retry: string;
  problems: (count: number) => string;
  close: string;
  details: string;
  place: string;
  people: string;
  source: string;
  paragraph: (n: number) => string;
  links: string;
  events: (count: number) => string;
  moreEvents: (count: number) => string;
}

const en: Messages = {
  empty: 'No events to show.',
  loading: 'Loading events…',
  loadFailed: (reason) => `The events could not be loaded: ${reason}`,
  retry: 'Retry',
  problems: (n) => (n === 1 ? '1 problem in the data' : `${n} problems in the data`),
  close: 'Close',
  details: 'Event details',
  place: 'Place',
  people: 'People',
  source: 'Source',
  paragraph: (n) => `paragraph ${n}`,
  links: 'Links',
  events: (n) => (n === 1 ? '1 event' : `${n} events`),
  moreEvents: (n) => `${n} more events`,
};

const ru: Messages = {
  empty: 'Нет событий для показа.',
  loading: 'Загрузка событий…',
  loadFailed: (reason) => `Не удалось загрузить события: ${reason}`,
  retry: 'Повторить',
  problems: (n) => `Проблем в данных: ${n}`,
  close: 'Закрыть',
  details: 'Подробности события',
  place: 'Место',
  people: 'Люди',
  source: 'Источник',
  paragraph: (n) => `абзац ${n}`,
  links: 'Ссылки',
  events: (n) => `Событий: ${n}`,
  moreEvents: (n) => `Ещё событий: ${n}`,
};

const ko: Messages = {
  empty: '표시할 사건이 없습니다.',
  loading: '사건을 불러오는 중…',
  loadFailed: (reason) => `사건을 불러올 수 없습니다: ${reason}`,
  retry: '다시 시도',
  problems: (n) => `데이터 문제 ${n}건`,
  close: '닫기',
  details: '사건 세부 정보',
  place: '장소',
  people: '인물',
  source: '출처',
  paragraph: (n) => `${n}번째 문단`,
  links: '링크',
  events: (n) => `사건 ${n}건`,
  moreEvents: (n) => `사건 ${n}건 더`,
};

const table: Record<string, Messages> = { en, ru, ko };

/** Messages for a BCP 47 locale ("ru-RU" → Russian), English when the language has none. */
export function messagesFor(locale: string): Messages {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  return table[language] ?? en;
}
