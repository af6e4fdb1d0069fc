import { css } from 'lit';

/**
 * Right to left, in both orientations: the plot and the overview are laid out left to right and
 * mirrored (earlier times at the right; the vertical axis at the right), and each text is mirrored
 * back in its own box, so it reads normally at its mirrored place. The data's own text takes the
 * direction of its own script, whatever the element's, and is isolated from the element's words.
 */
export const rtl = css`
  .root[dir='rtl'] svg.plot,
  .root[dir='rtl'] [part~='overview'] {
    transform: scaleX(-1);
  }
  .root[dir='rtl'] svg.plot text {
    transform-box: fill-box;
    transform-origin: center;
    transform: scaleX(-1);
  }
  [part~='details'] h3,
  [part~='details'] p,
  [part~='details'] dd,
  .list-title,
  .list-description,
  .tooltip {
    unicode-bidi: plaintext;
  }
  .tooltip strong {
    unicode-bidi: isolate;
  }
`;
