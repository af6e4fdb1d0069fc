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
  /** Name of an era band whose source gives it no title. */
  era: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  zoomHint: string;
  zoomHintMac: string;
  timeline: string;
  categories: string;
  uncategorized: string;
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
  era: 'Era',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all events',
  zoomHint: 'Ctrl + scroll to zoom',
  zoomHintMac: '⌘ + scroll to zoom',
  timeline: 'timeline',
  categories: 'Categories: show or hide',
  uncategorized: 'Other',
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
  era: 'Период',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  fit: 'Показать все события',
  zoomHint: 'Ctrl + прокрутка — масштаб',
  zoomHintMac: '⌘ + прокрутка — масштаб',
  timeline: 'хронология',
  categories: 'Категории: показать или скрыть',
  uncategorized: 'Прочее',
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
  era: '시대',
  zoomIn: '확대',
  zoomOut: '축소',
  fit: '모든 사건 보기',
  zoomHint: 'Ctrl + 스크롤로 확대/축소',
  zoomHintMac: '⌘ + 스크롤로 확대/축소',
  timeline: '연대표',
  categories: '분류: 표시 또는 숨기기',
  uncategorized: '기타',
};

const table: Record<string, Messages> = { en, ru, ko };

/** Messages for a BCP 47 locale ("ru-RU" → Russian), English when the language has none. */
export function messagesFor(locale: string): Messages {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  return table[language] ?? en;
}
