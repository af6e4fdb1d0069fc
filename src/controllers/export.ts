import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ViewContext } from '../view/context.js';
import { adoptStyles } from '../styles/adopt.js';
import { shareMenus } from '../styles/share-menus.js';
import type { TimelineSnapshot } from '../view/snapshot.js';
import type { ExportOptions, PngOptions } from '../view/export.js';
import { shareWords } from '../messages/sharing.js';

interface ExportHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * `toSVG()`, `toPNG()` and the toolbar's Download control (a button that opens a small menu of
 * formats). The export code is loaded when first used, never with the element.
 */
export class ExportController implements ReactiveController {
  /** The Download menu is open. */
  open = false;
  /** A download is being made. */
  busy = false;
  private focusMenu = false;

  constructor(
    private readonly host: ExportHost,
    /** The element's state for a picture; undefined while there is nothing drawn. */
    private readonly snapshot: () => TimelineSnapshot | undefined,
    /** Says something through the live region (a failed download). */
    private readonly announce: (text: string) => void,
  ) {
    host.addController(this);
    adoptStyles(host.renderRoot, shareMenus);
  }

  async svg(options: ExportOptions = {}): Promise<string> {
    const [s, module] = await this.prepare();
    return module.exportSVG(s, options).svg;
  }

  async png(options: PngOptions = {}): Promise<Blob> {
    const [s, module] = await this.prepare();
    return module.exportPNG(s, options);
  }

  private async prepare(): Promise<[TimelineSnapshot, typeof import('../view/export.js')]> {
    await this.host.updateComplete;
    const module = await import('../view/export.js');
    const s = this.snapshot();
    if (!s) throw new Error('the timeline has no events to export');
    return [s, module];
  }

  readonly toggle = (): void => {
    this.setOpen(!this.open, true);
  };

  readonly choose = async (format: 'svg' | 'png'): Promise<void> => {
    this.setOpen(false, false);
    this.toggleButton()?.focus();
    if (this.busy) return;
    this.busy = true;
    this.host.requestUpdate();
    try {
      const [s, module] = await this.prepare();
      await module.downloadExport(s, format);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const m = this.snapshot()?.view.messages;
      this.announce(m ? shareWords(m.lang).downloadFailed(reason) : reason);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  };

  /** Escape closes the menu (focus back on the button); arrows move between its choices. */
  readonly onKeyDown = (e: KeyboardEvent): void => {
    if (!this.open) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.setOpen(false, false);
      this.toggleButton()?.focus();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const options = [...this.host.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="download-option"]')];
    if (options.length === 0) return;
    e.preventDefault();
    const at = options.indexOf(e.target as HTMLButtonElement);
    const next = at < 0 ? 0 : (at + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length;
    options[next].focus();
  };

  /** Focus leaving the control closes the menu. */
  readonly onFocusOut = (e: FocusEvent): void => {
    const control = (e.currentTarget as HTMLElement | null) ?? null;
    const next = e.relatedTarget as Node | null;
    if (this.open && next && control && !control.contains(next)) this.setOpen(false, false);
  };

  hostUpdated(): void {
    if (!this.focusMenu) return;
    this.focusMenu = false;
    this.host.renderRoot.querySelector<HTMLButtonElement>('[part~="download-option"]')?.focus();
  }

  hostDisconnected(): void {
    this.setOpen(false, false);
  }

  private toggleButton(): HTMLButtonElement | null {
    return this.host.renderRoot.querySelector<HTMLButtonElement>('[part~="download"]');
  }

  private setOpen(open: boolean, focus: boolean): void {
    if (open === this.open) return;
    this.open = open;
    this.focusMenu = open && focus;
    if (open) document.addEventListener('pointerdown', this.onOutside, true);
    else document.removeEventListener('pointerdown', this.onOutside, true);
    this.host.requestUpdate();
  }

  /** A press anywhere outside the control closes the menu. */
  private readonly onOutside = (e: PointerEvent): void => {
    const control = this.host.renderRoot.querySelector('.download');
    if (control && !e.composedPath().includes(control)) this.setOpen(false, false);
  };
}

/** The Download control's menu of formats (SVG, PNG), while open. */
export function downloadMenuTemplate(ctx: ViewContext): TemplateResult {
  const m = ctx.messages;
  const w = shareWords(m.lang);
  return html`<div id="download-menu" part="download-menu" role="group" aria-label=${m.download}>
    <button type="button" part="download-option" data-format="svg" @click=${() => ctx.on.downloadChoose('svg')}>${w.downloadSVG}</button>
    <button type="button" part="download-option" data-format="png" @click=${() => ctx.on.downloadChoose('png')}>${w.downloadPNG}</button>
  </div>`;
}
