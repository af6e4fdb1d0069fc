import { css } from 'lit';

/** The Download button (its menu's styles and the Copy link field's come with their modules: share-menus.ts). */
export const share = css`
  .download {
    position: relative;
  }
  .controls [part~='download'] {
    margin-inline-start: 4px;
    padding: 0 0.6em;
    font-size: 0.9em;
  }
  [part~='download']::before {
    content: '⤓' / '';
    margin-inline-end: 0.35em;
  }
  [part~='download'][aria-busy='true'] {
    cursor: progress;
    opacity: 0.7;
  }
`;
