/**
 * The words of the views that load on demand — the paged list of all events, the folded legend,
 * the list of a "+N" cluster — in every language the element speaks. They come with those views
 * (a few hundred bytes for all three languages), never with the element's first paint; other
 * languages get English, as with the element's own words (see `index.ts`).
 */

export interface ViewWords {
  /** Under the hidden list of a large dataset: only the first events are in it. */
  listPartial: (shown: string, total: string) => string;
  /** The pager of the visible list: its name, what the page shows, and its buttons. */
  listPages: string;
  listRange: (from: string, to: string, total: string) => string;
  first: string;
  previous: string;
  next: string;
  last: string;
  /** The legend's button that shows the categories past the first few (some of them hidden). */
  legendMore: (count: string, hidden: string | undefined) => string;
  /** The panel it opens: its name, the field that finds a category, what a page shows, no match. */
  legendPanel: string;
  legendFind: string;
  legendRange: (from: string, to: string, total: string) => string;
  legendNone: string;
  /** The list of a "+N" cluster: its name (how many events, from when to when) and the zoom button. */
  clusterList: (count: string, range: string) => string;
  zoomToThese: string;
}

const en: ViewWords = {
  listPartial: (shown, total) => `The first ${shown} of ${total} events. The List button shows them all, page by page.`,
  listPages: 'Pages of the list',
  listRange: (from, to, total) => `Events ${from}–${to} of ${total}`,
  first: 'First',
  previous: 'Previous',
  next: 'Next',
  last: 'Last',
  legendMore: (count, hidden) => `${count} more${hidden ? ` (${hidden} hidden)` : ''}`,
  legendPanel: 'More categories',
  legendFind: 'Find a category',
  legendRange: (from, to, total) => `${from}–${to} of ${total}`,
  legendNone: 'No category matches.',
  clusterList: (count, range) => `${count} events, ${range}`,
  zoomToThese: 'Zoom to these',
};

const ru: ViewWords = {
  listPartial: (shown, total) => `Первые ${shown} из ${total} событий. Кнопка «Список» показывает все, по страницам.`,
  listPages: 'Страницы списка',
  listRange: (from, to, total) => `События ${from}–${to} из ${total}`,
  first: 'Первая',
  previous: 'Назад',
  next: 'Далее',
  last: 'Последняя',
  legendMore: (count, hidden) => `Ещё ${count}${hidden ? ` (скрыто: ${hidden})` : ''}`,
  legendPanel: 'Другие категории',
  legendFind: 'Найти категорию',
  legendRange: (from, to, total) => `${from}–${to} из ${total}`,
  legendNone: 'Таких категорий нет.',
  clusterList: (count, range) => `Событий: ${count}, ${range}`,
  zoomToThese: 'Приблизить к ним',
};

const ko: ViewWords = {
  listPartial: (shown, total) => `전체 ${total}건 중 처음 ${shown}건입니다. 목록 버튼을 누르면 모두 페이지별로 볼 수 있습니다.`,
  listPages: '목록 페이지',
  listRange: (from, to, total) => `전체 ${total}건 중 ${from}–${to}`,
  first: '처음',
  previous: '이전',
  next: '다음',
  last: '마지막',
  legendMore: (count, hidden) => `${count}개 더${hidden ? ` (${hidden}개 숨김)` : ''}`,
  legendPanel: '다른 분류',
  legendFind: '분류 찾기',
  legendRange: (from, to, total) => `전체 ${total}개 중 ${from}–${to}`,
  legendNone: '맞는 분류가 없습니다.',
  clusterList: (count, range) => `사건 ${count}건, ${range}`,
  zoomToThese: '이 사건들 확대',
};

const tables: Record<string, ViewWords> = { en, ru, ko };

/** The words for a locale's language, else English. */
export function viewWords(locale: string): ViewWords {
  return tables[locale.toLowerCase().split(/[-_]/)[0]] ?? en;
}

/** A count as the locale writes it ("100,000"). */
export function count(n: number, locale: string): string {
  try {
    return n.toLocaleString(locale);
  } catch {
    return String(n);
  }
}
