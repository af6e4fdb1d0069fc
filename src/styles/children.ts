import { css } from 'lit';

/** The events written as children, slotted in as the list of all events (view/children-list.ts). */
export const children = css`
  /* Hidden for the eye, not for screen readers; shown while the keyboard is on one of its links. */
  .list--children.visually-hidden:focus-within {
    position: static !important;
    width: auto;
    height: auto;
    margin: 0;
    overflow: visible;
    clip: auto;
    clip-path: none;
    white-space: normal;
  }
`;
