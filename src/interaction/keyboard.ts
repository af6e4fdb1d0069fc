/**
 * Where a navigation key moves the focus in a list of events in time order, or undefined when
 * the key is not a navigation key. Only indexes for which `canFocus` is true are targets (events
 * merged into a cluster are skipped); from the ends the focus stays put.
 */
export function nextIndex(key: string, current: number, count: number, canFocus: (index: number) => boolean = () => true): number | undefined {
  const step = (from: number, direction: 1 | -1): number => {
    for (let i = from + direction; i >= 0 && i < count; i += direction) if (canFocus(i)) return i;
    return current;
  };
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return step(current, 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return step(current, -1);
    case 'Home':
      return canFocus(0) ? 0 : step(0, 1);
    case 'End':
      return canFocus(count - 1) ? count - 1 : step(count - 1, -1);
    default:
      return undefined;
  }
}

/** What a key asks of the view when the timeline has focus, or undefined for other keys. */
export type ZoomKeyAction = { zoom: number } | { pan: number } | { fit: true };

/**
 * Zoom and pan keys: `+`/`=` zoom in, `-` zoom out, `Shift+←/→` and `PageUp/PageDown` pan by a
 * fraction of the view (earlier is left), `0` fits all events.
 */
export function zoomKeyAction(key: string, shiftKey: boolean): ZoomKeyAction | undefined {
  switch (key) {
    case '+':
    case '=':
      return { zoom: 2 };
    case '-':
    case '_':
      return { zoom: 0.5 };
    case '0':
      return { fit: true };
    case 'PageUp':
      return { pan: 0.8 };
    case 'PageDown':
      return { pan: -0.8 };
    case 'ArrowLeft':
      return shiftKey ? { pan: 0.25 } : undefined;
    case 'ArrowRight':
      return shiftKey ? { pan: -0.25 } : undefined;
    default:
      return undefined;
  }
}
