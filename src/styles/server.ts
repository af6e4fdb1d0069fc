import { css } from 'lit';

/**
 * A server-rendered timeline before its script has defined the element (scripts off, or not yet
 * run): the buttons that need the script are kept in their place but hidden, so that nothing
 * offers an action that cannot happen and nothing moves once they work; a drawing made wider than
 * the screen is scaled down whole (its height too), until the element draws it at the real width.
 */
export const server = css`
  :host(:not(:defined)) svg.plot {
    height: auto;
  }
  :host(:not(:defined)) .controls,
  :host(:not(:defined)) .list-bar,
  :host(:not(:defined)) [part~='retry'] {
    visibility: hidden;
  }
`;
