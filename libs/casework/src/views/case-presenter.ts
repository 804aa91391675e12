import { Inject, Injectable } from '@nestjs/common';
import { toCaseView, type CaseView } from '@lagspill/contracts';
import { Directory, originalTextAudienceOf, readsOriginalText, type CaseDocument, type Viewer } from '@lagspill/domain';
import { CaseKeyring } from '@lagspill/platform';
import { LinkedCases } from '../access/linked-cases';

export type Unseal = (sealed: string) => string | undefined;
const SEALED: Unseal = () => undefined;

/** Turns stored case documents into what one caller may see (see toCaseView). */
@Injectable()
export class CasePresenter {
  constructor(
    @Inject(Directory) private readonly directory: Directory,
    @Inject(CaseKeyring) private readonly keyring: CaseKeyring,
    @Inject(LinkedCases) private readonly linkedCases: LinkedCases,
  ) {}

  async present(document: CaseDocument, viewer: Viewer): Promise<CaseView> {
    const [unseal, visibleLinks] = await Promise.all([
      this.unsealFor(document, viewer),
      this.visibleLinks(document, viewer),
    ]);
    const shown =
      visibleLinks.size === document.links.length
        ? document
        : { ...document, links: document.links.filter((link) => visibleLinks.has(link.case)) };
    return toCaseView(shown, viewer, this.directory, unseal);
  }

  /** The linked cases this viewer may see (see LinkedCases). */
  visibleLinks(document: CaseDocument, viewer: Viewer): Promise<ReadonlySet<string>> {
    return document.links.length === 0 ? Promise.resolve(new Set()) : this.linkedCases.visibleTo(document, viewer);
  }

  /** Opens the case's originals only for the viewers who may read them; no key is even fetched for others. */
  async unsealFor(document: CaseDocument, viewer: Viewer): Promise<Unseal> {
    const original = readsOriginalText(originalTextAudienceOf(document), viewer);
    return original ? this.keyring.opener(document.id) : SEALED;
  }
}
