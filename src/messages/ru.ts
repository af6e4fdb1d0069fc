import type { Messages } from './en.js';

/** Russian. */
export default {
  empty: 'Нет событий для показа.',
  loading: 'Загрузка событий…',
  loadFailed: (reason) => `Не удалось загрузить события: ${reason}`,
  partNotLoaded: (part, reason) => `Не удалось загрузить часть временной шкалы (${part}): ${reason}`,
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
} satisfies Messages;
