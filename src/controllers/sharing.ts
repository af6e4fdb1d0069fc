import { isServer, nothing, type TemplateResult } from 'lit';
import type { Problem, TimelineEvent } from '../model/types.js';
import type { Messages } from '../messages/en.js';
import type { TimelineSnapshot } from '../view/snapshot.js';
import type { ViewContext } from '../view/context.js';
import type { ExportController } from './export.js';
import type { PrintController } from './print.js';
import type { UrlStateController, UrlStateHost } from './url-state.js';
import type { ViewportController } from './viewport.js';
import { onDemand, prefetchWhenIdle } from './on-demand.js';

export interface SharingOptions {
  /** The element's state for a picture or the printed chronology; undefined while nothing is drawn. */
  snapshot(): TimelineSnapshot | undefined;
  /** The events by id, once data is shown (undefined while loading or empty). */
  events(): ReadonlyMap<string, TimelineEvent> | undefined;
  messages(): Messages;
  /** Says something through the live region. */
  announce(text: string): void;
}

/**
 * What takes the timeline out of the page, each loaded on demand: links (`url-state`: the state in
 * the page URL, Copy link), export (`toSVG`, `toPNG`, the Download menu) and printing (installed
 * when the page is idle after the first render; printed before that, the live plot is printed).
 */
export class SharingController {
  /** `url-state`: made when the attribute is first set. */
  private url?: UrlStateController;
  /** `toSVG`, `toPNG` and the Download menu, once first used. */
  private exporter?: ExportController;
  /** Printing the whole chronology, once its module has loaded. */
  private print?: PrintController;

  constructor(
    private readonly host: UrlStateHost,
    private readonly viewport: ViewportController,
    private readonly options: SharingOptions,
  ) {}

  /** Before each render: follows the `url-state` attribute (its module loads the first time). */
  update(): void {
    if (!this.host.urlState || this.url || isServer) return;
    onDemand.urlState.use(this.host, ({ UrlStateController }) => {
      this.url ??= new UrlStateController(this.host, this.viewport, this.options);
      this.host.requestUpdate();
    });
  }

  /** After the first render: printing is installed when the page is idle. */
  installPrinting(): void {
    void prefetchWhenIdle().then(() => onDemand.print.use(this.host, ({ PrintController }) => (this.print ??= new PrintController(this.host, () => this.options.snapshot()))));
  }

  /** The export's controller, made when first used. */
  async export(): Promise<ExportController> {
    const { ExportController } = await onDemand.exporter.load(this.host);
    return (this.exporter ??= new ExportController(this.host, () => this.options.snapshot(), (text) => this.options.announce(text)));
  }

  /** The Download control and Copy link as the templates draw them. */
  context(selected: string | null): Pick<ViewContext, 'download' | 'copyLink'> {
    const exporter = this.exporter;
    const url = this.host.urlState ? this.url : undefined;
    return {
      download: { open: exporter?.open ?? false, busy: exporter?.busy ?? false, menu: onDemand.exporter.loaded?.downloadMenuTemplate },
      copyLink: url ? { ...url.copyState(selected), view: onDemand.urlState.loaded!.copyLinkTemplate } : undefined,
    };
  }

  /** Problems in the URL's state (url-state). */
  get problems(): readonly Problem[] {
    return this.url?.problems ?? [];
  }

  /** True while the page is being printed. */
  get printing(): boolean {
    return this.print?.printing ?? false;
  }

  /** The printed chronology (drawn only while printing). */
  renderPrint(view: ViewContext): TemplateResult | typeof nothing {
    return this.print?.render(view) ?? nothing;
  }

  /** The user selected or closed an event: the URL gets a history entry. */
  userSelected(): void {
    this.url?.userSelected();
  }

  readonly handlers = {
    downloadToggle: () => void this.export().then((exporter) => exporter.toggle(), () => undefined),
    downloadChoose: (format: 'svg' | 'png') => void this.exporter?.choose(format),
    downloadKeyDown: (e: KeyboardEvent) => this.exporter?.onKeyDown(e),
    downloadFocusOut: (e: FocusEvent) => this.exporter?.onFocusOut(e),
    copyLink: () => void this.url?.copyLink(),
  };
}
