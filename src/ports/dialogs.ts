/** One form in the links dialog. */
export interface FormLinkView {
  title: string;
  url: string;
  /** A short text ready to paste into an e-mail or a messenger. */
  message: string;
}

/** Everything the links dialog shows, already in Russian; the page prints it escaped. */
export interface FormLinksView {
  title: string;
  intro: string;
  forms: FormLinkView[];
  copyLabel: string;
  copiedLabel: string;
  copyFailedLabel: string;
  closeLabel: string;
}

export interface Dialogs {
  showFormLinks(view: FormLinksView): void;
}
