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
  /** The plot's accessible name when the timeline has no label or title. */
  timelineName: string;
  /** Live region: the user selected an event. */
  selectedAnnouncement: (title: string, date: string) => string;
  /** Live region: a user gesture changed the visible window ("2005 to 2008"). */
  viewAnnouncement: (range: string) => string;
  /** The button that shows the list of all events (`part="list-toggle"`). */
  listToggle: string;
  /** Heading of the list of all events. */
  listHeading: (count: number) => string;
  /** Button under a long list that shows its next page. */
  listMore: (count: number) => string;
  /** Under the hidden list of a very large dataset: only the first events are in it. */
  listPartial: (shown: number, total: number) => string;
  /** Vertical layout: buttons that show earlier and later events. */
  earlier: string;
  later: string;
  categories: string;
  uncategorized: string;
  /** The toolbar's Download control and its choices. */
  download: string;
  downloadSVG: string;
  downloadPNG: string;
  downloadFailed: (reason: string) => string;
  /** The details panel's Copy link button, what it says once copied, and the fallback field. */
  copyLink: string;
  linkCopied: string;
  linkField: string;
  copyByHand: string;
  /** A state in the page URL (`url-state`) that could not be read, or names no event of the timeline. */
  urlStateProblem: (reason: 'encoding' | 'field' | 'date' | 'empty' | 'length', text: string) => string;
  urlUnknownEvent: (id: string) => string;
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
  timelineName: 'Timeline',
  selectedAnnouncement: (title, date) => `Selected: ${title}, ${date}`,
  viewAnnouncement: (range) => `Showing ${range}`,
  listToggle: 'List',
  listHeading: (n) => (n === 1 ? 'The event, as a list' : `All ${n} events in time order`),
  listMore: (n) => `Show ${n} more`,
  listPartial: (shown, total) => `The first ${shown} of ${total} events. The List button shows them all, page by page.`,
  earlier: 'Earlier events',
  later: 'Later events',
  categories: 'Categories: show or hide',
  uncategorized: 'Other',
  download: 'Download',
  downloadSVG: 'SVG image',
  downloadPNG: 'PNG image',
  downloadFailed: (reason) => `The image could not be made: ${reason}`,
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  linkField: 'Link to this event',
  copyByHand: 'The link is selected: press Ctrl+C (⌘C on a Mac) to copy it',
  urlStateProblem: (reason, text) =>
    `the page address holds timeline state that was ignored: ${
      reason === 'encoding' ? `${text} is not validly encoded`
      : reason === 'field' ? `${text} is not known (expected event: or view:)`
      : reason === 'date' ? `the view ${text} is not two dates start/end`
      : reason === 'empty' ? `${text} names no event`
      : `it is too long (${text})`
    }`,
  urlUnknownEvent: (id) => `the page address names an event that is not in this timeline: ${id}; ignored`,
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
  timelineName: 'Хронология',
  selectedAnnouncement: (title, date) => `Выбрано: ${title}, ${date}`,
  viewAnnouncement: (range) => `Показано: ${range}`,
  listToggle: 'Список',
  listHeading: (n) => `Все события по порядку (${n})`,
  listMore: (n) => `Показать ещё ${n}`,
  listPartial: (shown, total) => `Первые ${shown} из ${total} событий. Кнопка «Список» показывает все, по страницам.`,
  earlier: 'Более ранние события',
  later: 'Более поздние события',
  categories: 'Категории: показать или скрыть',
  uncategorized: 'Прочее',
  download: 'Скачать',
  downloadSVG: 'Изображение SVG',
  downloadPNG: 'Изображение PNG',
  downloadFailed: (reason) => `Не удалось создать изображение: ${reason}`,
  copyLink: 'Копировать ссылку',
  linkCopied: 'Ссылка скопирована',
  linkField: 'Ссылка на это событие',
  copyByHand: 'Ссылка выделена: нажмите Ctrl+C (⌘C на Mac), чтобы скопировать её',
  urlStateProblem: (reason, text) =>
    `состояние хронологии в адресе страницы пропущено: ${
      reason === 'encoding' ? `${text} закодировано неверно`
      : reason === 'field' ? `${text} неизвестно (ожидалось event: или view:)`
      : reason === 'date' ? `окно ${text} — не две даты начало/конец`
      : reason === 'empty' ? `${text} не называет событие`
      : `оно слишком длинное (${text})`
    }`,
  urlUnknownEvent: (id) => `адрес страницы называет событие, которого нет в хронологии: ${id}; пропущено`,
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
  timelineName: '연대표',
  selectedAnnouncement: (title, date) => `선택됨: ${title}, ${date}`,
  viewAnnouncement: (range) => `${range} 표시 중`,
  listToggle: '목록',
  listHeading: (n) => `시간순 전체 사건 ${n}건`,
  listMore: (n) => `${n}건 더 보기`,
  listPartial: (shown, total) => `전체 ${total}건 중 처음 ${shown}건입니다. 목록 버튼을 누르면 모두 페이지별로 볼 수 있습니다.`,
  earlier: '이전 사건',
  later: '이후 사건',
  categories: '분류: 표시 또는 숨기기',
  uncategorized: '기타',
  download: '다운로드',
  downloadSVG: 'SVG 이미지',
  downloadPNG: 'PNG 이미지',
  downloadFailed: (reason) => `이미지를 만들 수 없습니다: ${reason}`,
  copyLink: '링크 복사',
  linkCopied: '링크를 복사했습니다',
  linkField: '이 사건의 링크',
  copyByHand: '링크가 선택되었습니다. Ctrl+C(Mac은 ⌘C)를 눌러 복사하세요',
  urlStateProblem: (reason, text) =>
    `페이지 주소의 연대표 상태를 무시했습니다: ${
      reason === 'encoding' ? `${text}의 인코딩이 잘못되었습니다`
      : reason === 'field' ? `${text}은(는) 알 수 없는 항목입니다(event: 또는 view:)`
      : reason === 'date' ? `보기 ${text}은(는) 시작/끝 두 날짜가 아닙니다`
      : reason === 'empty' ? `${text}에 사건이 없습니다`
      : `너무 깁니다(${text})`
    }`,
  urlUnknownEvent: (id) => `페이지 주소에 이 연대표에 없는 사건이 있습니다: ${id}; 무시했습니다`,
};

const table: Record<string, Messages> = { en, ru, ko };

/** Messages for a BCP 47 locale ("ru-RU" → Russian), English when the language has none. */
export function messagesFor(locale: string): Messages {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  return table[language] ?? en;
}
