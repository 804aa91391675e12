import { Inject, Injectable } from '@nestjs/common';
import { toCaseView, type CaseView } from '@lagspill/contracts';
import { Directory, readsOriginalText, type CaseDocument, type Viewer } from '@lagspill/domain';
import { CaseKeyring } from '@lagspill/platform';

export type Unseal = (sealed: string) => string | undefined;
const SEALED: Unseal = () => undefined;

/** Turns stored case documents into what one caller may see (see toCaseView). */
@Injectable()
export class CasePresenter {
  constructor(
    @Inject(Directory) private readonly directory: Directory,
    @Inject(CaseKeyring) private readonly keyring: CaseKeyring,
  ) {}

  async present(document: CaseDocument, viewer: Viewer): Promise<CaseView> {
    return toCaseView(document, viewer, this.directory, await this.unsealFor(document, viewer));
  }

  /** Opens the case's originals only for the viewers who may read them; no key is even fetched for others. */
  async unsealFor(document: CaseDocument, viewer: Viewer): Promise<Unseal> {
    const original = readsOriginalText({ reporterOrganisation: document.reporter.organisation }, viewer);
    return original ? this.keyring.opener(document.id) : SEALED;
  }
}
