import { Inject, Injectable } from '@nestjs/common';
import { redactIdentityNumbers, type ScreenedText } from '@lagspill/domain';
import { CaseKeyring } from './case-keyring';

/**
 * Screens free text before it is stored: identity numbers are replaced in the stored text, and the
 * original is kept only sealed with the case's key (for the reporting organisation, until erased).
 */
@Injectable()
export class TextScreener {
  constructor(@Inject(CaseKeyring) private readonly keyring: CaseKeyring) {}

  async screen(caseId: string, text: string): Promise<ScreenedText> {
    const { text: redacted, count } = redactIdentityNumbers(text);
    if (count === 0) return { text, piiRedacted: 0 };
    return { text: redacted, piiRedacted: count, sealed: await this.keyring.seal(caseId, text) };
  }
}
