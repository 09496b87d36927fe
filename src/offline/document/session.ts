import { gasException } from '../runtime/exception';
import type { Kernel } from '../runtime/kernel';
import type { ElementBase } from './elements/element';
import { wrapNode } from './elements/wrap';
import { DOC_ERRORS } from './errors';
import type { AnyNode } from './model';
import type { DocumentStore } from './store';

/**
 * One opened Document (what `create`/`openById` return) and everything reached through it. Google refuses
 * every call on a Document, and on its elements, once `saveAndClose()` ran (§3.12); reopening gives a new
 * session on the same content.
 */
export class DocSession {
  closed = false;

  constructor(
    readonly kernel: Kernel,
    readonly store: DocumentStore,
    readonly docId: string,
  ) {}

  /** Counts a call (`DocumentApp.<Class>.<method>`) and refuses it on a closed document. */
  enter(method: string): void {
    this.kernel.tick(`DocumentApp.${method}`);
    if (this.closed) throw gasException(DOC_ERRORS.closed);
  }

  /** As `enter`, for calls that change the document: the execution will save it when it ends. */
  edit(method: string): void {
    this.enter(method);
    this.store.markEdited(this.docId);
  }

  wrap(node: AnyNode): ElementBase {
    return wrapNode(this, node);
  }
}
