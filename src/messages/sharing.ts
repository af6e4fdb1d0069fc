/**
 * The words of sharing — the Download menu, the Copy link button and what the page URL's state
 * (`url-state`) reports — in every language the element speaks. They come with those parts
 * (loaded on demand), never with the element's first paint; other languages get English.
 */

export interface ShareWords {
  /** The Download menu's choices, and what is said when an image cannot be made. */
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

const en: ShareWords = {
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

const ru: ShareWords = {
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

const ko: ShareWords = {
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

const tables: Record<string, ShareWords> = { en, ru, ko };

/** The sharing words for a locale (English for languages without a table). */
export function shareWords(locale: string): ShareWords {
  return tables[locale.toLowerCase().split(/[-_]/)[0]] ?? en;
}
