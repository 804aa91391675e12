import { Inject, Injectable } from '@nestjs/common';
import { screenText, withSealedOriginal, type ScreenedText } from '@lagspill/domain';
import { CaseKeyring } from './case-keyring';

/**
 * Screens free text before it is stored: identity numbers are replaced in the stored text, and the
 * original is kept only sealed with the case's key (for the reporting organisation, until erased).
 */
@Injectable()
export class TextScreener {
  constructor(@Inject(CaseKeyring) private readonly keyring: CaseKeyring) {}

  /** `caseId` names the key: a case's, or an incident's for text that belongs to no one case. */
  async screen(caseId: string, text: string): Promise<ScreenedText> {
    const { screened, original } = screenText(text);
    return original === undefined ? screened : withSealedOriginal(screened, await this.keyring.seal(caseId, original));
  }
}
