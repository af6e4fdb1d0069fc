import type { Messages } from './en.js';

/** Korean. */
export default {
  empty: '표시할 사건이 없습니다.',
  loading: '사건을 불러오는 중…',
  loadFailed: (reason) => `사건을 불러올 수 없습니다: ${reason}`,
  partNotLoaded: (part, reason) => `타임라인의 일부(${part})를 불러올 수 없습니다: ${reason}`,
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
} satisfies Messages;
