import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Problem } from '../model/types.js';
import type { Messages } from '../messages/en.js';
import { onDemand, reportOnDemandFailures, type OnDemandFailure } from './on-demand.js';

/**
 * Parts of the element that load on demand and failed to (offline, or the standalone file copied
 * without its `standalone/` folder): each becomes a problem shown in the element and sent with
 * `timeline-error`, once per part, and is forgotten when that part loads after all. Never thrown:
 * the timeline goes on without it.
 */
export class ModuleFailuresController implements ReactiveController {
  private failures: OnDemandFailure[] = [];
  private off?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: { messages: () => Messages; report: (problems: Problem[]) => void },
  ) {
    host.addController(this);
  }

  /** The failures as problems, in the element's language. */
  get problems(): Problem[] {
    const m = this.options.messages();
    this.failures = this.failures.filter(({ part }) => !onDemand[part as keyof typeof onDemand]?.loaded);
    return this.failures.map(({ part, reason }) => ({ field: 'module', message: m.partNotLoaded(part, reason) }));
  }

  hostConnected(): void {
    this.off ??= reportOnDemandFailures(this.host, (failure) => {
      if (this.failures.some((known) => known.part === failure.part)) return;
      this.failures = [...this.failures, failure];
      this.host.requestUpdate();
      this.options.report(this.problems);
    });
  }

  hostDisconnected(): void {
    this.off?.();
    this.off = undefined;
  }
}
