import type { FormApi, FormAppApi } from '../../gas/api/forms';
import { gasException } from '../runtime/exception';
import { checkArgs, isString } from './args';
import { Alignment, DestinationType, ItemType } from './enums';
import { FormContext, OfflineForm } from './form';

export class OfflineFormApp implements FormAppApi {
  readonly ItemType = ItemType;
  readonly DestinationType = DestinationType;
  readonly Alignment = Alignment;

  constructor(private readonly ctx: FormContext) {}

  create(title: string): FormApi {
    this.ctx.kernel.tick('FormApp.FormApp.create');
    checkArgs('FormApp.FormApp.create', arguments, isString);
    // Live Apps Script names the Drive file after `title` but leaves the form's own title empty until
    // setTitle() (gas-fakes test/testform.js, issuetracker 442747794). Call setTitle() for respondents.
    const record = this.ctx.store.create(title, '');
    return new OfflineForm(this.ctx, record.id);
  }

  getActiveForm(): FormApi | null {
    this.ctx.kernel.tick('FormApp.FormApp.getActiveForm');
    const container = this.ctx.kernel.container;
    return container?.kind === 'form' ? new OfflineForm(this.ctx, container.id) : null;
  }

  openById(id: string): FormApi {
    this.ctx.kernel.tick('FormApp.FormApp.openById');
    checkArgs('FormApp.FormApp.openById', arguments, isString);
    this.ctx.store.get(id);
    return new OfflineForm(this.ctx, id);
  }

  openByUrl(url: string): FormApi {
    this.ctx.kernel.tick('FormApp.FormApp.openByUrl');
    checkArgs('FormApp.FormApp.openByUrl', arguments, isString);
    const match = /\/forms\/d\/(?!e\/)([A-Za-z0-9_-]+)/.exec(url);
    // gas-fakes' live test: a URL that is not a form URL throws `Invalid argument: url`.
    if (!match) throw gasException('Invalid argument: url');
    this.ctx.store.get(match[1]!);
    return new OfflineForm(this.ctx, match[1]!);
  }

  toString(): string {
    return 'FormApp';
  }
}
